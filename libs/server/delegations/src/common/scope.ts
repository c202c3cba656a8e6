import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { isPartner, type RequestContext } from '@lr/server-core';
import { SelectionStatus } from '../participants/participant-enums';
import { isParticipantUser, participantPersonId } from './access';

/**
 * The module's row-level rules, applied to every list and single read:
 * - a PARTICIPANT user sees the delegations of the routes they take part in, and the
 *   participants of their own delegations only (never other delegations' people);
 * - partners' API keys see delegations and their SELECTED participants (no internal fields:
 *   `@NotForPartners`; no personal data: the core's `@Personal`).
 */
export function scopeDelegations<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  if (!isParticipantUser(ctx)) return q;
  const me = participantPersonId(ctx);
  if (!me) return q.andWhere('false');
  return q.andWhere(`${alias}.route_id IN (SELECT own.route_id FROM participant own WHERE own.person_id = :me)`, { me });
}

export function scopeParticipants<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  if (isPartner(ctx.principal)) return q.andWhere(`${alias}.status = :partnerStatus`, { partnerStatus: SelectionStatus.SELECTED });
  if (!isParticipantUser(ctx)) return q;
  const me = participantPersonId(ctx);
  if (!me) return q.andWhere('false');
  return q.andWhere(`${alias}.delegation_id IN (SELECT own.delegation_id FROM participant own WHERE own.person_id = :me)`, { me });
}
