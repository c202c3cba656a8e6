import { ValidationError, type RequestContext } from '@lr/server-core';
import { smartCheck } from '../smart/smart-check';
import { PlanStatus } from './plan-status';
import { readPlanItems } from './plan-items';
import type { ActionPlan } from './action-plan.entity';

const ACCEPTED: readonly PlanStatus[] = [PlanStatus.FINAL, PlanStatus.AWARDED];

/**
 * Editors may still correct an accepted (FINAL or AWARDED) plan — a typo in an indicator — but
 * not undo what accepting it checked: the plan must stay SMART, since follow-up tracks its
 * objectives' indicators and the fund awarded it as it is. Called after a content change, in
 * its transaction, so a change that breaks the check rolls back whole.
 */
export async function assertAcceptedPlanStaysSmart(ctx: RequestContext, plan: ActionPlan): Promise<void> {
  if (!ACCEPTED.includes(plan.status)) return;
  const { objectives, activities } = await readPlanItems(ctx, plan.id);
  const failing = smartCheck(plan, objectives, activities).items;
  if (!failing.length) return;
  throw new ValidationError(
    failing.map((item) => ({
      path: item.path,
      message: `the plan is ${plan.status} and must stay SMART: ${item.message.charAt(0).toLowerCase()}${item.message.slice(1)}`,
      constraint: 'acceptedPlanStaysSmart',
    })),
  );
}
