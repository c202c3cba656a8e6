import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, loadMany, loadOne, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { Delegation } from '@lr/server-delegations';
import { mayReadPlan } from '../common/plan-access';
import { ActionPlan } from './action-plan.entity';

/** The action-plans module owns plans, so these fields of LearningRoute and Delegation live here. */
@Resolver(() => LearningRoute)
export class RoutePlansResolver {
  @Cost({ assumedSize: 8 })
  @Reads()
  @FieldResolver(() => [ActionPlan], {
    description: 'Its delegations’ action plans, oldest first. Participants read them on their own routes; partners the FINAL and AWARDED ones',
  })
  async actionPlans(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    const plans = await loadMany(ctx, ActionPlan, route.id, 'routeId', { order: { createdAt: 'ASC' }, selection, reads: ['status'] });
    const visible = await Promise.all(plans.map((p) => mayReadPlan(ctx, p)));
    return plans.filter((_, i) => visible[i]);
  }
}

@Resolver(() => Delegation)
export class DelegationPlanResolver {
  @Reads()
  @FieldResolver(() => ActionPlan, { nullable: true, description: 'Its take-home action plan, if it has one the caller may read' })
  async actionPlan(@Ctx() ctx: RequestContext, @Root() delegation: Delegation) {
    // A whole row: whether the caller may read it depends on its route and status.
    const plan = await loadOne(ctx, ActionPlan, delegation.id, { by: 'delegationId' });
    return plan && (await mayReadPlan(ctx, plan)) ? plan : null;
  }
}
