import { errorMessage, useCountries } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState, type SortState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { PersonSortField } from '../graphql/generated/graphql';
import { PeopleListQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'country'] as const;
const SORT_FIELDS: Record<string, PersonSortField> = { name: 'NAME', given: 'GIVEN_NAME', created: 'CREATED_AT' };
const DEFAULT_SORT: SortState = { key: 'name', direction: 'ASC' };

/** People with search (accents and case ignored), a country filter and sorting, all kept in the address. */
export function PeopleListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const section = useSection();
  const { language, canEdit } = section;
  const list = useUrlListState(FILTER_KEYS, DEFAULT_SORT);
  const sort = list.sort ?? DEFAULT_SORT;
  const countries = useCountries(language);
  const search = list.get('q');
  const country = list.get('country');
  const filter = useMemo(() => ({ search: search || undefined, countryCode: country || undefined }), [search, country]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PeopleListQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after, filter, sort: { field: SORT_FIELDS[sort.key] ?? 'NAME', direction: sort.direction } },
  });
  return (
    <>
      <PageHeader title={t('peopleTitle')} breadcrumbs={[]}>
        <ExportCsvButton section={section} path="/core/people.csv" filters={filter} fileName="people.csv" />
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newPerson')}
          </Link>
        )}
      </PageHeader>
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('country')}
          value={list.get('country')}
          onChange={(e) => list.set('country', e.target.value)}
          placeholder={t('common:any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.people}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('peopleTitle')}
        rowKey={(p) => p.id}
        sort={sort}
        onSortChange={list.setSort}
        empty={
          <>
            <p>{t('common:noMatches')}</p>
            <p>{t('common:noMatchesHint')}</p>
          </>
        }
        columns={[
          { key: 'name', header: t('name'), sortable: true, render: (p) => (canEdit ? <Link to={`${p.id}/edit`}>{p.fullName}</Link> : p.fullName) },
          {
            key: 'organisation',
            header: t('organisation'),
            render: (p) => (p.organisation ? <Link to={`../organisations?q=${encodeURIComponent(p.organisation.name)}`} relative="path">{p.organisation.name}</Link> : '—'),
          },
          { key: 'country', header: t('country'), render: (p) => p.country?.name ?? '—' },
          { key: 'position', header: t('position'), render: (p) => p.position ?? '—' },
          { key: 'email', header: t('common:email'), render: (p) => (p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : '—') },
          { key: 'languages', header: t('languages'), render: (p) => p.languages.map((l) => languageName(l, language)).join(', ') || '—' },
        ]}
      />
    </>
  );
}
