import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { Award } from './award.entity';

/** What a plan received from its route's fund, a field of ActionPlan that the fund area answers. */
@Resolver(() => ActionPlan)
export class PlanAwardsResolver {
  @Cost({ assumedSize: 3 })
  @Reads()
  @FieldResolver(() => [Award], { description: "Awards from the route's action fund, oldest first" })
  awards(@Ctx() ctx: RequestContext, @Root() plan: ActionPlan, @LookAhead() selection: Selection) {
    return loadMany(ctx, Award, plan.id, 'planId', { order: { createdAt: 'ASC', id: 'ASC' }, selection });
  }
}
