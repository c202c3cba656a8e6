import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, loadMany, localizedFieldsResolver, LookAhead, Reads, type RequestContext, type Selection } from '@lr/server-core';
import { LearningNeed } from '../learning-needs/learning-need.entity';
import { Country } from './country.entity';
import { CountriesArgs } from './country.inputs';
import { CountryService } from './country.service';

@ObjectType()
export class CountryConnection extends ConnectionType(Country) {}

export const CountryTextResolver = localizedFieldsResolver(Country, [{ name: 'name' }]);

@Resolver(() => Country)
export class CountryResolver {
  constructor(private readonly service: CountryService) {}

  @Allow.read()
  @Query(() => CountryConnection, { description: 'ISO 3166-1 countries, by English name' })
  countries(@Ctx() ctx: RequestContext, @Args() args: CountriesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Arg('code', () => ID) code: string) {
    return this.service.get(ctx, code);
  }

  @Cost({ assumedSize: 20 })
  @Reads()
  @FieldResolver(() => [LearningNeed], { description: 'Ranked learning needs, most wanted first' })
  learningNeeds(@Ctx() ctx: RequestContext, @Root() country: Country, @LookAhead() selection: Selection) {
    return loadMany(ctx, LearningNeed, country.code, 'countryCode', { order: { rank: 'ASC' }, selection });
  }
}
