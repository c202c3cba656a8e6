import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { KINDS, STATUSES } from '../components/labels';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import type { DelegationKind, SelectionStatus } from '../graphql/generated/graphql';
import { DelegationsListQuery } from '../graphql/operations';
import { CompositionPanel } from './CompositionPanel';

const FILTER_KEYS = ['q', 'kind', 'member'] as const;

/**
 * The section's home: pick a route, see whether its composition holds (each rule, what to do),
 * and its delegations with how many of their members are selected.
 */
export function DelegationsPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const section = useSection();
  const { canEdit, basePath } = section;
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;

  const filter = useMemo(
    () => ({
      routeId,
      search: params.get('q') || undefined,
      kind: (params.get('kind') as DelegationKind) || undefined,
      memberStatus: (params.get('member') as SelectionStatus) || undefined,
    }),
    [params, routeId],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: DelegationsListQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
    pause: !routeId,
  });

  return (
    <>
      <PageHeader title={t('delegationsTitle')}>
        {routeId && <ExportCsvButton section={section} path="/delegations/delegations.csv" filters={filter} fileName="delegations.csv" />}
        {canEdit && routeId && (
          <Link className="lr-button lr-button--primary" to={`${basePath}/new?route=${routeId}`}>
            {t('newDelegation')}
          </Link>
        )}
      </PageHeader>
      {!canEdit && <p className="lr-delegations-muted">{t('common:readOnly')}</p>}
      <div className="lr-filterbar lr-delegations-routebar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : (
        <>
          <CompositionPanel routeId={routeId} />
          <section aria-labelledby="delegations-heading">
            <h2 id="delegations-heading">{t('delegationsOfRoute')}</h2>
            <FilterBar
              search={list.get('q')}
              onSearch={(v) => list.set('q', v)}
              searchLabel={t('searchDelegations')}
              onClear={list.filtered ? list.clear : undefined}
            >
              <SelectField
                label={t('kind')}
                value={params.get('kind') ?? ''}
                onChange={(e) => list.set('kind', e.target.value)}
                placeholder={t('common:any')}
                options={KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              />
              <SelectField
                label={t('memberStatus')}
                value={params.get('member') ?? ''}
                onChange={(e) => list.set('member', e.target.value)}
                placeholder={t('common:any')}
                options={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
              />
            </FilterBar>
            <ConnectionView
              connection={data?.delegations}
              fetching={fetching}
              error={errorMessage(error)}
              onRetry={() => refetch({ requestPolicy: 'network-only' })}
              pages={pages}
              pageSize={PAGE_SIZE}
              caption={t('delegationsOfRoute')}
              rowKey={(d) => d.id}
              empty={
                list.filtered ? (
                  <>
                    <p>{t('common:noMatches')}</p>
                    <p>{t('common:noMatchesHint')}</p>
                  </>
                ) : (
                  <>
                    <p>{t('noDelegations')}</p>
                    <p>{canEdit ? t('noDelegationsHint') : t('noDelegationsReadOnly')}</p>
                  </>
                )
              }
              columns={[
                { key: 'name', header: t('name'), render: (d) => <Link to={`${basePath}/${d.id}`}>{d.name}</Link> },
                { key: 'kind', header: t('kind'), render: (d) => t(`kinds.${d.kind}`) },
                { key: 'country', header: t('country'), render: (d) => d.country?.name ?? '—' },
                {
                  key: 'selected',
                  header: t('selectedOfTotal'),
                  render: (d) => (
                    <Link to={`${basePath}/participants?route=${routeId}&delegation=${d.id}`}>
                      {t('selectedCount', { selected: d.selectedCount, total: d.participants.length })}
                    </Link>
                  ),
                },
              ]}
            />
          </section>
        </>
      )}
    </>
  );
}
