import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsCountryCode, IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';

const LANGUAGE_CODE = /^[a-z]{2}$/;
const LANGUAGE_MESSAGE = 'each language must be an ISO 639-1 code such as fr';

@InputType()
export class CreateChampionInput {
  @Field(() => ID, { description: 'The core person who is the champion' }) @IsUUID() personId: string;
  @Field(() => [ID], { nullable: true, description: 'Thematic areas of expertise' })
  @IsOptional() @ArrayMaxSize(30) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Free-text expertise' })
  @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(80, { each: true }) expertiseTags?: string[];
  @Field(() => [String], { nullable: true, description: "ISO 639-1 codes; defaults to the person's languages" })
  @IsOptional() @ArrayMaxSize(20) @Matches(LANGUAGE_CODE, { each: true, message: LANGUAGE_MESSAGE }) languages?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() bio?: LocalizedTextInput;
  @Field({ nullable: true, description: "Recorded on the person (their contactConsent), dated today when it changes" }) @IsOptional() @IsBoolean() consentToContact?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() consentToPhotograph?: boolean;
  @Field({ nullable: true, description: 'YYYY-MM-DD; defaults to today when consentToPhotograph is sent' }) @IsOptional() @IsLocalDate() consentToPhotographDate?: string;
}

@InputType()
export class UpdateChampionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(80, { each: true }) expertiseTags?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @Matches(LANGUAGE_CODE, { each: true, message: LANGUAGE_MESSAGE }) languages?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() bio?: LocalizedTextInput;
  @Field({ nullable: true, description: "Recorded on the person (their contactConsent), dated today when it changes" }) @IsOptional() @IsBoolean() consentToContact?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() consentToPhotograph?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() consentToPhotographDate?: string;
}

@InputType()
export class ChampionFilter {
  @Field({ nullable: true, description: "Matches the person's name or the bio in any language" }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true, description: "The person's country" }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field({ nullable: true, description: 'Linked to this practice' }) @IsOptional() @IsUUID() practiceId?: string;
  @Field({ nullable: true, description: 'Teaches in this ISO 639-1 language' }) @IsOptional() @Matches(LANGUAGE_CODE, { message: 'must be an ISO 639-1 code such as fr' }) language?: string;
  @Field({ nullable: true, description: 'Has expertise in this thematic area' }) @IsOptional() @IsUUID() thematicAreaId?: string;
  @Field({ nullable: true, description: 'true: has completed at least one training; false: has not' }) @IsOptional() @IsBoolean() trained?: boolean;
}

@ArgsType()
export class ChampionsArgs extends PageArgs {
  @Field(() => ChampionFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: ChampionFilter;
}
