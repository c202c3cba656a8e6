import { errorMessage, useCountries } from '@lr/portal-graphql';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState, type SortState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatScore } from '../components/format';
import { useSection } from '../components/section-context';
import { StatusBadge } from '../components/StatusBadge';
import type { PracticeLevel, PracticeSortField, PracticeStatus } from '../graphql/generated/graphql';
import { PracticeOptionsQuery, PracticesListQuery } from '../graphql/operations';
import { SavedViews } from './SavedViews';

export const STATUSES: PracticeStatus[] = ['IDENTIFIED', 'UNDER_ASSESSMENT', 'SELECTED', 'REJECTED', 'SYSTEMATIZED', 'PUBLISHED'];
export const LEVELS: PracticeLevel[] = ['COMMUNITY', 'DISTRICT', 'PROVINCIAL', 'NATIONAL'];
const SORT_FIELDS: Record<string, PracticeSortField> = {
  title: 'TITLE',
  country: 'COUNTRY',
  status: 'STATUS',
  updated: 'UPDATED_AT',
  score: 'SCORE',
};
const FILTER_KEYS = ['q', 'country', 'status', 'level', 'area', 'route'] as const;
const DEFAULT_SORT: SortState = { key: 'title', direction: 'ASC' };

/** Practices with search, filters in the address, saved views, sorting, pages and CSV export. */
export function PracticesListPage() {
  const { t } = useTranslation(['practices', 'common']);
  const section = useSection();
  const { language, canEdit } = section;
  const list = useUrlListState(FILTER_KEYS, DEFAULT_SORT);
  const { params, pages } = list;
  const sort = list.sort ?? DEFAULT_SORT;

  const filter = useMemo(
    () => ({
      search: params.get('q') || undefined,
      countryCode: params.get('country') || undefined,
      statuses: params.get('status') ? [params.get('status') as PracticeStatus] : undefined,
      level: (params.get('level') as PracticeLevel) || undefined,
      thematicAreaId: params.get('area') || undefined,
      routeId: params.get('route') || undefined,
    }),
    [params],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PracticesListQuery,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter,
      sort: { field: SORT_FIELDS[sort.key] ?? 'TITLE', direction: sort.direction },
    },
  });
  const [{ data: options }] = useQuery({ query: PracticeOptionsQuery });
  const countries = useCountries(language);

  /** The list's filters and sort as a query string, to save as a view. */
  const currentQuery = () =>
    new URLSearchParams(
      [...params.entries()].filter(([k]) => (FILTER_KEYS as readonly string[]).includes(k) || k === 'sort' || k === 'dir'),
    ).toString();

  return (
    <>
      <PageHeader title={t('practicesTitle')}>
        <ExportCsvButton section={section} path="/practices/export.csv" filters={filter} fileName="practices.csv" />
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newPractice')}
          </Link>
        )}
      </PageHeader>
      <FilterBar
        search={params.get('q') ?? ''}
        onSearch={(v) => list.set('q', v)}
        searchLabel={t('searchLabel')}
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
          label={t('status')}
          value={params.get('status') ?? ''}
          onChange={(e) => list.set('status', e.target.value)}
          placeholder={t('common:any')}
          options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
        <SelectField
          label={t('level')}
          value={params.get('level') ?? ''}
          onChange={(e) => list.set('level', e.target.value)}
          placeholder={t('common:any')}
          options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
        />
        <SelectField
          label={t('thematicArea')}
          value={params.get('area') ?? ''}
          onChange={(e) => list.set('area', e.target.value)}
          placeholder={t('common:any')}
          options={options?.thematicAreas.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
        <SelectField
          label={t('route')}
          value={params.get('route') ?? ''}
          onChange={(e) => list.set('route', e.target.value)}
          placeholder={t('common:any')}
          options={options?.routes.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? []}
        />
      </FilterBar>

      <SavedViews currentQuery={currentQuery} onApply={list.replace} />

      <ConnectionView
        connection={data?.practices}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('practicesTitle')}
        rowKey={(p) => p.id}
        sort={sort}
        onSortChange={list.setSort}
        empty={
          <>
            <p>{t('noPractices')}</p>
            <p>{t('noPracticesHint')}</p>
          </>
        }
        columns={[
          { key: 'title', header: t('title'), sortable: true, render: (p) => <Link to={p.id}>{p.title}</Link> },
          { key: 'country', header: t('country'), sortable: true, render: (p) => [p.locality, p.country.name].filter(Boolean).join(', ') },
          { key: 'level', header: t('level'), render: (p) => t(`levels.${p.level}`) },
          { key: 'areas', header: t('thematicAreas'), render: (p) => p.thematicAreas.map((a) => a.name).join(' · ') || '—' },
          { key: 'status', header: t('status'), sortable: true, render: (p) => <StatusBadge status={p.status} /> },
          {
            key: 'score',
            header: t('score'),
            sortable: true,
            render: (p) => (p.score === null || p.score === undefined ? '—' : formatScore(p.score, language)),
          },
        ]}
      />
    </>
  );
}
