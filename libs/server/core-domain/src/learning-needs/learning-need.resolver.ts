import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Allow, ConnectionType, IsCountryCode, PageArgs, ReferenceCheck, lockRow, paginate, type RequestContext } from '@lr/server-core';
import { loadCountry, loadThematicArea } from '../common/core-reads';
import { CountryRef, ThematicAreaRef } from '../common/reference-targets';
import { Country } from '../countries/country.entity';
import { ThematicArea } from '../thematic-areas/thematic-area.entity';
import { LearningNeed } from './learning-need.entity';

@InputType()
export class LearningNeedFilter {
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsUUID() thematicAreaId?: string;
}

@ArgsType()
export class LearningNeedsArgs extends PageArgs {
  @Field(() => LearningNeedFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: LearningNeedFilter;
}

@InputType({ description: "A country's whole ranking, most wanted area first; replaces the previous one" })
export class SetLearningNeedsInput {
  @Field() @IsCountryCode() countryCode: string;
  @Field(() => [ID]) @ArrayMaxSize(50) @ArrayUnique({ message: 'lists an area twice' }) @IsUUID('all', { each: true }) thematicAreaIds: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) source?: string;
}

@ObjectType()
export class LearningNeedConnection extends ConnectionType(LearningNeed) {}

@Resolver(() => LearningNeed)
export class LearningNeedResolver {
  @Allow.read()
  @Query(() => LearningNeedConnection, { description: 'By country, then rank' })
  learningNeeds(@Ctx() ctx: RequestContext, @Args() args: LearningNeedsArgs) {
    const q = ctx.repo(LearningNeed).createQueryBuilder('n');
    if (args.filter?.countryCode) q.andWhere('n.country_code = :c', { c: args.filter.countryCode });
    if (args.filter?.thematicAreaId) q.andWhere('n.thematic_area_id = :t', { t: args.filter.thematicAreaId });
    return paginate(q, args, { expression: "n.country_code || lpad(n.rank::text, 5, '0')", direction: 'ASC' });
  }

  @Allow.edit('core')
  @Mutation(() => [LearningNeed], { description: "Replaces a country's ranked learning needs in one transaction" })
  async setCountryLearningNeeds(@Ctx() ctx: RequestContext, @Arg('input') input: SetLearningNeedsInput) {
    const check = new ReferenceCheck(ctx);
    await check.one(CountryRef, input.countryCode, 'input.countryCode');
    await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
    check.assertValid();
    // One replacement per country at a time: a concurrent one waits, then replaces this one.
    await lockRow(ctx, Country, input.countryCode);
    const repo = ctx.repo(LearningNeed);
    await repo.remove(await repo.findBy({ countryCode: input.countryCode }));
    return repo.save(
      input.thematicAreaIds.map((thematicAreaId, i) =>
        repo.create({ countryCode: input.countryCode, thematicAreaId, rank: i + 1, source: input.source?.trim() || null }),
      ),
    );
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
