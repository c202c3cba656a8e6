import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  Cost,
  isPartner,
  joinedOr,
  loadMany,
  localizedFieldsResolver,
  LookAhead,
  NotForPartners,
  Reads,
  stateHistory,
  ToOne,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { LearningRoute, loadRoute } from '@lr/server-core-domain';
import { Delegation, delegationOf } from '@lr/server-delegations';
import { loadPractice, Practice, publishedPracticeIds } from '@lr/server-practices';
import { editRefusal } from '../common/plan-access';
import { smartCheck } from '../smart/smart-check';
import { SmartCheck } from '../smart/smart-check.types';
import { ActionPlan } from './action-plan.entity';
import { loadPlanItems } from './plan-items';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';
import { PlanStatus } from './plan-status';
import { PlanStatusChange, planStatusMachine } from './plan-status-machine';
import { PlanWorkflowService } from './plan-workflow.service';

export const ActionPlanTextResolver = localizedFieldsResolver(ActionPlan, [
  { name: 'title' },
  { name: 'innovations', nullable: true, description: 'The innovations it adapts, in words; in the caller’s language, falling back to English, then to any version' },
  { name: 'context', nullable: true },
  { name: 'expectedResults', nullable: true },
]);

/** The practices among `ids` the caller may see, in the plan's order: partners only published ones. */
export async function visiblePractices(ctx: RequestContext, ids: readonly string[]): Promise<Practice[]> {
  const published = isPartner(ctx.principal) ? new Set(await publishedPracticeIds(ctx)) : null;
  const practices = await Promise.all(ids.filter((id) => !published || published.has(id)).map((id) => loadPractice(ctx, id)));
  return practices.filter((p): p is Practice => p !== null);
}

/** Nested reads go through per-request DataLoaders: a page of plans costs a fixed number of statements. */
@Resolver(() => ActionPlan)
export class PlanFieldsResolver {
  constructor(private readonly workflow: PlanWorkflowService) {}

  @ToOne('route')
  @FieldResolver(() => LearningRoute, { nullable: true })
  route(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return joinedOr(plan.route, () => loadRoute(ctx, plan.routeId));
  }

  @Reads('delegationId')
  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation whose plan it is' })
  delegation(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return delegationOf(ctx, plan.delegationId);
  }

  @Cost({ assumedSize: 3 })
  @Reads('practiceIds')
  @FieldResolver(() => [Practice], { description: 'The practices it adapts (partners: the published ones)' })
  practices(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return visiblePractices(ctx, plan.practiceIds);
  }

  @Cost({ assumedSize: 4 })
  @Reads()
  @FieldResolver(() => [PlanObjective], { description: 'In order' })
  objectives(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, PlanObjective, plan.id, 'planId', { order: { position: 'ASC' }, selection });
  }

  @Cost({ assumedSize: 8 })
  @Reads()
  @FieldResolver(() => [PlanActivity], { description: 'In order' })
  activities(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, PlanActivity, plan.id, 'planId', { order: { position: 'ASC' }, selection });
  }

  @Reads('language')
  @FieldResolver(() => SmartCheck, { description: 'What the plan lacks to be SMART (it cannot become FINAL before it passes)' })
  async smartCheck(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    const { objectives, activities } = await loadPlanItems(ctx, plan.id);
    return smartCheck(plan, objectives, activities);
  }

  @Reads('status', 'routeId', 'delegationId')
  @FieldResolver(() => [PlanStatus], { description: 'Statuses the caller may move the plan to (the SMART check aside): the portal’s buttons' })
  allowedNextStatuses(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return this.workflow.allowedNextStatuses(ctx, plan);
  }

  @Reads('status', 'routeId', 'delegationId')
  @FieldResolver(() => Boolean, { description: 'May the caller change its texts, objectives and activities now?' })
  async mayEdit(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return (await editRefusal(ctx, plan)) === null;
  }

  @NotForPartners()
  @Cost({ assumedSize: 6 })
  @Reads()
  @FieldResolver(() => [PlanStatusChange], { nullable: true, description: 'Every move through the review, oldest first, with reasons; null for partners' })
  statusHistory(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan) {
    return stateHistory(ctx, planStatusMachine, plan.id);
  }
}
