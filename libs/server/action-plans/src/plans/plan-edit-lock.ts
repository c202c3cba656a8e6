import { findOrFail, lockRow, NotFoundError, type RequestContext } from '@lr/server-core';
import { editRefusal } from '../common/plan-access';
import { ActionPlan } from './action-plan.entity';

/**
 * Takes the plan's row lock before any change to its content, then checks the caller may make
 * it. Every content change and every move take the same lock first, so an objective cannot
 * slip in while the plan is being submitted: either it is in the frozen version, or it is
 * refused because the plan is no longer the delegation's to change.
 */
export async function lockPlanForEdit(ctx: RequestContext, planId: string): Promise<ActionPlan> {
  const plan = await lockRow(ctx, ActionPlan, planId);
  const refusal = await editRefusal(ctx, plan);
  if (refusal) throw refusal;
  return plan;
}

/**
 * The same for a change to one objective or activity (`entity`, `id`): its plan's lock first,
 * then the item's. A caller who may not read the plan is told the item does not exist.
 */
export async function lockItemPlanForEdit<T extends { id: string; planId: string }>(ctx: RequestContext, entity: { new (): T; name: string }, id: string): Promise<ActionPlan> {
  const { planId } = await findOrFail(ctx, entity, id);
  const plan = await lockRow(ctx, ActionPlan, planId);
  const refusal = await editRefusal(ctx, plan);
  if (refusal instanceof NotFoundError) throw new NotFoundError(entity.name, id);
  if (refusal) throw refusal;
  return plan;
}
