import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canEdit, isPartner, NotFoundError, Role, type RequestContext } from '@lr/server-core';
import { routesOfParticipant } from '@lr/server-delegations';
import { FOLLOW_UP } from '../common/access';
import type { TrackedIndicator } from './tracked-indicator.entity';

/**
 * Who reads and reports on indicators, in one place:
 * - admins, follow-up editors and other internal users read every indicator;
 * - a PARTICIPANT user reads the indicators of the routes they take part in (any selection
 *   status but WITHDRAWN) and those they own; others do not exist for them (NOT_FOUND);
 * - partners' API keys read the indicators born from action plans — only FINAL plans make
 *   indicators, and a FINAL plan stays FINAL or AWARDED, both of which partners read — never a
 *   programme's own ones, and never their owners (`@NotForPartners`);
 * - reports are made by the indicator's owner (a signed-in user whose person owns it, whatever
 *   their role), follow-up editors and admins; only editors and admins verify.
 */

/** Follow-up editors and admins. */
export const isFollowUpEditor = (ctx: RequestContext): boolean => canEdit(ctx.principal, FOLLOW_UP);

/** The person a signed-in user is, if their account has one. */
export function callerPersonId(ctx: RequestContext): string | null {
  const p = ctx.principal;
  return p.kind === 'user' ? (p.personId ?? null) : null;
}

const isParticipantUser = (ctx: RequestContext) => ctx.principal.kind === 'user' && ctx.principal.role === Role.PARTICIPANT;

/** The routes a PARTICIPANT user takes part in (once per request); null for callers not limited by route. */
export function participantRouteIds(ctx: RequestContext): Promise<ReadonlySet<string>> | null {
  if (!isParticipantUser(ctx)) return null;
  const me = callerPersonId(ctx);
  if (!me) return Promise.resolve(new Set());
  return ctx.loaders.memo(`follow-up:routes-of:${me}`, async () => new Set(await routesOfParticipant(ctx, me)));
}

/** Limits a query over `tracked_indicator` (as `alias`) to what the caller may read. */
export async function scopeIndicators<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): Promise<SelectQueryBuilder<T>> {
  if (isPartner(ctx.principal)) return q.andWhere(`${alias}.plan_id IS NOT NULL`);
  const routes = await participantRouteIds(ctx);
  if (routes === null) return q;
  return q.andWhere(`(${alias}.route_id = ANY(:readableRouteIds) OR ${alias}.owner_person_id = :me)`, { readableRouteIds: [...routes], me: callerPersonId(ctx) });
}

/** May the caller read this indicator (the in-memory twin of `scopeIndicators`)? */
export async function mayReadIndicator(ctx: RequestContext, indicator: Pick<TrackedIndicator, 'planId' | 'routeId' | 'ownerPersonId'>): Promise<boolean> {
  if (isPartner(ctx.principal)) return indicator.planId !== null;
  const routes = await participantRouteIds(ctx);
  if (routes === null) return true;
  const me = callerPersonId(ctx);
  return (!!indicator.routeId && routes.has(indicator.routeId)) || (!!me && indicator.ownerPersonId === me);
}

/** NOT_FOUND for an indicator the caller may not read: its existence is not told. */
export async function assertMayReadIndicator(ctx: RequestContext, indicator: TrackedIndicator): Promise<void> {
  if (!(await mayReadIndicator(ctx, indicator))) throw new NotFoundError('TrackedIndicator', indicator.id);
}

/** May the caller report progress on it: its owner, a follow-up editor or an admin (never an API key). */
export function mayReportOn(ctx: RequestContext, indicator: Pick<TrackedIndicator, 'ownerPersonId'>): boolean {
  if (isPartner(ctx.principal)) return false;
  if (isFollowUpEditor(ctx)) return true;
  const me = callerPersonId(ctx);
  return !!me && indicator.ownerPersonId === me;
}
