import { errorMessage, useCountries } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState, type SortState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PhaseBadge } from '../components/PhaseBadge';
import { PHASES } from '../components/phases';
import { useSection } from '../components/section-context';
import type { RoutePhase, RouteSortField } from '../graphql/generated/graphql';
import { RouteFilterOptionsQuery, RoutesListQuery } from '../graphql/operations';

const SORT_FIELDS: Record<string, RouteSortField> = {
  title: 'TITLE',
  dates: 'START_DATE',
  phase: 'PHASE',
};
const FILTER_KEYS = ['q', 'programme', 'host', 'phase', 'area'] as const;
const DEFAULT_SORT: SortState = { key: 'dates', direction: 'ASC' };

/** Learning routes with search, filters, sort and page kept in the address (shareable, Back returns here). */
export function RoutesListPage() {
  const { t } = useTranslation(['routes', 'common']);
  const section = useSection();
  const { language, canEdit } = section;
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS, DEFAULT_SORT);
  const { params, pages } = list;
  const sort = list.sort ?? DEFAULT_SORT;

  const filter = useMemo(
    () => ({
      search: params.get('q') || undefined,
      programmeId: params.get('programme') || undefined,
      hostCountryCode: params.get('host') || undefined,
      phases: params.get('phase') ? [params.get('phase') as RoutePhase] : undefined,
      thematicAreaId: params.get('area') || undefined,
    }),
    [params],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RoutesListQuery,
    variables: {
      first: PAGE_SIZE,
      after: pages.after,
      filter,
      sort: { field: SORT_FIELDS[sort.key] ?? 'START_DATE', direction: sort.direction },
    },
  });
  const [{ data: options }] = useQuery({ query: RouteFilterOptionsQuery });
  const countries = useCountries(language);

  return (
    <>
      <PageHeader title={t('routesTitle')}>
        <ExportCsvButton section={section} path="/core/routes.csv" filters={filter} fileName="routes.csv" />
        {canEdit && (
          <Link className="lr-button lr-button--primary" to="new">
            {t('newRoute')}
          </Link>
        )}
      </PageHeader>
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('programme')}
          value={list.get('programme')}
          onChange={(e) => list.set('programme', e.target.value)}
          placeholder={t('common:any')}
          options={options?.programmes.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
        <SelectField
          label={t('hostCountry')}
          value={list.get('host')}
          onChange={(e) => list.set('host', e.target.value)}
          placeholder={t('common:any')}
          options={countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <SelectField
          label={t('phase')}
          value={list.get('phase')}
          onChange={(e) => list.set('phase', e.target.value)}
          placeholder={t('common:any')}
          options={PHASES.map((p) => ({ value: p, label: t(`phases.${p}`) }))}
        />
        <SelectField
          label={t('thematicArea')}
          value={list.get('area')}
          onChange={(e) => list.set('area', e.target.value)}
          placeholder={t('common:any')}
          options={options?.thematicAreas.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? []}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.routes}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('routesTitle')}
        rowKey={(r) => r.id}
        sort={sort}
        onSortChange={list.setSort}
        empty={
          <>
            <p>{t('noRoutes')}</p>
            <p>{t('noRoutesHint')}</p>
          </>
        }
        columns={[
          { key: 'title', header: t('title'), sortable: true, render: (r) => <Link to={r.id}>{r.title}</Link> },
          { key: 'programme', header: t('programme'), render: (r) => <Link to={`?programme=${r.programme.id}`}>{r.programme.name}</Link> },
          { key: 'host', header: t('hostCountry'), render: (r) => r.hostCountry.name },
          { key: 'dates', header: t('dates'), sortable: true, render: (r) => format.dateRange(r.startDate, r.endDate) },
          { key: 'phase', header: t('phase'), sortable: true, render: (r) => <PhaseBadge phase={r.phase} /> },
        ]}
      />
    </>
  );
}
