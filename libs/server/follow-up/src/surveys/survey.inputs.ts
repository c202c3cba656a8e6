import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { HasAnyLanguage, IsLocalDate, LocalizedTextInput, PageArgs } from '@lr/server-core';
import { QuestionType, SurveyKind, SurveyStatus } from './survey-enums';

@InputType()
export class CreateSurveyInput {
  @Field(() => ID, { nullable: true, description: "The programme surveyed; the route's programme when routeId is given" })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
  @Field(() => ID, { nullable: true, description: "The route whose participants are surveyed; give it or programmeId" }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => SurveyKind, { nullable: true, defaultValue: SurveyKind.CUSTOM, description: 'A route has at most one SIX_MONTH survey' })
  @IsOptional()
  @IsEnum(SurveyKind)
  kind?: SurveyKind;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() title: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() introduction?: LocalizedTextInput;
  @Field({ nullable: true, defaultValue: false, description: 'No answer is ever linked to a person, not for admins, not in exports' }) @IsOptional() @IsBoolean() anonymous?: boolean;
  @Field({ description: 'YYYY-MM-DD: invitations go out that day' }) @IsLocalDate() opensOn: string;
  @Field({ description: 'YYYY-MM-DD: the last day answers are taken; after opensOn' }) @IsLocalDate() closesOn: string;
  @Field(() => [Int], { nullable: true, description: 'Days after opening on which those who have not answered are reminded (default 7 and 14)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(365, { each: true })
  reminderDays?: number[];
}

@InputType()
export class UpdateSurveyInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() title?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() introduction?: LocalizedTextInput;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() anonymous?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() opensOn?: string;
  @Field({ nullable: true }) @IsOptional() @IsLocalDate() closesOn?: string;
  @Field(() => [Int], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @IsInt({ each: true }) @Min(1, { each: true }) @Max(365, { each: true }) reminderDays?: number[];
}

@InputType({ description: 'One choice of a question' })
export class QuestionOptionInput {
  @Field({ description: 'Stable value answers store: 1-50 letters, digits, dashes or underscores, unique in the question' }) @IsString() @MaxLength(50) value: string;
  @Field(() => LocalizedTextInput) @ValidateNested() label: LocalizedTextInput;
}

@InputType()
export class AddSurveyQuestionInput {
  @Field(() => ID) @IsUUID() surveyId: string;
  @Field(() => QuestionType) @IsEnum(QuestionType) type: QuestionType;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() text: LocalizedTextInput;
  @Field(() => [QuestionOptionInput], { nullable: true, description: 'For choice questions: at least two, values unique' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
 
  options?: QuestionOptionInput[];
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() required?: boolean;
}

@InputType()
export class UpdateSurveyQuestionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' }) @IsInt() version: number;
  @Field(() => QuestionType, { nullable: true }) @IsOptional() @IsEnum(QuestionType) type?: QuestionType;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() text?: LocalizedTextInput;
  @Field(() => [QuestionOptionInput], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) options?: QuestionOptionInput[];
  @Field({ nullable: true }) @IsOptional() @IsBoolean() required?: boolean;
}

@InputType({ description: 'One answer: a score for LIKERT, chosen option values for choice questions, a text for FREE_TEXT' })
export class SurveyAnswerInput {
  @Field(() => ID) @IsUUID() questionId: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() score?: number;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @IsString({ each: true }) @MaxLength(50, { each: true }) choices?: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) text?: string;
}

@InputType()
export class SurveyFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() routeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => SurveyStatus, { nullable: true }) @IsOptional() @IsEnum(SurveyStatus) status?: SurveyStatus;
  @Field(() => SurveyKind, { nullable: true }) @IsOptional() @IsEnum(SurveyKind) kind?: SurveyKind;
  @Field({ nullable: true, description: 'Matches the title in any language, anywhere, ignoring case and accents' }) @IsOptional() @IsString() @MaxLength(200) search?: string;
}

@ArgsType()
export class SurveysArgs extends PageArgs {
  @Field(() => SurveyFilter, { nullable: true }) @IsOptional() @ValidateNested() filter?: SurveyFilter;
}

@ArgsType()
export class SetSurveyRosterArgs {
  @Field(() => ID) @IsUUID() surveyId: string;
  @Field(() => [ID], { description: 'Everyone to invite: the roster becomes exactly these people' }) @ArrayMaxSize(2000) @IsUUID('all', { each: true }) personIds: string[];
}
