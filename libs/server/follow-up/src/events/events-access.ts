import { Role, type RequestContext } from '@lr/server-core';
import { routesOfParticipant } from '@lr/server-delegations';

/**
 * Who reads events, stories and communities (000 §45, §47):
 * - admins, editors, reviewers and viewers read everything;
 * - a PARTICIPANT user reads those of the routes they take part in (delegations'
 *   `routesOfParticipant`), nothing of other routes (NOT_FOUND, so ids cannot be probed);
 * - partners read every route's stories and communities, and events without their participants
 *   (`@NotForPartners` on `FollowUpEvent.participants`).
 *
 * Returns the routes a participant may read (once per request), or null for callers not limited by route.
 */
export function readableRouteIds(ctx: RequestContext): Promise<ReadonlySet<string>> | null {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.role !== Role.PARTICIPANT) return null;
  const me = p.personId;
  if (!me) return Promise.resolve(new Set());
  return ctx.loaders.memo(`follow-up:routes-of:${me}`, async () => new Set(await routesOfParticipant(ctx, me)));
}

/** Whether the caller may read a record of `routeId` (a record of no route: everyone but participants). */
export async function mayReadRoute(ctx: RequestContext, routeId: string | null): Promise<boolean> {
  const routes = await readableRouteIds(ctx);
  return routes === null || (routeId !== null && routes.has(routeId));
}

/** Whether the caller may read a record of any of `routeIds` (a community). */
export async function mayReadAnyRoute(ctx: RequestContext, routeIds: readonly string[]): Promise<boolean> {
  const routes = await readableRouteIds(ctx);
  return routes === null || routeIds.some((id) => routes.has(id));
}

/** The route ids a participant's query is limited to, or null when not limited. */
export async function routeLimit(ctx: RequestContext): Promise<string[] | null> {
  const routes = await readableRouteIds(ctx);
  return routes === null ? null : [...routes];
}

const WEB_ADDRESS = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

/** An evidence or community link must be a web address people can open (http or https). */
export function isWebAddress(value: string): boolean {
  return WEB_ADDRESS.test(value);
}
