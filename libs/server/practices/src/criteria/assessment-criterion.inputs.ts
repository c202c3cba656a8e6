import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
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

/** One row of a set's weights: the criterion, its new weight and the version the editor read. */
@InputType()
export class CriterionWeightInput {
  @Field(() => ID) @IsUUID() criterionId: string;
  @Field(() => Int, { description: 'Relative weight, 1-100' }) @IsInt() @Min(1) @Max(100) weight: number;
  @Field(() => Int, { description: 'The criterion’s version when it was read; a changed one is refused with CONFLICT' }) @IsInt() version: number;
}

/**
 * Every criterion of one set with its weight, saved together. The set is a default one (setKey)
 * or a programme's own (programmeId). Weights are relative (a practice's score is their weighted
 * mean), so the total has no fixed value: seven equal criteria could not total 100 in integers.
 */
@InputType()
export class SetCriteriaWeightsInput {
  @Field({ nullable: true, description: 'A default set: BEST_PRACTICE_7 or SUITABILITY_BOX' }) @IsOptional() @IsString() setKey?: string;
  @Field(() => ID, { nullable: true, description: 'A programme’s own set' }) @IsOptional() @IsUUID() programmeId?: string;
  @Field(() => [CriterionWeightInput]) @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) weights: CriterionWeightInput[];
}
