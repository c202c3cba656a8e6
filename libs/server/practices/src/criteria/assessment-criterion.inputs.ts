import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { HasAnyLanguage, LocalizedTextInput } from '@lr/server-core';

/** A criterion of a programme's own set; once it has one, the programme assesses with its own set. */
@InputType()
export class CreateAssessmentCriterionInput {
  @Field(() => ID) @IsUUID() programmeId: string;
  @Field({ description: 'Capitals, digits and underscores, e.g. COMMUNITY_OWNERSHIP' }) @Matches(/^[A-Z][A-Z0-9_]{1,59}$/, { message: 'must be 2-60 capitals, digits or underscores, starting with a letter' }) code: string;
  @Field(() => LocalizedTextInput) @ValidateNested() @HasAnyLanguage() name: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(100) weight: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
}

@InputType()
export class UpdateAssessmentCriterionInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @HasAnyLanguage() name?: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() description?: LocalizedTextInput;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(100) weight?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
}
