import { errorMessage } from '@lr/portal-graphql';
import {
  BulkActionBar,
  BulkResults,
  Button,
  ConfirmDialog,
  ConnectionView,
  ExportCsvButton,
  FilterBar,
  PAGE_SIZE,
  PageHeader,
  SelectField,
  useRowSelection,
  useSelectionColumn,
  useUrlListState,
} from '@lr/portal-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PLAN_STATUSES, PlanStatusBadge, RecommendationBadge, SmartBadge } from '../components/labels';
import { planRefusal } from '../components/refusals';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { PlansListQuery as ListResult, PlanStatus } from '../graphql/generated/graphql';
import { ChangeActionPlanStatusesMutation, PlansListQuery } from '../graphql/operations';
import { refusedRows, reviewOutcomes, type BulkReview } from './bulk-review';

const FILTER_KEYS = ['q', 'status', 'smart'] as const;
type Row = ListResult['actionPlans']['edges'][number]['node'];

/**
 * The plans of a route: each delegation's plan with where it stands in its review, whether it
 * passes the SMART check, how many versions it has and what its last review recommended;
 * filters by status and SMART result kept in the address; the route's plans as a CSV file.
 * Reviewers (and editors) choose SUBMITTED plans to take into review at once: all or none,
 * each row then says what became of it.
 */
export function PlansPage() {
  const { t } = useTranslation(['action-plans', 'common']);
  const section = useSection();
  const { basePath, language, user, canEdit, notify } = section;
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
  const refresh = () => refetch({ requestPolicy: 'network-only' });

  // Who reviews plans: REVIEWER users, action-plans editors and admins (the API's rule).
  const reviewer = canEdit || user.role === 'REVIEWER';
  const selection = useRowSelection();
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<BulkReview | null>(null);
  const [{ fetching: moving }, moveMany] = useMutation(ChangeActionPlanStatusesMutation);
  const rows = useMemo(() => data?.actionPlans.edges.map((e) => e.node) ?? [], [data]);
  // Only SUBMITTED plans can be taken into review; plans that moved meanwhile drop out of the choice.
  const submitted = useMemo(() => rows.filter((p) => p.status === 'SUBMITTED'), [rows]);
  const { retain } = selection;
  useEffect(() => retain(submitted.map((p) => p.id)), [submitted, retain]);
  const labelOf = (p: Row) => t('planOfDelegation', { delegation: p.delegation?.name ?? '—', title: p.title });
  const selectColumn = useSelectionColumn(selection, (p: Row) => p.id, labelOf);
  const chosen = submitted.filter((p) => selection.has(p.id));

  async function startReviews() {
    const result = await moveMany({ input: { toStatus: 'IN_REVIEW', moves: chosen.map((p) => ({ planId: p.id, version: p.version })) } });
    setAsking(false);
    const refused = refusedRows(result.error);
    if (result.error && !refused) return notify(planRefusal(result.error), 'error');
    const labelled = chosen.map((p) => ({ id: p.id, label: labelOf(p) }));
    const answered = refused ?? (result.data?.changeActionPlanStatuses ?? []).map((r) => ({ ...r, code: null, message: null }));
    setOutcome(reviewOutcomes(labelled, answered));
    if (!refused) {
      notify(t('reviewsStarted', { count: chosen.length }), 'success');
      selection.clear();
    }
    refresh();
  }

  /** After an all-or-nothing refusal: choose again only those that were not refused. */
  function chooseOthers() {
    selection.clear();
    selection.setAll(outcome?.waited ?? [], true);
    setOutcome(null);
  }

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
          {outcome && (
            <BulkResults outcomes={outcome.outcomes} onDismiss={() => setOutcome(null)}>
              {outcome.waited.length > 0 && (
                <p>
                  {t('bulkReviewWaited')} <Button onClick={chooseOthers}>{t('chooseOthersAgain')}</Button>
                </p>
              )}
            </BulkResults>
          )}
          {reviewer && (submitted.length > 0 || selection.count > 0) && (
            <BulkActionBar selection={selection} pageIds={submitted.map((p) => p.id)} words={{ selectPage: t('selectSubmittedOnPage') }}>
              <Button variant="primary" disabled={!chosen.length} onClick={() => setAsking(true)}>
                {t('startReviewSelected')}
              </Button>
            </BulkActionBar>
          )}
          <ConnectionView
            connection={data?.actionPlans}
            fetching={fetching}
            error={errorMessage(error)}
            onRetry={refresh}
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
              ...(reviewer ? [{ ...selectColumn, render: (p: Row) => (p.status === 'SUBMITTED' ? selectColumn.render(p) : null) }] : []),
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
          <ConfirmDialog
            open={asking}
            title={t('startReviewTitle')}
            confirmLabel={t('startReview')}
            busy={moving}
            onConfirm={() => void startReviews()}
            onCancel={() => setAsking(false)}
          >
            <p>{t('startReviewText', { count: chosen.length })}</p>
          </ConfirmDialog>
        </section>
      )}
    </>
  );
}
