import { loadMany, type RequestContext } from '@lr/server-core';
import { Delegation } from '../delegations/delegation.entity';
import { Participant } from '../participants/participant.entity';
import { SelectionStatus } from '../participants/participant-enums';

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
