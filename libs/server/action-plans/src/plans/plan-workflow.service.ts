import { ForbiddenError, lockRow, PhaseRuleError, Service, transition, type RequestContext } from '@lr/server-core';
import { assertMayReadPlan, isOwnDelegation, isParticipantUser, isPlansEditor, type PlanFacts } from '../common/plan-access';
import { ActionPlan } from './action-plan.entity';
import { PlanStatus } from './plan-status';
import { isFundMove, planStatusMachine } from './plan-status-machine';

/**
 * Moves plans through their review (the kit's `transition` on `planStatusMachine`) with the
 * module's row-level rules on top of the machine's: the machine lets PARTICIPANT users submit,
 * this service lets them submit their own delegation's plan only. Entering SUBMITTED freezes the
 * next version in the same transaction (the machine's `onEnter`).
 */
@Service()
export class PlanWorkflowService {
  /**
   * The one way to move a plan — for the mutations, the reviews (IN_REVIEW → REVISION_REQUESTED
   * or FINAL), the fund (FINAL → AWARDED when it records an award) and demo data. Needs a
   * transaction (mutations have one; elsewhere wrap it in `ctx.transaction`). `version` is the
   * plan's version the caller read: a stale one is refused with CONFLICT.
   */
  async move(ctx: RequestContext, planId: string, to: PlanStatus, version: number, reason?: string | null): Promise<ActionPlan> {
    // The row's lock first, then every check on what it holds (transition locks it again, at no cost).
    const plan = await lockRow(ctx, ActionPlan, planId);
    await assertMayReadPlan(ctx, plan);
    if (to === PlanStatus.SUBMITTED && !isPlansEditor(ctx.principal) && isParticipantUser(ctx.principal) && !(await isOwnDelegation(ctx, plan.routeId, plan.delegationId))) {
      throw new ForbiddenError('Only the selected participants of its delegation (and action-plans editors) may submit a plan');
    }
    return transition(ctx, planStatusMachine, { id: planId, to, version, reason });
  }

  /** DRAFT or REVISION_REQUESTED → SUBMITTED, freezing the next version. */
  submit(ctx: RequestContext, planId: string, version: number): Promise<ActionPlan> {
    return this.move(ctx, planId, PlanStatus.SUBMITTED, version);
  }

  /** What `changeActionPlanStatus` does: any move but the fund's, which come with an award. */
  async changeStatus(ctx: RequestContext, planId: string, to: PlanStatus, version: number, reason?: string | null): Promise<ActionPlan> {
    const plan = await lockRow(ctx, ActionPlan, planId);
    await assertMayReadPlan(ctx, plan);
    if (isFundMove(plan.status, to)) {
      throw new PhaseRuleError(
        `A plan becomes AWARDED when its route's fund records an award for it, and FINAL again when its last award is withdrawn; not by a change of status`,
        plan.status,
        to,
        await this.allowedNextStatuses(ctx, plan),
      );
    }
    return this.move(ctx, planId, to, version, reason);
  }

  /**
   * The statuses the caller may move the plan to (the portal's buttons), prerequisites such as
   * the SMART check aside. The fund's moves are not among them.
   */
  async allowedNextStatuses(ctx: RequestContext, plan: PlanFacts): Promise<PlanStatus[]> {
    const moves = planStatusMachine.allowedMoves(ctx.principal, plan.status).filter((to) => !isFundMove(plan.status, to));
    if (moves.includes(PlanStatus.SUBMITTED) && !isPlansEditor(ctx.principal) && !(await isOwnDelegation(ctx, plan.routeId, plan.delegationId))) {
      return moves.filter((to) => to !== PlanStatus.SUBMITTED);
    }
    return moves;
  }
}
