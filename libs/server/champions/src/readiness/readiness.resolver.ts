import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, type RequestContext } from '@lr/server-core';
import { ReadinessService } from './readiness.service';
import { ChampionReadiness } from './readiness.types';

@Resolver()
export class ReadinessResolver {
  constructor(private readonly service: ReadinessService) {}

  // Training status is internal preparation: signed-in users only, not partners' keys.
  @Allow.user()
  @Query(() => ChampionReadiness, { description: "For the practices attached to the route as cases: their champions and who still needs training" })
  championReadiness(@Ctx() ctx: RequestContext, @Arg('routeId', () => ID) routeId: string) {
    return this.service.forRoute(ctx, routeId);
  }
}
