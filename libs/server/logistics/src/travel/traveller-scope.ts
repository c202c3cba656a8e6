import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isPartner, Role, type RequestContext } from '@lr/server-core';

/**
 * Which traveller records a caller reads. Travel is internal working data: partners' API keys
 * read none (a record is NOT_FOUND, `LearningRoute.travellers` null); a PARTICIPANT user reads
 * their own record(s) and legs only; every other signed-in user reads them all, their passport
 * data still under the privacy policy (`@Personal`: admins and the person themselves).
 */
export type TravellerVisibility = { kind: 'all' } | { kind: 'none' } | { kind: 'own'; personId: string };

export function travellerVisibility(ctx: RequestContext): TravellerVisibility {
  const p = ctx.principal;
  if (isPartner(p) || p.kind === 'anonymous') return { kind: 'none' };
  if (p.role !== Role.PARTICIPANT) return { kind: 'all' };
  return p.personId ? { kind: 'own', personId: p.personId } : { kind: 'none' };
}

/** Limits a query over `traveller` rows (aliased `alias`) to what the caller reads. */
export function scopeTravellers<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  const visibility = travellerVisibility(ctx);
  if (visibility.kind === 'all') return q;
  if (visibility.kind === 'none') return q.andWhere('false');
  return q.andWhere(`${alias}.person_id = :ownPersonId`, { ownPersonId: visibility.personId });
}

/** Does the caller read this traveller (or a leg of theirs)? */
export function mayReadTravellerOf(ctx: RequestContext, personId: string): boolean {
  const visibility = travellerVisibility(ctx);
  return visibility.kind === 'all' || (visibility.kind === 'own' && visibility.personId === personId);
}
