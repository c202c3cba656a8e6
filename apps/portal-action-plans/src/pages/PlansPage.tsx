import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PLAN_STATUSES, PlanStatusBadge, RecommendationBadge, SmartBadge } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { PlansListQuery as ListResult, PlanStatus } from '../graphql/generated/graphql';
import { PlansListQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'status', 'smart'] as const;
type Row = ListResult['actionPlans']['edges'][number]['node'];

/**
 * The plans of a route: each delegation's plan with where it stands in its review, whether it
 * passes the SMART check, how many versions it has and what its last review recommended;
 * filters by status and SMART result kept in the address; the route's plans as a CSV file.
 */
export function PlansPage() {
  const { t } = useTranslation(['action-plans', 'common']);
  const section = useSection();
  const { basePath, language, user } = section;
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;

  const filter = useMemo(() => {
    const status = params.get('status') as PlanStatus | null;
    const smart = params.get('smart');
    return {
      routeId,
      search: params.get('q') || undefined,
      statuses: status && PLAN_STATUSES.includes(status) ? [status] : undefined,
      smartPasses: smart === 'passes' ? true : smart === 'fails' ? false : undefined,
    };
  }, [params, routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PlansListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    pause: !routeId,
  });

  return (
    <>
      <PageHeader title={user.role === 'PARTICIPANT' ? t('routePlansTitle') : t('plansTitle')} breadcrumbs={user.role === 'PARTICIPANT' ? [] : undefined}>
        {routeId && (
          <ExportCsvButton
            section={section}
            path={`/action-plans/routes/${routeId}/plans.csv`}
            filters={{ search: filter.search, statuses: filter.statuses, smartPasses: filter.smartPasses, lang: language }}
            fileName="action-plans.csv"
            label={t('downloadCsv')}
          />
        )}
      </PageHeader>
      <div className="lr-filterbar lr-ap-routebar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : (
        <section aria-labelledby="plans-heading">
          <h2 id="plans-heading">{t('plansOfRoute')}</h2>
          <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchPlans')} onClear={list.filtered ? list.clear : undefined}>
            <SelectField
              label={t('status')}
              value={params.get('status') ?? ''}
              onChange={(e) => list.set('status', e.target.value)}
              placeholder={t('common:any')}
              options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
            />
            <SelectField
              label={t('smartCheck')}
              value={params.get('smart') ?? ''}
              onChange={(e) => list.set('smart', e.target.value)}
              placeholder={t('common:any')}
              options={[
                { value: 'passes', label: t('smartFilterPasses') },
                { value: 'fails', label: t('smartFilterFails') },
              ]}
            />
          </FilterBar>
          <ConnectionView
            connection={data?.actionPlans}
            fetching={fetching}
            error={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            pages={pages}
            pageSize={PAGE_SIZE}
            caption={t('plansOfRoute')}
            rowKey={(p) => p.id}
            empty={
              list.filtered ? (
                <>
                  <p>{t('common:noMatches')}</p>
                  <p>{t('common:noMatchesHint')}</p>
                </>
              ) : (
                <>
                  <p>{t('noPlans')}</p>
                  <p>{t('noPlansHint')}</p>
                </>
              )
            }
            columns={[
              { key: 'delegation', header: t('delegation'), render: (p: Row) => p.delegation?.name ?? '—' },
              { key: 'title', header: t('planTitle'), render: (p: Row) => <Link to={`${basePath}/plans/${p.id}`}>{p.title}</Link> },
              { key: 'status', header: t('status'), render: (p: Row) => <PlanStatusBadge status={p.status} /> },
              { key: 'smart', header: t('smartCheck'), render: (p: Row) => <SmartBadge passes={p.smartCheck.passes} count={p.smartCheck.items.length} /> },
              { key: 'versions', header: t('versionsColumn'), render: (p: Row) => t('versionCount', { count: p.versionCount }) },
              {
                key: 'recommendation',
                header: t('latestRecommendation'),
                render: (p: Row) => (p.reviews?.[0] ? <RecommendationBadge recommendation={p.reviews[0].recommendation} /> : t('notReviewed')),
              },
            ]}
          />
        </section>
      )}
    </>
  );
}
