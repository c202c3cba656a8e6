import { loadMany, loadOne, type RequestContext } from '@lr/server-core';
import { Delegation } from '../delegations/delegation.entity';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';
import { RouteTeamMember } from '../team/route-team-member.entity';

/**
 * The countries of a route's visiting delegations (national teams and any delegation with a
 * country), sorted; what practice matching reads when it is not given countries.
 */
export async function visitingCountriesOf(ctx: RequestContext, routeId: string): Promise<string[]> {
  const delegations = await loadMany(ctx, Delegation, routeId, 'routeId', { reads: ['countryCode'] });
  return [...new Set(delegations.map((d) => d.countryCode).filter((c): c is string => !!c))].sort();
}

/** The person's participation in a route, if any (action plans and follow-up ask who is who). */
export async function participantOf(ctx: RequestContext, routeId: string, personId: string): Promise<Participant | null> {
  const mine = await loadMany(ctx, Participant, personId, 'personId', { reads: ['routeId', 'status'] });
  return mine.find((p) => p.routeId === routeId && p.status !== SelectionStatus.WITHDRAWN) ?? null;
}

/** The delegation, or null (action plans show a plan's delegation; through the request's DataLoader). */
export const delegationOf = (ctx: RequestContext, id: string) => loadOne(ctx, Delegation, id);

/**
 * The routes the person takes part in (any selection status but WITHDRAWN, as `participantOf`
 * answers): action plans lets a PARTICIPANT user read every plan of those routes (000 §44).
 */
export async function routesOfParticipant(ctx: RequestContext, personId: string): Promise<string[]> {
  const mine = await loadMany(ctx, Participant, personId, 'personId', { reads: ['routeId', 'status'] });
  return [...new Set(mine.filter((p) => p.status !== SelectionStatus.WITHDRAWN).map((p) => p.routeId))];
}

/** Someone who travels to a route: a selected participant or a member of the route team. */
export interface RouteTraveller {
  personId: string;
  kind: 'PARTICIPANT' | 'TEAM';
  /** The participant's delegation; null for the route team. */
  delegationId: string | null;
  /** The participant's delegation's country, if it has one. */
  countryCode: string | null;
}

/**
 * Who travels to a route (logistics books their travel and rooms): its SELECTED participants
 * and its route team, participants first.
 */
export async function travellersOf(ctx: RequestContext, routeId: string): Promise<RouteTraveller[]> {
  const [participants, team, delegations] = await Promise.all([
    loadMany(ctx, Participant, routeId, 'routeId', { reads: ['personId', 'status', 'delegationId'] }),
    loadMany(ctx, RouteTeamMember, routeId, 'routeId', { reads: ['personId'] }),
    loadMany(ctx, Delegation, routeId, 'routeId', { reads: ['countryCode'] }),
  ]);
  const countryOf = new Map(delegations.map((d) => [d.id, d.countryCode]));
  return [
    ...participants
      .filter((p) => p.status === SelectionStatus.SELECTED)
      .map((p) => ({ personId: p.personId, kind: 'PARTICIPANT' as const, delegationId: p.delegationId, countryCode: countryOf.get(p.delegationId) ?? null })),
    ...team.map((m) => ({ personId: m.personId, kind: 'TEAM' as const, delegationId: null, countryCode: null })),
  ];
}
