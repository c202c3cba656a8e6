import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, type RequestContext } from '@lr/server-core';
import { RouteLogistics } from './route-logistics.entity';
import { UpdateRouteLogisticsInput } from './route-logistics.inputs';
import { RouteLogisticsService } from './route-logistics.service';

@Resolver(() => RouteLogistics)
export class RouteLogisticsResolver {
  constructor(private readonly service: RouteLogisticsService) {}

  @Allow.read()
  @Query(() => RouteLogistics, { description: "A route's logistics settings (the host country's time zone until set)" })
  routeLogistics(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.settings(ctx, routeId);
  }

  @Allow.edit('logistics')
  @Mutation(() => RouteLogistics)
  updateRouteLogistics(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateRouteLogisticsInput) {
    return this.service.update(ctx, input);
  }
}
