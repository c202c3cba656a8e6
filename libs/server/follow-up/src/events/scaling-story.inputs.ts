import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsCountryCode, IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';

@InputType()
export class CreateScalingStoryInput {
  @Field(() => ID, { description: 'The practice adapted' }) @IsUUID() practiceId: string;
  @Field(() => ID, { nullable: true, description: 'The route the adopters learned it on' }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true, description: 'The organisation that adapted it' }) @IsOptional() @IsUUID() adaptedByOrganisationId?: string;
  @Field({ description: 'Where it was adapted' }) @IsCountryCode() countryCode: string;
  @Field({ nullable: true, description: 'e.g. "Northern Province, Kasama district"' }) @IsOptional() @IsString() @MaxLength(200) locality?: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { description: 'What came of it' }) @ValidateNested() @HasAnyLanguage() result: LocalizedTextInput;
  @Field({ nullable: true, description: 'An http(s) link to the evidence' }) @IsOptional() @IsString() @MaxLength(2000) evidenceUrl?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsLocalDate() documentedOn?: string;
}

/** Fields left out stay as they are; null clears an optional one. */
@InputType()
export class UpdateScalingStoryInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() practiceId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() adaptedByOrganisationId?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) locality?: string | null;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() result?: LocalizedTextInput;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) evidenceUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLocalDate() documentedOn?: string | null;
}

@InputType()
export class ScalingStoryFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() practiceId?: string;
  @Field({ nullable: true, description: 'Where the practice was adapted' }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true, description: 'Matches the title, result or locality, anywhere, ignoring case and accents' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ScalingStoriesArgs extends PageArgs {
  @Field(() => ScalingStoryFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ScalingStoryFilter;
}
