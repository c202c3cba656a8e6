import { PhaseRuleError, type RequestContext } from '@lr/server-core';
import { getRoute, RoutePhase } from '@lr/server-core-domain';

/**
 * Delegations, participants and the route team are settled until the route closes; after that
 * they are history and stay as they were (PHASE_RULE).
 */
export async function assertRouteOpen(ctx: RequestContext, routeId: string) {
  const route = await getRoute(ctx, routeId);
  if (route.phase === RoutePhase.CLOSED) {
    throw new PhaseRuleError('The route is CLOSED: its delegations, participants and team can no longer change', route.phase, route.phase, []);
  }
  return route;
}
