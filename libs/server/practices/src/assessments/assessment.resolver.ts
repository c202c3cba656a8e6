import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, Cost, joinedOr, loadOne, LookAhead, PageArgs, Reads, Role, ToOne, User, type RequestContext, type Selection } from '@lr/server-core';
import { AssessmentCriterion } from '../criteria/assessment-criterion.entity';
import { PRACTICES } from '../practices/practice-access';
import { Practice } from '../practices/practice.entity';
import { AssessmentScore } from './assessment-score.entity';
import { Assessment } from './assessment.entity';
import { AssignAssessorInput, SaveAssessmentInput } from './assessment.inputs';
import { AssessmentService } from './assessment.service';
import { assessmentViewer, seesAssessorDetails } from './assessment-visibility';
import { scoreSummary, type AssessmentDetail } from './practice-scores';

async function detailOf(ctx: RequestContext, assessment: Assessment): Promise<AssessmentDetail | undefined> {
  return (await scoreSummary(ctx, assessment.practiceId)).assessments.find((d) => d.assessment.id === assessment.id);
}

@ObjectType()
export class AssessmentConnection extends ConnectionType(Assessment) {}

@Resolver(() => Assessment)
export class AssessmentResolver {
  constructor(private readonly service: AssessmentService) {}

  @Allow.user()
  @Query(() => AssessmentConnection, { description: 'The assessments the caller is assigned to, newest first' })
  myAssessments(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @LookAhead() selection: Selection) {
    return this.service.mine(ctx, page, selection);
  }

  @Allow.read()
  @Query(() => Assessment, { description: 'NOT_FOUND unless the caller may see it (see Practice.assessments)' })
  assessment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => Assessment, { description: 'Assigns an assessor (REVIEWER or ADMIN user) to a practice, opening their DRAFT assessment' })
  assignAssessor(@Ctx() ctx: RequestContext, @Arg('input') input: AssignAssessorInput) {
    return this.service.assign(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => ID, { description: 'Withdraws a DRAFT assessment; submitted ones stay' })
  unassignAssessor(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.unassign(ctx, id, version);
  }

  @Allow.roles(Role.REVIEWER)
  @Mutation(() => Assessment, { description: 'The assigned assessor scores criteria 0-5 with comments, and submits when all are scored' })
  saveAssessment(@Ctx() ctx: RequestContext, @Arg('input') input: SaveAssessmentInput) {
    return this.service.save(ctx, input);
  }

  @ToOne('practice')
  @FieldResolver(() => Practice)
  practice(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return joinedOr(assessment.practice, () => loadOne(ctx, Practice, assessment.practiceId));
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The assessor’s user id; null for partners' })
  assessorId(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return seesAssessorDetails(assessmentViewer(ctx.principal)) ? assessment.assessorId : null;
  }

  @Reads('assessorId')
  @FieldResolver(() => String, { nullable: true, description: 'The assessor’s name; null for partners' })
  async assessorName(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    if (!seesAssessorDetails(assessmentViewer(ctx.principal))) return null;
    return (await loadOne(ctx, User, assessment.assessorId))?.displayName ?? null;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Whose criteria apply; null for the default set' })
  programmeId(@Root() assessment: Assessment) {
    return assessment.programmeId;
  }

  @Cost({ assumedSize: 10 })
  @Reads('practiceId')
  @FieldResolver(() => [AssessmentCriterion], { description: 'The criteria to score, in order' })
  async criteria(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return (await detailOf(ctx, assessment))?.criteria ?? [];
  }

  @Cost({ assumedSize: 10 })
  @Reads('practiceId')
  @FieldResolver(() => [AssessmentScore], { description: 'In the order of the criteria' })
  async scores(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return (await detailOf(ctx, assessment))?.scores ?? [];
  }

  @Reads('practiceId')
  @FieldResolver(() => Float, { nullable: true, description: 'Weighted mean (0-5) of what is scored so far' })
  async score(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return (await detailOf(ctx, assessment))?.score ?? null;
  }

  @Reads('practiceId')
  @FieldResolver(() => Boolean, { description: 'Submitted with every criterion scored: it counts towards the practice’s score' })
  async complete(@Ctx() ctx: RequestContext, @Root() assessment: Assessment) {
    return (await detailOf(ctx, assessment))?.complete ?? false;
  }
}

@Resolver(() => AssessmentScore)
export class AssessmentScoreResolver {
  @ToOne('criterion')
  @FieldResolver(() => AssessmentCriterion)
  criterion(@Ctx() ctx: RequestContext, @Root() score: AssessmentScore) {
    // Scores read for scoring carry their criterion already (see scoreSummaries).
    return joinedOr(score.criterion, () => loadOne(ctx, AssessmentCriterion, score.criterionId));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Null for partners' })
  comment(@Ctx() ctx: RequestContext, @Root() score: AssessmentScore) {
    return seesAssessorDetails(assessmentViewer(ctx.principal)) ? score.comment : null;
  }
}
