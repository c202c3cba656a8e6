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

export interface RouteComposition {
  delegations: CompositionDelegation[];
  participants: CompositionParticipant[];
}

/**
 * A route's delegations and participants as the caller may read them (the module's row rules:
 * partners count SELECTED participants only), for reports that count them. Two statements.
 */
export async function routeCompositionOf(ctx: RequestContext, routeId: string): Promise<RouteComposition> {
  return (await routeCompositionsOf(ctx, [routeId])).get(routeId) as RouteComposition;
}

/**
 * `routeCompositionOf` for several routes (a programme's report): two statements for all of
 * them, every route in the map (empty when it has none). Participants in a fixed order (by id),
 * so one route reads the same alone or with others.
 */
export async function routeCompositionsOf(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, RouteComposition>> {
  const out = new Map<string, RouteComposition>(routeIds.map((id) => [id, { delegations: [], participants: [] }]));
  if (!routeIds.length) return out;
  const ids = [...new Set(routeIds)];
  const dq = ctx.repo(Delegation).createQueryBuilder('d').select(['d.id', 'd.routeId', 'd.name', 'd.kind', 'd.countryCode']).where('d.route_id IN (:...routeIds)', { routeIds: ids }).orderBy('d.name', 'ASC').addOrderBy('d.id', 'ASC');
  const pq = ctx.repo(Participant).createQueryBuilder('p').select(['p.id', 'p.routeId', 'p.delegationId', 'p.personId', 'p.sector', 'p.status']).where('p.route_id IN (:...routeIds)', { routeIds: ids }).orderBy('p.id', 'ASC');
  const [delegations, participants] = await Promise.all([scopeDelegations(ctx, dq, 'd').getMany(), scopeParticipants(ctx, pq, 'p').getMany()]);
  for (const d of delegations) out.get(d.routeId)?.delegations.push({ id: d.id, name: d.name, kind: d.kind, countryCode: d.countryCode });
  for (const p of participants) out.get(p.routeId)?.participants.push({ delegationId: p.delegationId, personId: p.personId, sector: p.sector, status: p.status });
  return out;
}
