import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, paginateList, type RequestContext } from '@lr/server-core';
import { Country, ThematicArea, loadCountry, loadThematicArea } from '@lr/server-core-domain';
import { MatchReason, PracticeRecommendation, RecommendPracticesArgs } from './recommendation.types';
import { RecommendationService } from './recommendation.service';

@ObjectType()
export class PracticeRecommendationConnection extends ConnectionType(PracticeRecommendation) {}

@Resolver(() => PracticeRecommendation)
export class RecommendationResolver {
  constructor(private readonly service: RecommendationService) {}

  @Allow.read()
  // Ranks every candidate of the host country in memory, whatever the page size.
  @Cost({ base: 50 })
  @Query(() => PracticeRecommendationConnection, {
    description:
      'Practices of the route’s host country (SELECTED, SYSTEMATIZED or PUBLISHED) ranked for its visiting countries by learning-need fit and assessment score, each with the needs it meets.',
  })
  async recommendPractices(@Ctx() ctx: RequestContext, @Args() args: RecommendPracticesArgs) {
    const recommended = await this.service.recommend(ctx, args);
    // Best fit first: the position in the ranking is the sort key.
    const position = new Map(recommended.map((r, i) => [r, i]));
    return paginateList(recommended, args, { name: 'recommendations', key: (r) => position.get(r) ?? 0, id: (r) => r.practice.id });
  }
}

@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() reason: MatchReason) {
    return loadCountry(ctx, reason.countryCode);
  }

  @FieldResolver(() => ThematicArea, { nullable: true })
  thematicArea(@Ctx() ctx: RequestContext, @Root() reason: MatchReason) {
    return loadThematicArea(ctx, reason.thematicAreaId);
  }
}
