import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, type RequestContext, Cost } from '@lr/server-core';
import { loadCountry, loadThematicArea } from '../common/core-reads';
import { Country } from '../countries/country.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';
import { LearningNeed } from './learning-need.entity';
import { LearningNeedsArgs, SetLearningNeedsInput } from './learning-need.inputs';
import { LearningNeedService } from './learning-need.service';

@ObjectType()
export class LearningNeedConnection extends ConnectionType(LearningNeed) {}

@Resolver(() => LearningNeed)
export class LearningNeedResolver {
  constructor(private readonly service: LearningNeedService) {}

  @Allow.read()
  @Query(() => LearningNeedConnection, { description: 'By country, then rank' })
  learningNeeds(@Ctx() ctx: RequestContext, @Args() args: LearningNeedsArgs) {
    return this.service.list(ctx, args);
  }

  @Allow.edit('core')
  @Cost({ assumedSize: 20 })
  @Mutation(() => [LearningNeed], { description: "Replaces a country's ranked learning needs in one transaction" })
  setCountryLearningNeeds(@Ctx() ctx: RequestContext, @Arg('input') input: SetLearningNeedsInput) {
    return this.service.replaceForCountry(ctx, input);
  }

  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() need: LearningNeed) {
    return loadCountry(ctx, need.countryCode);
  }

  @FieldResolver(() => ThematicArea)
  thematicArea(@Ctx() ctx: RequestContext, @Root() need: LearningNeed) {
    return loadThematicArea(ctx, need.thematicAreaId);
  }
}
