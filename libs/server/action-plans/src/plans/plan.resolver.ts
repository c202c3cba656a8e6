import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, LookAhead, type RequestContext, type Selection } from '@lr/server-core';
import { ActionPlan } from './action-plan.entity';
import { ActionPlansArgs, CreateActionPlanInput, UpdateActionPlanInput } from './plan.inputs';
import { PlanService } from './plan.service';
import { PlanStatus } from './plan-status';
import { PlanWorkflowService } from './plan-workflow.service';

@ObjectType()
export class ActionPlanConnection extends ConnectionType(ActionPlan) {}

/**
 * Plans and their review moves. Writes are open to every signed-in user at the door
 * (`@Allow.user()`): who may write which plan — editors any, a participant their own
 * delegation's while it is theirs to change, reviewers the review moves — is the services' rule
 * (common/plan-access.ts), which needs the plan.
 */
@Resolver(() => ActionPlan)
export class PlanResolver {
  constructor(
    private readonly plans: PlanService,
    private readonly workflow: PlanWorkflowService,
  ) {}

  @Allow.read()
  @Query(() => ActionPlanConnection, {
    description: 'By title. Participants read the plans of their own routes; partners FINAL and AWARDED plans only',
  })
  actionPlans(@Ctx() ctx: RequestContext, @Args() args: ActionPlansArgs, @LookAhead() selection: Selection) {
    return this.plans.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => ActionPlan, { description: 'NOT_FOUND for a plan the caller may not read' })
  actionPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.plans.get(ctx, id);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, { description: "A DRAFT plan for a delegation (one per delegation): action-plans editors, or a selected participant of that delegation" })
  createActionPlan(@Ctx() ctx: RequestContext, @Arg('input') input: CreateActionPlanInput) {
    return this.plans.create(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, { description: 'Editors, or its delegation while it is DRAFT or REVISION_REQUESTED' })
  updateActionPlan(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateActionPlanInput) {
    return this.plans.update(ctx, input);
  }

  @Allow.user()
  @Mutation(() => ID, { description: 'Only a DRAFT never submitted; its objectives and activities go with it' })
  deleteActionPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.plans.delete(ctx, id, version);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, { description: 'DRAFT or REVISION_REQUESTED → SUBMITTED, freezing the plan as its next version. Its delegation’s selected participants, and editors' })
  submitActionPlan(@Ctx() ctx: RequestContext, @Arg('planId', () => ID) planId: string, @Arg('version', () => Int) version: number) {
    return this.workflow.submit(ctx, planId, version);
  }

  @Allow.user()
  @Mutation(() => ActionPlan, {
    description:
      'Moves a plan through its review: SUBMITTED → IN_REVIEW, IN_REVIEW → REVISION_REQUESTED (with a reason) or FINAL (refused while the SMART check fails) by reviewers and editors; → SUBMITTED as submitActionPlan. AWARDED comes with an award of the fund',
  })
  changeActionPlanStatus(
    @Ctx() ctx: RequestContext,
    @Arg('planId', () => ID) planId: string,
    @Arg('toStatus', () => PlanStatus) toStatus: PlanStatus,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ) {
    return this.workflow.changeStatus(ctx, planId, toStatus, version, reason);
  }
}
