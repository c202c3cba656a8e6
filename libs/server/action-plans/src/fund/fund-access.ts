import { isUUID } from 'class-validator';
import { NotFoundError, Role, type RequestContext } from '@lr/server-core';
import { loadRoute } from '@lr/server-core-domain';
import { readableRouteIds } from '../common/plan-access';

/** Is the caller a PARTICIPANT user? They see their own routes' funds, and the tally once the vote closed. */
export function isParticipantCaller(ctx: RequestContext): boolean {
  const p = ctx.principal;
  return p.kind === 'user' && p.role === Role.PARTICIPANT;
}

/** The programme's own people (admins, editors, reviewers, viewers), who read the tally while the vote runs. */
export function isStaff(ctx: RequestContext): boolean {
  const p = ctx.principal;
  return p.kind === 'user' && p.role !== Role.PARTICIPANT;
}

/** The person a PARTICIPANT user is, or null for everyone else. */
export function participantPersonId(ctx: RequestContext): string | null {
  return isParticipantCaller(ctx) && ctx.principal.kind === 'user' ? ctx.principal.personId : null;
}

/**
 * May the caller read this route's fund and vote? A PARTICIPANT user, only on a route they take
 * part in (not WITHDRAWN); everyone else, on every route.
 */
export async function mayReadRoute(ctx: RequestContext, routeId: string): Promise<boolean> {
  // The same routes whose plans the participant reads (plans' row-level rule).
  const routes = await readableRouteIds(ctx);
  return routes === null || routes.has(routeId);
}

/** NOT_FOUND for a route that does not exist or that the caller may not read (its existence is not told). */
export async function assertRouteVisible(ctx: RequestContext, routeId: string): Promise<void> {
  const exists = isUUID(routeId) && !!(await loadRoute(ctx, routeId));
  if (!exists || !(await mayReadRoute(ctx, routeId))) throw new NotFoundError('LearningRoute', routeId);
}
