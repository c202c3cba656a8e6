import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, LookAhead, ToOne, type RequestContext, type Selection } from '@lr/server-core';
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
  learningNeeds(@Ctx() ctx: RequestContext, @Args() args: LearningNeedsArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.edit('core')
  @Cost({ assumedSize: 20 })
  @Mutation(() => [LearningNeed], { description: "Replaces a country's ranked learning needs in one transaction" })
  setCountryLearningNeeds(@Ctx() ctx: RequestContext, @Arg('input') input: SetLearningNeedsInput) {
    return this.service.replaceForCountry(ctx, input);
  }

  @ToOne('country')
  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() need: LearningNeed) {
    return joinedOr(need.country, () => loadCountry(ctx, need.countryCode));
  }

  @ToOne('thematicArea')
  @FieldResolver(() => ThematicArea)
  thematicArea(@Ctx() ctx: RequestContext, @Root() need: LearningNeed) {
    return joinedOr(need.thematicArea, () => loadThematicArea(ctx, need.thematicAreaId));
  }
}
