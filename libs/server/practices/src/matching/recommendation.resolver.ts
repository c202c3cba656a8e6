import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow, loadOne, type RequestContext } from '@lr/server-core';
import { Country, ThematicArea } from '@lr/server-core-domain';
import { MatchReason, PracticeRecommendation, RecommendPracticesArgs } from './recommendation.types';
import { RecommendationService } from './recommendation.service';

@Resolver(() => PracticeRecommendation)
export class RecommendationResolver {
  private readonly service = new RecommendationService();

  @Allow.read()
  @Query(() => [PracticeRecommendation], {
    description:
      'Practices of the route’s host country (SELECTED, SYSTEMATIZED or PUBLISHED) ranked for its visiting countries by learning-need fit and assessment score, each with the needs it meets.',
  })
  recommendPractices(@Ctx() ctx: RequestContext, @Args() args: RecommendPracticesArgs) {
    return this.service.recommend(ctx, args);
  }
}

@Resolver(() => MatchReason)
export class MatchReasonResolver {
  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() reason: MatchReason) {
    return loadOne(ctx, Country, reason.countryCode, 'code');
  }

  @FieldResolver(() => ThematicArea, { nullable: true })
  thematicArea(@Ctx() ctx: RequestContext, @Root() reason: MatchReason) {
    return loadOne(ctx, ThematicArea, reason.thematicAreaId);
  }
}
