import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';

const NOT_BLANK = /\S/;

@InputType()
export class CreateCommunityOfPracticeInput {
  @Field({ description: 'Unique' }) @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true, description: 'The routes it grew from' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) routeIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) memberCount?: number;
  @Field({ nullable: true, description: 'An http(s) link' }) @IsOptional() @IsString() @MaxLength(2000) url?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() startedOn?: string;
}

/** Fields left out stay as they are; null clears an optional one. */
@InputType()
export class UpdateCommunityOfPracticeInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(NOT_BLANK, { message: 'must not be blank' }) @MaxLength(200) name?: string;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true, description: 'Replaces the list' }) @IsOptional() @ArrayMaxSize(50) @IsUUID('all', { each: true }) routeIds?: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) memberCount?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() startedOn?: string | null;
}

@InputType()
export class CommunityOfPracticeFilter {
  @Field(() => ID, { nullable: true, description: 'Communities that grew from this route' }) @IsOptional() @IsUUID() routeId?: string;
  @Field({ nullable: true, description: 'Matches the name or description, anywhere, ignoring case and accents' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class CommunitiesOfPracticeArgs extends PageArgs {
  @Field(() => CommunityOfPracticeFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: CommunityOfPracticeFilter;
}
