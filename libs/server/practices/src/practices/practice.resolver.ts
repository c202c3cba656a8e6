import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Allow,
  ConnectionType,
  Cost,
  LookAhead,
  Reads,
  ToOne,
  joinedOr,
  loadMany,
  localizedFieldsResolver,
  stateHistory,
  transition,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { Country, Organisation, ThematicArea, loadCountry, loadOrganisations, loadThematicAreas } from '@lr/server-core-domain';
import { Assessment } from '../assessments/assessment.entity';
import { scoreSummary, visibleSummary } from '../assessments/practice-scores';
import { PracticeMaterial } from '../materials/practice-material.entity';
import { STEP_ORDER } from '../systematization/systematization-step-kind';
import { SystematizationStep } from '../systematization/systematization-step.entity';
import { PRACTICES } from './practice-access';
import { Practice } from './practice.entity';
import { CreatePracticeInput, PracticesArgs, UpdatePracticeInput } from './practice.inputs';
import { PracticeStatus } from './practice-status';
import { PracticeStatusChange } from './practice-status-change.type';
import { PracticeService } from './practice.service';
import { practiceStatusMachine } from './status-machine';

@ObjectType()
export class PracticeConnection extends ConnectionType(Practice) {}

export const PracticeTextResolver = localizedFieldsResolver(Practice, [
  { name: 'title' },
  { name: 'summary', nullable: true },
  { name: 'keySuccessFactors', nullable: true },
  { name: 'lessonsLearned', nullable: true },
  { name: 'innovations', nullable: true },
  { name: 'evidence', nullable: true },
]);

@Resolver(() => Practice)
export class PracticeResolver {
  constructor(private readonly service: PracticeService) {}

  @Allow.read()
  @Query(() => PracticeConnection, { description: 'Partners (API keys) see published practices only' })
  practices(@Ctx() ctx: RequestContext, @Args() args: PracticesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @Allow.read()
  @Query(() => Practice)
  practice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => Practice, { description: 'A new practice starts IDENTIFIED' })
  createPractice(@Ctx() ctx: RequestContext, @Arg('input') input: CreatePracticeInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => Practice)
  updatePractice(@Ctx() ctx: RequestContext, @Arg('input') input: UpdatePracticeInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => ID, { description: 'Deletes the practice with its assessments, steps, materials (and files) and route links' })
  deletePractice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => Practice, {
    description:
      'Moves a practice along IDENTIFIED → UNDER_ASSESSMENT → SELECTED | REJECTED, SELECTED → SYSTEMATIZED → PUBLISHED. ' +
      'Refused with PHASE_RULE naming the allowed moves and what is missing (a complete assessment for SELECTED; every step done and a case document for SYSTEMATIZED), ' +
      'BAD_USER_INPUT without a reason for REJECTED, or CONFLICT when `version` is stale.',
  })
  changePracticeStatus(
    @Ctx() ctx: RequestContext,
    @Arg('practiceId', () => ID) practiceId: string,
    @Arg('toStatus', () => PracticeStatus) toStatus: PracticeStatus,
    @Arg('version', () => Int, { description: 'The version of the practice you read' }) version: number,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return transition(ctx, practiceStatusMachine, { id: practiceId, to: toStatus, version, reason });
  }

  @ToOne('country')
  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return joinedOr(practice.country, () => loadCountry(ctx, practice.countryCode));
  }

  @Cost({ assumedSize: 5 })
  @Reads('leadingOrganisationIds')
  @FieldResolver(() => [Organisation])
  leadingOrganisations(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return loadOrganisations(ctx, practice.leadingOrganisationIds);
  }

  @Cost({ assumedSize: 10 })
  @Reads('thematicAreaIds')
  @FieldResolver(() => [ThematicArea])
  thematicAreas(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return loadThematicAreas(ctx, practice.thematicAreaIds);
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [PracticeStatusChange], { description: 'Every status move, oldest first' })
  statusHistory(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return stateHistory(ctx, practiceStatusMachine, practice.id);
  }

  @Reads('status')
  @FieldResolver(() => [PracticeStatus], { description: 'Statuses the caller may move the practice to (prerequisites aside)' })
  allowedNextStatuses(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return practiceStatusMachine.allowedMoves(ctx.principal, practice.status);
  }

  @Reads()
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Mean (0-5) of the complete assessments’ weighted means; null without one, or while the caller’s own assessment of it is not submitted',
  })
  async score(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).score;
  }

  @Reads()
  @FieldResolver(() => Int, { nullable: true, description: 'Submitted assessments with every criterion scored; hidden as score is' })
  async completeAssessmentCount(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).completeAssessments;
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [Assessment], {
    description: 'The assessments the caller may see: editors all; an assessor only their own until they submit; reviewers only their assignments; others the submitted ones',
  })
  async assessments(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).assessments.map((d) => d.assessment);
  }

  @Cost({ assumedSize: 6 })
  @Reads()
  @FieldResolver(() => [SystematizationStep], { description: 'The six steps, in order, once the practice is SELECTED' })
  async systematizationSteps(@Ctx() ctx: RequestContext, @Root() practice: Practice, @LookAhead() selection: Selection) {
    const steps = await loadMany(ctx, SystematizationStep, practice.id, 'practiceId', { selection, reads: ['step'] });
    return [...steps].sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step));
  }

  @Cost({ assumedSize: 10 })
  @Reads()
  @FieldResolver(() => [PracticeMaterial], { description: 'Oldest first' })
  materials(@Ctx() ctx: RequestContext, @Root() practice: Practice, @LookAhead() selection: Selection) {
    return loadMany(ctx, PracticeMaterial, practice.id, 'practiceId', { order: { createdAt: 'ASC', id: 'ASC' }, selection });
  }
}
