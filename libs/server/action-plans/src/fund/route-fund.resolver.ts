import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Reads, type RequestContext } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { ActionFund } from './action-fund.entity';
import { mayReadRoute } from './fund-access';
import { fundOf } from './fund.service';

/** The fund belongs to action plans, so this field of LearningRoute lives here. */
@Resolver(() => LearningRoute)
export class RouteFundResolver {
  @Reads()
  @FieldResolver(() => ActionFund, { nullable: true, description: "The route's action fund and its vote; null for participants of other routes" })
  async actionFund(@Ctx() ctx: RequestContext, @Root() route: LearningRoute) {
    return (await mayReadRoute(ctx, route.id)) ? fundOf(ctx, route.id) : null;
  }
}
