import { errorMessage, useCountries } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Rating, TEACHING_LANGUAGES, TrainedBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import { ChampionsFilterOptionsQuery, ChampionsListQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'country', 'practice', 'language', 'trained'] as const;

/** Champions with search and filters kept in the address (shareable, back button works). */
export function ChampionsListPage() {
  const { t } = useTranslation(['champions', 'common']);
  const section = useSection();
  const { language, canEdit } = section;
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;

  const filter = useMemo(() => {
    const trained = params.get('trained');
    return {
      search: params.get('q') || undefined,
      countryCode: params.get('country') || undefined,
      practiceId: params.get('practice') || undefined,
      language: params.get('language') || undefined,
      trained: trained === 'yes' ? true : trained === 'no' ? false : undefined,
    };
  }, [params]);

  const [{ data, fetching, error }, refetch] = useQuery({
    query: ChampionsListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });
  const [{ data: options }] = useQuery({ query: ChampionsFilterOptionsQuery });
  const countries = useCountries(language);
  const languageOptions = useMemo(
    () =>
      TEACHING_LANGUAGES.map((code) => ({ value: code, label: languageName(code, language) })).sort((a, b) =>
        a.label.localeCompare(b.label, language),
      ),
    [language],
  );

  return (
    <>
      <PageHeader title={t('championsTitle')}>
        <ExportCsvButton section={section} path="/champions/champions.csv" filters={filter} fileName="champions.csv" />
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newChampion')}
          </Link>
        )}
      </PageHeader>
      {!canEdit && <p className="lr-champions-muted">{t('common:readOnly')}</p>}
      <FilterBar
        search={list.get('q')}
        onSearch={(v) => list.set('q', v)}
        onClear={list.filtered ? list.clear : undefined}
      >
        <SelectField
          label={t('country')}
          value={params.get('country') ?? ''}
          onChange={(e) => list.set('country', e.target.value)}
          placeholder={t('common:any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          label={t('practice')}
          value={params.get('practice') ?? ''}
          onChange={(e) => list.set('practice', e.target.value)}
          placeholder={t('common:any')}
          options={options?.practices.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? []}
        />
        <SelectField
          label={t('common:language')}
          value={params.get('language') ?? ''}
          onChange={(e) => list.set('language', e.target.value)}
          placeholder={t('common:any')}
          options={languageOptions}
        />
        <SelectField
          label={t('training')}
          value={params.get('trained') ?? ''}
          onChange={(e) => list.set('trained', e.target.value)}
          placeholder={t('common:any')}
          options={[
            { value: 'yes', label: t('trainedYes') },
            { value: 'no', label: t('trainedNo') },
          ]}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.champions}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('championsTitle')}
        rowKey={(c) => c.id}
        empty={
          <>
            <p>{t('noChampions')}</p>
            <p>{t('noChampionsHint')}</p>
          </>
        }
        columns={[
          {
            key: 'name',
            header: t('name'),
            render: (c) => <Link to={c.id}>{c.person?.fullName ?? c.id}</Link>,
          },
          { key: 'country', header: t('country'), render: (c) => c.person?.country?.name ?? '—' },
          {
            key: 'practices',
            header: t('practices'),
            render: (c) =>
              c.practices.length ? (
                <ul className="lr-champions-list">
                  {c.practices.map((p) => (
                    <li key={p.id}>
                      <Link to={`/practices/${p.practice.id}`}>{p.practice.title}</Link> <span className="lr-champions-muted">({t(`roles.${p.role}`)})</span>
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              ),
          },
          { key: 'trained', header: t('training'), render: (c) => <TrainedBadge trained={c.trained} /> },
          { key: 'rating', header: t('averageRating'), render: (c) => <Rating value={c.averageRating} count={c.feedbackCount} /> },
        ]}
      />
    </>
  );
}
