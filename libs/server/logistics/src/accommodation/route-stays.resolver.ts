import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, isPartner, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { Stay } from './stay.entity';
import { visibleStays } from './stay-scope';

/** The accommodation area owns where a route's people sleep, so this field of LearningRoute lives here. */
@Resolver(() => LearningRoute)
export class RouteStaysResolver {
  @Cost({ assumedSize: 40 })
  @Reads()
  @FieldResolver(() => [Stay], { nullable: true, description: 'Who sleeps where, by check-in. Participants see their own stays; null for partners' })
  async stays(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    if (isPartner(ctx.principal)) return null;
    const stays = await loadMany(ctx, Stay, route.id, 'routeId', { order: { checkIn: 'ASC' }, selection, reads: ['personId'] });
    return visibleStays(ctx, stays);
  }
}
