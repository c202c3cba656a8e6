import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Cost, loadMany, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningRoute } from '@lr/server-core-domain';
import { Traveller } from './traveller.entity';
import { travellerVisibility } from './traveller-scope';

/** The logistics module owns the route's travel, so this field of LearningRoute lives here. */
@Resolver(() => LearningRoute)
export class RouteTravellersResolver {
  @Cost({ assumedSize: 25 })
  @Reads()
  @FieldResolver(() => [Traveller], {
    nullable: true,
    description: "The route's travellers, in the order their records were made; a participant sees their own only; null for partners (travel is internal)",
  })
  async travellers(@Ctx() ctx: RequestContext, @Root() route: LearningRoute, @LookAhead() selection: Selection) {
    const visibility = travellerVisibility(ctx);
    if (visibility.kind === 'none') return ctx.principal.kind === 'user' ? [] : null;
    const all = await loadMany(ctx, Traveller, route.id, 'routeId', { order: { createdAt: 'ASC' }, selection, reads: ['personId'] });
    return visibility.kind === 'own' ? all.filter((t) => t.personId === visibility.personId) : all;
  }
}
