import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '@lr/server-core';

const RATING_MESSAGE = 'must be a whole number from 1 to 5';

@InputType({ description: "A participant's rating of a champion's sessions; one per author, champion and route" })
export class AddChampionFeedbackInput {
  @Field(() => ID) @IsUUID() championId: string;
  @Field(() => ID) @IsUUID() routeId: string;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @IsInt({ message: RATING_MESSAGE }) @Min(1, { message: RATING_MESSAGE }) @Max(5, { message: RATING_MESSAGE }) rating: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) comment?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) sessionLabel?: string;
}

@ArgsType()
export class ChampionFeedbackArgs extends PageArgs {
  @Field(() => ID) @IsUUID() championId: string;
  @Field(() => ID, { nullable: true, description: 'Only feedback from this route' }) @IsOptional() @IsUUID() routeId?: string;
}
