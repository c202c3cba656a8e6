import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, type RequestContext } from '@lr/server-core';
import { Practice } from '../practices/practice.entity';
import { PracticeRankingService } from './practice-ranking.service';

@ObjectType({ description: 'A candidate practice and its place by assessment score' })
export class RankedPractice {
  @Field(() => Int) rank: number;
  @Field(() => Practice) practice: Practice;
  @Field(() => Float, { nullable: true, description: '0-5; null when unscored or hidden from the caller' }) score: number | null;
  @Field(() => Int, { nullable: true }) completeAssessments: number | null;
}

@Resolver()
export class PracticeRankingResolver {
  private readonly service = new PracticeRankingService();

  @Allow.read()
  @Query(() => [RankedPractice], {
    description:
      'Candidates of a route (practices of its host country and its attached cases, rejected ones left out) or of all routes of a programme, best assessment score first. Give routeId or programmeId.',
  })
  practiceRanking(
    @Ctx() ctx: RequestContext,
    @Arg('routeId', () => ID, { nullable: true }) routeId?: string,
    @Arg('programmeId', () => ID, { nullable: true }) programmeId?: string,
  ) {
    return this.service.rank(ctx, routeId, programmeId);
  }
}
