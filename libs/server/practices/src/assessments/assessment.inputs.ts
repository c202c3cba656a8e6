import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

@InputType({ description: 'Assigns a user (REVIEWER or ADMIN) to assess a practice; creates their DRAFT assessment' })
export class AssignAssessorInput {
  @Field(() => ID) @IsUUID() practiceId: string;
  @Field(() => ID, { description: 'A user id' }) @IsUUID() assessorId: string;
  @Field(() => ID, { nullable: true, description: 'Whose criteria apply; leave out for the default set (BEST_PRACTICE_7)' }) @IsOptional() @IsUUID() programmeId?: string;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID) @IsUUID() criterionId: string;
  @Field(() => Int, { description: '0 (absent) to 5 (outstanding)' }) @IsInt() @Min(0) @Max(5) score: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(4000) comment?: string;
}

@InputType({ description: 'Scores (added or replaced per criterion) from the assessor; submit once every criterion is scored' })
export class SaveAssessmentInput {
  @Field(() => ID) @IsUUID() id: string;
  @Field(() => Int) @IsInt() version: number;
  @Field(() => [CriterionScoreInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) scores: CriterionScoreInput[];
  @Field({ defaultValue: false, description: 'Submit: refused unless every criterion is scored; a submitted assessment is final' }) @IsBoolean() submit: boolean;
}
