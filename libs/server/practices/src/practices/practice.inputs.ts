import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsCountryCode, LocalizedTextInput, PageArgs, SortDirection } from '@lr/server-core';
import { PracticeLevel, PracticeStatus } from './practice-status';

@InputType()
export class CreatePracticeInput {
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field() @IsCountryCode() countryCode: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) locality?: string;
  @Field(() => PracticeLevel) @IsEnum(PracticeLevel) level: PracticeLevel;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ArrayUnique({ message: 'lists an organisation twice' }) @IsUUID('all', { each: true }) leadingOrganisationIds?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() summary?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() keySuccessFactors?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() lessonsLearned?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() innovations?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() evidence?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ArrayUnique({ message: 'lists an area twice' }) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
}

/** Fields left out stay as they are. The status moves only through changePracticeStatus. */
@InputType()
export class UpdatePracticeInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) locality?: string | null;
  @Field(() => PracticeLevel, { nullable: true }) @IsOptional() @IsEnum(PracticeLevel) level?: PracticeLevel;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ArrayUnique({ message: 'lists an organisation twice' }) @IsUUID('all', { each: true }) leadingOrganisationIds?: string[];
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() summary?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() keySuccessFactors?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() lessonsLearned?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() innovations?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() evidence?: LocalizedTextInput;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ArrayUnique({ message: 'lists an area twice' }) @IsUUID('all', { each: true }) thematicAreaIds?: string[];
}

export enum PracticeSortField {
  TITLE = 'title',
  STATUS = 'status',
  COUNTRY = 'country',
  CREATED_AT = 'created_at',
  UPDATED_AT = 'updated_at',
  /** The practice's score; practices without one (or whose score the caller may not see) come last. */
  SCORE = 'score',
}
registerEnumType(PracticeSortField, {
  name: 'PracticeSortField',
  valuesConfig: { SCORE: { description: 'The practice’s score; unscored ones (and scores hidden from the caller) last' } },
});

@InputType()
export class PracticeSort {
  @Field(() => PracticeSortField) @IsEnum(PracticeSortField) field: PracticeSortField;
  @Field(() => SortDirection, { defaultValue: SortDirection.ASC }) @IsEnum(SortDirection) direction: SortDirection;
}

@InputType()
export class PracticeFilter {
  @Field({ nullable: true, description: 'Matches title, summary or lessons learned in any language' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
  @Field({ nullable: true }) @IsOptional() @IsCountryCode() countryCode?: string;
  @Field(() => [PracticeStatus], { nullable: true }) @IsOptional() @IsEnum(PracticeStatus, { each: true }) statuses?: PracticeStatus[];
  @Field(() => PracticeLevel, { nullable: true }) @IsOptional() @IsEnum(PracticeLevel) level?: PracticeLevel;
  @Field({ nullable: true }) @IsOptional() @IsUUID() thematicAreaId?: string;
  @Field({ nullable: true, description: 'Practices attached to this route as cases' }) @IsOptional() @IsUUID() routeId?: string;
}

@ArgsType()
export class PracticesArgs extends PageArgs {
  @Field(() => PracticeFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: PracticeFilter;
  @Field(() => PracticeSort, { nullable: true, description: 'Default: title, A to Z' }) @IsOptional() @ValidateNested() sort?: PracticeSort;
}
