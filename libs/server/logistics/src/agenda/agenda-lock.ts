import { cannotBeKey, NotFoundError, PhaseRuleError, type RequestContext } from '@lr/server-core';
import { getRoute, RoutePhase, type LearningRoute } from '@lr/server-core-domain';
import type { RouteLogisticsService } from '../settings/route-logistics.service';

/**
 * Every agenda write of a route takes the route's logistics lock first (settings'
 * `lockRoute`), then any row lock it needs: moves, new days and generated days of one route
 * run one after the other, so day counts, dates and the checks read every committed change.
 * Taking the route's lock before the rows' keeps one lock order everywhere (no deadlock).
 * A CLOSED route's agenda is history and no longer changes (PHASE_RULE).
 */
export async function lockAgenda(ctx: RequestContext, logistics: RouteLogisticsService, routeId: string): Promise<LearningRoute> {
  await logistics.lockRoute(ctx, routeId);
  const route = await getRoute(ctx, routeId);
  if (route.phase === RoutePhase.CLOSED) {
    throw new PhaseRuleError('The route is CLOSED: its agenda can no longer change', route.phase, route.phase, []);
  }
  return route;
}

/**
 * The route a day or session belongs to, read before its row is locked: the route's lock comes
 * first (see `lockAgenda`), and a record never changes route, so this read cannot go stale.
 */
export async function routeIdOf(ctx: RequestContext, entity: { new (): { id: string; routeId: string }; name: string }, id: string): Promise<string> {
  const row = cannotBeKey(ctx, entity, id) ? null : await ctx.repo(entity).findOne({ where: { id }, select: { id: true, routeId: true } });
  if (!row) throw new NotFoundError(entity.name, id);
  return row.routeId;
}
