import { cleanLocalized, loadForUpdate, ReferenceCheck, Service, toMinorUnits, type RequestContext } from '@lr/server-core';
import { OrganisationRef, PersonRef } from '@lr/server-core-domain';
import { ActionPlan } from './action-plan.entity';
import { inOrder, renumber } from './objective.service';
import { lockItemPlanForEdit, lockPlanForEdit } from './plan-edit-lock';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';
import type { ActivityFields, AddPlanActivityInput, UpdatePlanActivityInput } from './plan-items.inputs';
import { assertAcceptedPlanStaysSmart } from './accepted-plan-rule';

/**
 * Checks what the input names (the objective is of the same plan; the person and organisation
 * exist) and copies the fields sent: undefined leaves one as it is, null empties it.
 */
async function applyFields(ctx: RequestContext, activity: PlanActivity, input: ActivityFields): Promise<void> {
  const check = new ReferenceCheck(ctx);
  await check.one(PersonRef, input.responsiblePersonId, 'input.responsiblePersonId');
  await check.one(OrganisationRef, input.responsibleOrganisationId, 'input.responsibleOrganisationId');
  if (input.objectiveId) {
    const objective = await ctx.repo(PlanObjective).findOne({ where: { id: input.objectiveId }, select: { id: true, planId: true } });
    if (objective?.planId !== activity.planId) check.add('input.objectiveId', 'is not an objective of this plan');
  }
  check.assertValid();
  if (input.objectiveId !== undefined) activity.objectiveId = input.objectiveId;
  if (input.responsiblePersonId !== undefined) activity.responsiblePersonId = input.responsiblePersonId;
  if (input.responsibleOrganisationId !== undefined) activity.responsibleOrganisationId = input.responsibleOrganisationId;
  if (input.startDate !== undefined) activity.startDate = input.startDate;
  if (input.dueDate !== undefined) activity.dueDate = input.dueDate;
  if (input.resources !== undefined) activity.resources = input.resources?.trim() || null;
  if (input.budget !== undefined) {
    activity.budgetMinor = input.budget ? toMinorUnits(input.budget, 'input.budget') : null;
    activity.budgetCurrency = input.budget ? input.budget.currency : null;
  }
}

/** A plan's activities: added at the end, edited, removed and reordered; positions stay 1, 2, … */
@Service()
export class PlanActivityService {
  async add(ctx: RequestContext, input: AddPlanActivityInput): Promise<PlanActivity> {
    const plan = await lockPlanForEdit(ctx, input.planId);
    const repo = ctx.repo(PlanActivity);
    const count = await repo.countBy({ planId: plan.id });
    const activity = repo.create({
      planId: plan.id,
      position: count + 1,
      description: cleanLocalized(input.description),
      objectiveId: null,
      responsiblePersonId: null,
      responsibleOrganisationId: null,
      startDate: null,
      dueDate: null,
      resources: null,
      budgetMinor: null,
      budgetCurrency: null,
    });
    await applyFields(ctx, activity, input);
    const saved = await repo.save(activity);
    await assertAcceptedPlanStaysSmart(ctx, plan);
    return saved;
  }

  async update(ctx: RequestContext, input: UpdatePlanActivityInput): Promise<PlanActivity> {
    const plan = await lockItemPlanForEdit(ctx, PlanActivity, input.id);
    const activity = await loadForUpdate(ctx, PlanActivity, input.id, input.version);
    if (input.description) activity.description = cleanLocalized(input.description);
    await applyFields(ctx, activity, input);
    const saved = await ctx.repo(PlanActivity).save(activity);
    await assertAcceptedPlanStaysSmart(ctx, plan);
    return saved;
  }

  async remove(ctx: RequestContext, id: string, version: number): Promise<string> {
    const plan = await lockItemPlanForEdit(ctx, PlanActivity, id);
    const activity = await loadForUpdate(ctx, PlanActivity, id, version);
    await ctx.repo(PlanActivity).remove(activity);
    await renumber(ctx, PlanActivity, await ctx.repo(PlanActivity).find({ where: { planId: plan.id }, order: { position: 'ASC', createdAt: 'ASC' } }));
    await assertAcceptedPlanStaysSmart(ctx, plan);
    return id;
  }

  /** `activityIds`: each of the plan's activities once, in their new order. */
  async reorder(ctx: RequestContext, planId: string, activityIds: readonly string[]): Promise<ActionPlan> {
    const plan = await lockPlanForEdit(ctx, planId);
    const activities = await ctx.repo(PlanActivity).find({ where: { planId }, order: { position: 'ASC' } });
    await renumber(ctx, PlanActivity, inOrder(activities, activityIds, 'activityIds', 'activities'));
    return plan;
  }
}
