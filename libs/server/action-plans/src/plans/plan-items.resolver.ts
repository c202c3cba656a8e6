import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { Allow, type RequestContext } from '@lr/server-core';
import { ActionPlan } from './action-plan.entity';
import { PlanActivityService } from './activity.service';
import { PlanObjectiveService } from './objective.service';
import { PlanActivity } from './plan-activity.entity';
import { AddPlanActivityInput, AddPlanObjectiveInput, UpdatePlanActivityInput, UpdatePlanObjectiveInput } from './plan-items.inputs';
import { PlanObjective } from './plan-objective.entity';

const EDITORS = 'Editors, or the plan’s delegation while it is DRAFT or REVISION_REQUESTED';

/** A plan's objectives and activities: each a row of its own with its own version. */
@Resolver()
export class PlanItemsResolver {
  constructor(
    private readonly objectives: PlanObjectiveService,
    private readonly activities: PlanActivityService,
  ) {}

  @Allow.user()
  @Mutation(() => PlanObjective, { description: `Added after the plan’s last objective. ${EDITORS}` })
  addPlanObjective(@Ctx() ctx: RequestContext, @Arg('input') input: AddPlanObjectiveInput) {
    return this.objectives.add(ctx, input);
  }

  @Allow.user()
  @Mutation(() => PlanObjective, { description: EDITORS })
  updatePlanObjective(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePlanObjectiveInput) {
    return this.objectives.update(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ID, { description: `Its activities stay, serving no objective. ${EDITORS}` })
  removePlanObjective(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.objectives.remove(ctx, id, version);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, { description: `objectiveIds: each of the plan’s objectives once, in their new order. ${EDITORS}` })
  reorderPlanObjectives(@Ctx() ctx: RequestContext, @Arg('planId', () => ID) planId: string, @Arg('objectiveIds', () => [ID]) objectiveIds: string[]) {
    return this.objectives.reorder(ctx, planId, objectiveIds);
  }

  @Allow.user()
  @Mutation(() => PlanActivity, { description: `Added after the plan’s last activity. ${EDITORS}` })
  addPlanActivity(@Ctx() ctx: RequestContext, @Arg('input') input: AddPlanActivityInput) {
    return this.activities.add(ctx, input);
  }

  @Allow.user()
  @Mutation(() => PlanActivity, { description: EDITORS })
  updatePlanActivity(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePlanActivityInput) {
    return this.activities.update(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ID, { description: EDITORS })
  removePlanActivity(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.activities.remove(ctx, id, version);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, { description: `activityIds: each of the plan’s activities once, in their new order. ${EDITORS}` })
  reorderPlanActivities(@Ctx() ctx: RequestContext, @Arg('planId', () => ID) planId: string, @Arg('activityIds', () => [ID]) activityIds: string[]) {
    return this.activities.reorder(ctx, planId, activityIds);
  }
}
