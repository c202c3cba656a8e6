import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isPartner, Role, type RequestContext } from '@lr/server-core';

/**
 * Who sees which stays (a person's nights and room are about them):
 * - partners' API keys see none;
 * - a PARTICIPANT user sees their own stays only (none without a person on their account);
 * - admins, editors, reviewers and viewers see every stay.
 * A stay hidden from a caller is NOT_FOUND, never FORBIDDEN, so its existence is not told.
 */
export type StayScope = { all: true } | { none: true } | { personId: string };

export function stayScope(ctx: RequestContext): StayScope {
  const p = ctx.principal;
  if (isPartner(p)) return { none: true };
  if (p.kind === 'user' && p.role === Role.PARTICIPANT) return p.personId ? { personId: p.personId } : { none: true };
  return { all: true };
}

export function scopeStays<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  const scope = stayScope(ctx);
  if ('none' in scope) return q.andWhere('false');
  if ('personId' in scope) return q.andWhere(`${alias}.person_id = :scopePersonId`, { scopePersonId: scope.personId });
  return q;
}

/** The stays of `stays` the caller may see. */
export function visibleStays<T extends { personId: string }>(ctx: RequestContext, stays: T[]): T[] {
  const scope = stayScope(ctx);
  if ('none' in scope) return [];
  if ('personId' in scope) return stays.filter((s) => s.personId === scope.personId);
  return stays;
}
