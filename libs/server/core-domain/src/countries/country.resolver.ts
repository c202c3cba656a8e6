import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Allow, ConnectionType, PageArgs, hasSearch, loadMany, localizedFieldsResolver, paginate, searchTerm, textMatches, type RequestContext } from '@lr/server-core';
import { LearningNeed } from '../learning-needs/learning-need.entity';
import { Country } from './country.entity';

@InputType()
export class CountryFilter {
  @Field({ nullable: true, description: 'Matches the code or the name in any language' })
  @IsOptional() @IsString() @MaxLength(100) search?: string;
}

@ArgsType()
export class CountriesArgs extends PageArgs {
  @Field(() => CountryFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: CountryFilter;
}

@ObjectType()
export class CountryConnection extends ConnectionType(Country) {}

export const CountryTextResolver = localizedFieldsResolver(Country, [{ name: 'name' }]);

@Resolver(() => Country)
export class CountryResolver {
  @Allow.read()
  @Query(() => CountryConnection, { description: 'ISO 3166-1 countries, by English name' })
  countries(@Ctx() ctx: RequestContext, @Args() args: CountriesArgs) {
    const q = ctx.repo(Country).createQueryBuilder('c');
    const search = args.filter?.search;
    if (hasSearch(search)) q.where(`(c.code = :code OR ${textMatches('c', { localized: ['name'] })})`, { code: search.trim().toUpperCase(), term: searchTerm(search) });
    return paginate(q, args, { expression: "lower(c.name->>'en')", direction: 'ASC' });
  }

  @Allow.read()
  @Query(() => Country, { nullable: true })
  country(@Ctx() ctx: RequestContext, @Arg('code', () => ID) code: string) {
    return ctx.repo(Country).findOneBy({ code: code.toUpperCase() });
  }

  @FieldResolver(() => [LearningNeed], { description: 'Ranked learning needs, most wanted first' })
  learningNeeds(@Ctx() ctx: RequestContext, @Root() country: Country) {
    return loadMany(ctx, LearningNeed, country.code, 'countryCode', { rank: 'ASC' });
  }
}
