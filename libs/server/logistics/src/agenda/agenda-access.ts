import { isPartner, NotFoundError, Role, type RequestContext } from '@lr/server-core';
import { travellersOf } from '@lr/server-delegations';

/**
 * How much of a route's agenda the caller reads:
 * - `FULL`: people who sign in (admins, editors, reviewers, viewers), and PARTICIPANT users on
 *   the routes they travel on (selected participants and the route team: delegations'
 *   `travellersOf`);
 * - `PUBLIC`: partners' API keys, on every route (the core shows them every route). They read
 *   the programme — days, sessions, times, places, the cases visited when published, the
 *   champions they may see — but not who interprets (people of the route team, not public
 *   figures) nor the sessions' notes, which are working notes for those on the route (meeting
 *   points, what to bring, drivers' phones), nor the checks' findings;
 * - `NONE`: a PARTICIPANT user on any other route; to them its agenda does not exist
 *   (NOT_FOUND, never FORBIDDEN, as delegations do).
 */
export type AgendaView = 'FULL' | 'PUBLIC' | 'NONE';

export async function agendaViewOf(ctx: RequestContext, routeId: string): Promise<AgendaView> {
  const p = ctx.principal;
  if (isPartner(p)) return 'PUBLIC';
  if (p.kind !== 'user' || p.role !== Role.PARTICIPANT) return 'FULL';
  if (!p.personId) return 'NONE';
  const personId = p.personId;
  const travellers = await travellersOf(ctx, routeId);
  return travellers.some((t) => t.personId === personId) ? 'FULL' : 'NONE';
}

/** NOT_FOUND for callers who may not read the route's agenda (the record is named as asked). */
export async function assertAgendaVisible(ctx: RequestContext, routeId: string, entity: string, id: string): Promise<AgendaView> {
  const view = await agendaViewOf(ctx, routeId);
  if (view === 'NONE') throw new NotFoundError(entity, id);
  return view;
}

/** Partners read the public agenda only (see `AgendaView`). */
export const readsPublicAgenda = (ctx: RequestContext) => isPartner(ctx.principal);
