import { errorMessage } from '@lr/portal-graphql';
import { ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { INDICATOR_STATUSES, IndicatorStatusBadge } from '../components/labels';
import { formatNumber } from '../components/numbers';
import { useChosenRoute } from '../components/route-choice';
import { RoutePicker } from '../components/RoutePicker';
import { useSection } from '../components/section-context';
import { Sparkline } from '../components/Sparkline';
import type { IndicatorStatus } from '../graphql/generated/graphql';
import { IndicatorRollupQuery, TrackedIndicatorsQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'status'] as const;

/** How many of the route's indicators are on track, off track, without data. */
function Rollup({ routeId }: { routeId: string }) {
  const { t } = useTranslation('follow-up');
  const [{ data }] = useQuery({ query: IndicatorRollupQuery, variables: { scope: { routeId } } });
  const rollup = data?.indicatorRollup;
  if (!rollup) return null;
  return (
    <ul className="lr-follow-up-rollup" aria-label={t('rollupLabel')}>
      <li>
        <strong>{rollup.total}</strong> {t('rollupTotal')}
      </li>
      <li className="lr-follow-up-rollup--on_track">
        <strong>{rollup.onTrack.count}</strong> {t('indicatorStatuses.ON_TRACK')}
      </li>
      <li className="lr-follow-up-rollup--off_track">
        <strong>{rollup.offTrack.count}</strong> {t('indicatorStatuses.OFF_TRACK')}
      </li>
      <li className="lr-follow-up-rollup--no_data">
        <strong>{rollup.noData.count}</strong> {t('indicatorStatuses.NO_DATA')}
      </li>
    </ul>
  );
}

/**
 * The section's home: the tracked indicators (of one route or all), each with its status, the
 * line of its reported values and its last verified value; filtered by status and searched.
 */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const section = useSection();
  const { basePath } = section;
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;

  const filter = useMemo(
    () => ({
      routeId: routeId || undefined,
      search: params.get('q') || undefined,
      status: (params.get('status') as IndicatorStatus) || undefined,
    }),
    [params, routeId],
  );
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TrackedIndicatorsQuery,
    variables: { first: PAGE_SIZE, after: pages.after, filter },
  });

  return (
    <>
      <PageHeader title={t('indicatorsTitle')}>
        <ExportCsvButton section={section} path="/follow-up/indicators.csv" filters={filter} fileName="indicators.csv" />
      </PageHeader>
      <div className="lr-filterbar">
        <RoutePicker routeId={routeId} onChange={choose} />
      </div>
      {routeId && <Rollup routeId={routeId} />}
      <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchIndicators')} onClear={list.filtered ? list.clear : undefined}>
        <SelectField
          label={t('status')}
          value={params.get('status') ?? ''}
          onChange={(e) => list.set('status', e.target.value)}
          placeholder={t('common:any')}
          options={INDICATOR_STATUSES.map((s) => ({ value: s, label: t(`indicatorStatuses.${s}`) }))}
        />
      </FilterBar>
      <ConnectionView
        connection={data?.trackedIndicators}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={pages}
        pageSize={PAGE_SIZE}
        caption={t('indicatorsTitle')}
        rowKey={(i) => i.id}
        empty={
          list.filtered ? (
            <>
              <p>{t('common:noMatches')}</p>
              <p>{t('common:noMatchesHint')}</p>
            </>
          ) : (
            <>
              <p>{t('noIndicators')}</p>
              <p>{t('noIndicatorsHint')}</p>
            </>
          )
        }
        columns={[
          { key: 'name', header: t('indicator'), render: (i) => <Link to={`${basePath}/indicators/${i.id}`}>{i.name}</Link> },
          { key: 'route', header: t('route'), render: (i) => i.route?.title ?? '—' },
          { key: 'status', header: t('status'), render: (i) => <IndicatorStatusBadge status={i.status} /> },
          {
            key: 'trend',
            header: t('trend'),
            render: (i) => (
              <span className="lr-follow-up-trend">
                <Sparkline values={i.progressReports.map((r) => r.value)} />
                <span>
                  {i.lastVerified
                    ? t('lastVerifiedShort', { value: formatNumber(i.lastVerified.value, i18n.language), date: i.lastVerified.reportedOn })
                    : t('noVerifiedValue')}
                </span>
              </span>
            ),
          },
          {
            key: 'target',
            header: t('target'),
            render: (i) => (i.targetValue ? `${formatNumber(i.targetValue, i18n.language)}${i.unit ? ` ${i.unit}` : ''} · ${i.targetDate ?? '—'}` : '—'),
          },
          { key: 'share', header: t('progressShare'), render: (i) => (i.progressShare !== null && i.progressShare !== undefined ? `${formatNumber(i.progressShare, i18n.language)} %` : '—') },
        ]}
      />
    </>
  );
}
