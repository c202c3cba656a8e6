import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { canEdit, ForbiddenError, isPartner, NotFoundError, PhaseRuleError, Role, type DomainError, type Principal, type RequestContext } from '@lr/server-core';
import { participantOf, routesOfParticipant, SelectionStatus } from '@lr/server-delegations';
import { PlanStatus } from '../plans/plan-status';
import { ACTION_PLANS } from './access';

/**
 * Who may read and change action plans (000 §42-§44), in one place:
 * - admins and action-plans editors read and edit every plan, in any status;
 * - REVIEWER users (and viewers, and editors of other modules) read every plan; reviewers also
 *   move plans through review (see `mayReview`);
 * - a PARTICIPANT user reads every plan of the routes they take part in (any selection status
 *   but WITHDRAWN: delegations' `routesOfParticipant`), none of other routes (NOT_FOUND, so ids
 *   cannot be probed), and edits, submits and creates their own delegation's plan — their person
 *   a SELECTED participant of it — while it is DRAFT or REVISION_REQUESTED;
 * - partners' API keys read FINAL and AWARDED plans only (drafts and plans in review do not
 *   exist for them), with no responsible persons (`@NotForPartners`) and no versions or history.
 */

/** The statuses partners read. */
export const PARTNER_STATUSES: readonly PlanStatus[] = [PlanStatus.FINAL, PlanStatus.AWARDED];

/** The statuses in which a delegation's participants change their plan. */
export const EDITABLE_BY_DELEGATION: readonly PlanStatus[] = [PlanStatus.DRAFT, PlanStatus.REVISION_REQUESTED];

/** Admins and action-plans editors. */
export const isPlansEditor = (p: Principal): boolean => canEdit(p, ACTION_PLANS);

export const isReviewerUser = (p: Principal): boolean => p.kind === 'user' && p.role === Role.REVIEWER;

export const isParticipantUser = (p: Principal): boolean => p.kind === 'user' && p.role === Role.PARTICIPANT;

/** Who reviews plans (takes them into review, asks for a revision, accepts them): REVIEWER users, action-plans editors, admins. */
export const mayReview = (p: Principal): boolean => isPlansEditor(p) || isReviewerUser(p);

/** What row-level access needs to know of a plan. */
export interface PlanFacts {
  id: string;
  routeId: string;
  delegationId: string;
  status: PlanStatus;
}

/** The routes whose plans a PARTICIPANT user reads (once per request); null for callers not limited by route. */
export function readableRouteIds(ctx: RequestContext): Promise<ReadonlySet<string>> | null {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.role !== Role.PARTICIPANT) return null;
  const me = p.personId;
  if (!me) return Promise.resolve(new Set());
  return ctx.loaders.memo(`action-plans:routes-of:${me}`, async () => new Set(await routesOfParticipant(ctx, me)));
}

/** Limits a query over `action_plan` (as `alias`) to the plans the caller may read. */
export async function scopePlans<T extends ObjectLiteral>(ctx: RequestContext, q: SelectQueryBuilder<T>, alias: string): Promise<SelectQueryBuilder<T>> {
  if (isPartner(ctx.principal)) return q.andWhere(`${alias}.status IN (:...partnerStatuses)`, { partnerStatuses: [...PARTNER_STATUSES] });
  const routes = await readableRouteIds(ctx);
  if (routes === null) return q;
  return q.andWhere(`${alias}.route_id = ANY(:readableRouteIds)`, { readableRouteIds: [...routes] });
}

export async function mayReadPlan(ctx: RequestContext, plan: Pick<PlanFacts, 'routeId' | 'status'>): Promise<boolean> {
  if (isPartner(ctx.principal)) return PARTNER_STATUSES.includes(plan.status);
  const routes = await readableRouteIds(ctx);
  return routes === null || routes.has(plan.routeId);
}

/** NOT_FOUND for a plan the caller may not read: its existence is not told. */
export async function assertMayReadPlan(ctx: RequestContext, plan: Pick<PlanFacts, 'id' | 'routeId' | 'status'>): Promise<void> {
  if (!(await mayReadPlan(ctx, plan))) throw new NotFoundError('ActionPlan', plan.id);
}

/** Is the caller a PARTICIPANT user whose person is a SELECTED participant of this delegation? */
export async function isOwnDelegation(ctx: RequestContext, routeId: string, delegationId: string): Promise<boolean> {
  const p = ctx.principal;
  if (p.kind !== 'user' || p.role !== Role.PARTICIPANT || !p.personId) return false;
  const mine = await participantOf(ctx, routeId, p.personId);
  return !!mine && mine.delegationId === delegationId && mine.status === SelectionStatus.SELECTED;
}

const NOT_YOURS = 'Only action-plans editors and the selected participants of its delegation may change a plan';

/** Why the caller may not change the plan's content (texts, objectives, activities) now; null when they may. */
export async function editRefusal(ctx: RequestContext, plan: PlanFacts): Promise<DomainError | null> {
  if (isPlansEditor(ctx.principal)) return null;
  if (!(await mayReadPlan(ctx, plan))) return new NotFoundError('ActionPlan', plan.id);
  if (!(await isOwnDelegation(ctx, plan.routeId, plan.delegationId))) return new ForbiddenError(NOT_YOURS);
  if (!EDITABLE_BY_DELEGATION.includes(plan.status)) {
    return new PhaseRuleError(
      `The plan is ${plan.status}: its delegation changes it only while it is DRAFT or REVISION_REQUESTED (it is with its reviewers, or accepted)`,
      plan.status,
      plan.status,
      [],
    );
  }
  return null;
}

export async function assertMayEditPlan(ctx: RequestContext, plan: PlanFacts): Promise<void> {
  const refusal = await editRefusal(ctx, plan);
  if (refusal) throw refusal;
}

/** Editors create any delegation's plan; a participant their own delegation's. */
export async function assertMayCreatePlanFor(ctx: RequestContext, delegation: { routeId: string; id: string }): Promise<void> {
  if (isPlansEditor(ctx.principal)) return;
  // A delegation of another route is not there for a participant (as delegations answers).
  const routes = await readableRouteIds(ctx);
  if (routes !== null && !routes.has(delegation.routeId)) throw new NotFoundError('Delegation', delegation.id);
  if (!(await isOwnDelegation(ctx, delegation.routeId, delegation.id))) {
    throw new ForbiddenError('Only action-plans editors and the selected participants of a delegation may create its plan');
  }
}
