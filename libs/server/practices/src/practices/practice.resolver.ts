import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, loadMany, loadOne, localizedFieldsResolver, type RequestContext } from '@lr/server-core';
import { Country, Organisation, ThematicArea } from '@lr/server-core-domain';
import { Assessment } from '../assessments/assessment.entity';
import { scoreSummary, visibleSummary } from '../assessments/practice-scores';
import { PracticeMaterial } from '../materials/practice-material.entity';
import { STEP_ORDER } from '../systematization/systematization-step-kind';
import { SystematizationStep } from '../systematization/systematization-step.entity';
import { PRACTICES, canEditPractices } from './practice-access';
import { Practice } from './practice.entity';
import { CreatePracticeInput, PracticesArgs, UpdatePracticeInput } from './practice.inputs';
import { PracticeStatus } from './practice-status';
import { PracticeStatusChange } from './practice-status-change.entity';
import { PracticeStatusService } from './practice-status.service';
import { PracticeService } from './practice.service';
import { allowedStatusMoves } from './status-machine';

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

async function present<T>(ids: string[], load: (id: string) => Promise<T | null>): Promise<T[]> {
  return (await Promise.all(ids.map(load))).filter((x): x is Awaited<T> => x !== null) as T[];
}

@Resolver(() => Practice)
export class PracticeResolver {
  private readonly service = new PracticeService();
  private readonly statuses = new PracticeStatusService();

  @Allow.read()
  @Query(() => PracticeConnection, { description: 'Partners (API keys) see published practices only' })
  practices(@Ctx() ctx: RequestContext, @Args() args: PracticesArgs) {
    return this.service.list(ctx, args);
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
      'Refused with PHASE_RULE naming the allowed moves and what is missing (a complete assessment for SELECTED; every step done and a case document for SYSTEMATIZED).',
  })
  changePracticeStatus(
    @Ctx() ctx: RequestContext,
    @Arg('practiceId', () => ID) practiceId: string,
    @Arg('toStatus', () => PracticeStatus) toStatus: PracticeStatus,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return this.statuses.change(ctx, practiceId, toStatus, reason);
  }

  @FieldResolver(() => Country)
  country(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return loadOne(ctx, Country, practice.countryCode, 'code');
  }

  @FieldResolver(() => [Organisation])
  leadingOrganisations(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return present(practice.leadingOrganisationIds, (id) => loadOne(ctx, Organisation, id));
  }

  @FieldResolver(() => [ThematicArea])
  thematicAreas(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return present(practice.thematicAreaIds, (id) => loadOne(ctx, ThematicArea, id));
  }

  @FieldResolver(() => [PracticeStatusChange], { description: 'Every status move, oldest first' })
  statusHistory(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return loadMany(ctx, PracticeStatusChange, practice.id, 'practiceId', { at: 'ASC' });
  }

  @FieldResolver(() => [PracticeStatus], { description: 'Statuses the caller may move the practice to (prerequisites aside)' })
  allowedNextStatuses(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return canEditPractices(ctx.principal) ? allowedStatusMoves(practice.status) : [];
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Mean (0-5) of the complete assessments’ weighted means; null without one, or while the caller’s own assessment of it is not submitted',
  })
  async score(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).score;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Submitted assessments with every criterion scored; hidden as score is' })
  async completeAssessmentCount(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).completeAssessments;
  }

  @FieldResolver(() => [Assessment], {
    description: 'The assessments the caller may see: editors all; an assessor only their own until they submit; reviewers only their assignments; others the submitted ones',
  })
  async assessments(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return visibleSummary(ctx, await scoreSummary(ctx, practice.id)).assessments.map((d) => d.assessment);
  }

  @FieldResolver(() => [SystematizationStep], { description: 'The six steps, in order, once the practice is SELECTED' })
  async systematizationSteps(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    const steps = await loadMany(ctx, SystematizationStep, practice.id, 'practiceId');
    return [...steps].sort((a, b) => STEP_ORDER.indexOf(a.step) - STEP_ORDER.indexOf(b.step));
  }

  @FieldResolver(() => [PracticeMaterial], { description: 'Oldest first' })
  materials(@Ctx() ctx: RequestContext, @Root() practice: Practice) {
    return loadMany(ctx, PracticeMaterial, practice.id, 'practiceId', { createdAt: 'ASC', id: 'ASC' });
  }
}
