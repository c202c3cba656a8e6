import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Recommendation } from './recommendation';
import { SECTION_HINT } from './review-sections';

/** The most comments one review holds: every section and up to forty items. */
export const MAX_COMMENTS = 50;

@InputType({ description: 'A comment on one section of the version reviewed' })
export class SectionCommentInput {
  @Field({ description: `The section: ${SECTION_HINT}` })
  @IsString()
  @MaxLength(40)
  section: string;

  @Field()
  @IsString()
  @MaxLength(4000)
  comment: string;
}

@InputType()
export class ReviewPlanVersionInput {
  @Field(() => ID, { description: "The version read: it must be the plan's latest, while the plan is SUBMITTED or IN_REVIEW" })
  @IsUUID()
  versionId: string;

  @Field(() => Recommendation)
  @IsEnum(Recommendation)
  recommendation: Recommendation;

  @Field(() => String, { nullable: true, description: 'The overall comment' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => [SectionCommentInput], { nullable: true, description: 'One per section at most; a REVISE recommendation names at least one section, or says why in its summary' })
  @IsOptional()
  @ArrayMaxSize(MAX_COMMENTS)
  @ValidateNested({ each: true })
  comments?: SectionCommentInput[];
}
