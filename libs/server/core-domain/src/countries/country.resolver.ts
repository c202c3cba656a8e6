import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { Allow, ConnectionType, PageArgs, loadMany, localizedFieldsResolver, paginate, type RequestContext } from '@lr/server-core';
import { localizedSearch, likeTerm } from '../common/references';
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
    const q = ctx.repo(Country).createQueryBuilder('c').orderBy("c.name->>'en'", 'ASC').addOrderBy('c.code', 'ASC');
    const search = args.filter?.search?.trim();
    if (search) q.where(`(c.code = :code OR ${localizedSearch('c', ['name'])})`, { code: search.toUpperCase(), term: likeTerm(search) });
    return paginate(q, args);
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
