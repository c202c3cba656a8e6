import type { RequestContext } from '@lr/server-core';
import { Delegation } from '../delegations/delegation.entity';
import type { DelegationKind } from '../delegations/delegation-kind';
import { Participant } from '../participants/participant.entity';
import type { SelectionStatus, Sector } from '../participants/participant-enums';
import { scopeDelegations, scopeParticipants } from './scope';

export interface CompositionDelegation {
  id: string;
  name: string;
  kind: DelegationKind;
  countryCode: string | null;
}

export interface CompositionParticipant {
  delegationId: string;
  personId: string;
  sector: Sector;
  status: SelectionStatus;
}

/**
 * A route's delegations and participants as the caller may read them (the module's row rules:
 * partners count SELECTED participants only), for reports that count them. Two statements.
 */
export async function routeCompositionOf(ctx: RequestContext, routeId: string): Promise<{ delegations: CompositionDelegation[]; participants: CompositionParticipant[] }> {
  const dq = ctx.repo(Delegation).createQueryBuilder('d').select(['d.id', 'd.name', 'd.kind', 'd.countryCode']).where('d.route_id = :routeId', { routeId }).orderBy('d.name', 'ASC').addOrderBy('d.id', 'ASC');
  const pq = ctx.repo(Participant).createQueryBuilder('p').select(['p.id', 'p.delegationId', 'p.personId', 'p.sector', 'p.status']).where('p.route_id = :routeId', { routeId });
  const [delegations, participants] = await Promise.all([scopeDelegations(ctx, dq, 'd').getMany(), scopeParticipants(ctx, pq, 'p').getMany()]);
  return {
    delegations: delegations.map((d) => ({ id: d.id, name: d.name, kind: d.kind, countryCode: d.countryCode })),
    participants: participants.map((p) => ({ delegationId: p.delegationId, personId: p.personId, sector: p.sector, status: p.status })),
  };
}
