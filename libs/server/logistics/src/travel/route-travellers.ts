import type { RequestContext } from '@lr/server-core';
import { travellersOf, type RouteTraveller } from '@lr/server-delegations';

/**
 * Who travels to a route, by person (the delegations module decides: SELECTED participants and
 * the route team), read once per request and route however many records ask.
 */
export function routeTravellers(ctx: RequestContext, routeId: string): Promise<Map<string, RouteTraveller>> {
  return ctx.loaders.memo(`logistics:travellersOf:${routeId}`, async () => new Map((await travellersOf(ctx, routeId)).map((t) => [t.personId, t])));
}
