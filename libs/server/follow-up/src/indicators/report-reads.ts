import type { LocalizedValue, RequestContext } from '@lr/server-core';
import { scopeIndicators } from './indicator-access';
import { indicatorStatus, progressShare } from './indicator-progress';
import type { IndicatorStatus } from './indicator-status';
import { lastVerifiedOf } from './last-verified';
import { TrackedIndicator } from './tracked-indicator.entity';

export interface IndicatorStanding {
  id: string;
  routeId: string | null;
  planId: string | null;
  name: LocalizedValue;
  status: IndicatorStatus;
  /** Percentage of the way from baseline to target, one decimal ("40", "33.3"); null without a verified value or a line. */
  progressPercent: string | null;
  targetDate: string | null;
}

/**
 * Where each indicator of a route or a programme stands (on track, off track, no data; share
 * of the way), as the caller may read them (partners: plan-born indicators only), for reports.
 * Two statements whatever the count.
 */
export async function indicatorStandingsOf(ctx: RequestContext, scope: { routeId: string } | { programmeId: string }): Promise<IndicatorStanding[]> {
  const q = ctx.repo(TrackedIndicator).createQueryBuilder('i');
  if ('routeId' in scope) q.where('i.route_id = :scopeId', { scopeId: scope.routeId });
  else q.where('i.programme_id = :scopeId', { scopeId: scope.programmeId });
  q.orderBy('i.target_date', 'ASC', 'NULLS LAST').addOrderBy('i.id', 'ASC');
  const indicators = await (await scopeIndicators(ctx, q, 'i')).getMany();
  const last = await lastVerifiedOf(ctx, indicators.map((i) => i.id));
  return indicators.map((i) => {
    const point = last.get(i.id) ?? null;
    return { id: i.id, routeId: i.routeId, planId: i.planId, name: i.name, status: indicatorStatus(i, point), progressPercent: progressShare(i, point), targetDate: i.targetDate };
  });
}
