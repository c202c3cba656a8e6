import { ArgsType, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { IsCountryCode, PageArgs, Cost } from '@lr/server-core';
import { Practice } from '../practices/practice.entity';

@ArgsType()
export class RecommendPracticesArgs extends PageArgs {
  @Field(() => ID) @IsUUID() routeId: string;

  @Field(() => [String], {
    nullable: true,
    description: "Countries whose learning needs count; by default the countries of the route's delegations",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsCountryCode({ each: true })
  visitingCountryCodes?: string[];

}

@ObjectType({ description: 'A learning need of a visiting country that the practice meets' })
export class MatchReason {
  @Field() countryCode: string;
  @Field(() => ID) thematicAreaId: string;
  @Field(() => Int, { description: 'The need’s rank for that country (1 = most wanted)' }) rank: number;
}

@ObjectType()
export class PracticeRecommendation {
  @Field(() => Practice) practice: Practice;
  @Field(() => Float, { description: '0-1: 0.7 × fit + 0.3 × assessment score / 5' }) score: number;
  @Field(() => Float, { description: '0-1: share of the visitors’ ranked needs met, each weighted 1/rank, averaged over visiting countries' }) fit: number;
  @Field(() => Float, { nullable: true, description: '0-5; null when unassessed or hidden from the caller' }) assessmentScore: number | null;
  @Cost({ assumedSize: 10 })
  @Field(() => [MatchReason]) reasons: MatchReason[];
}
