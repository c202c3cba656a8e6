import { Arg, Args, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConnectionType, Cost, PageArgs, paginateList, type RequestContext } from '@lr/server-core';
import { Practice } from '../practices/practice.entity';
import { PracticeRankingService } from './practice-ranking.service';

@ObjectType({ description: 'A candidate practice and its place by assessment score' })
export class RankedPractice {
  @Field(() => Int) rank: number;
  @Field(() => Practice) practice: Practice;
  @Field(() => Float, { nullable: true, description: '0-5; null when unscored or hidden from the caller' }) score: number | null;
  @Field(() => Int, { nullable: true }) completeAssessments: number | null;
}

@ObjectType()
export class RankedPracticeConnection extends ConnectionType(RankedPractice) {}

@Resolver()
export class PracticeRankingResolver {
  constructor(private readonly service: PracticeRankingService) {}

  @Allow.read()
  // Scores every candidate of the route or programme in memory, whatever the page size.
  @Cost({ base: 50 })
  @Query(() => RankedPracticeConnection, {
    description:
      'Candidates of a route (practices of its host country and its attached cases, rejected ones left out) or of all routes of a programme, best assessment score first. Give routeId or programmeId.',
  })
  async practiceRanking(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('routeId', () => ID, { nullable: true }) routeId?: string,
    @Arg('programmeId', () => ID, { nullable: true }) programmeId?: string,
  ) {
    const ranked = await this.service.rank(ctx, routeId, programmeId);
    return paginateList(ranked, page, { name: 'ranking', key: (r) => r.rank, id: (r) => r.practice.id });
  }
}
