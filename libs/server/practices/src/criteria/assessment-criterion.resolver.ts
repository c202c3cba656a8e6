import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, localizedFieldsResolver, type RequestContext, Cost } from '@lr/server-core';
import { PRACTICES } from '../practices/practice-access';
import { AssessmentCriterion } from './assessment-criterion.entity';
import { CreateAssessmentCriterionInput, SetCriteriaWeightsInput, UpdateAssessmentCriterionInput } from './assessment-criterion.inputs';
import { AssessmentCriterionService } from './assessment-criterion.service';
import { DEFAULT_SET_KEYS } from './criteria-sets';
import { ProgrammeCriteria } from './programme-criteria.type';

export const AssessmentCriterionTextResolver = localizedFieldsResolver(AssessmentCriterion, [{ name: 'name' }, { name: 'description', nullable: true }]);

@Resolver(() => AssessmentCriterion)
export class AssessmentCriterionResolver {
  constructor(private readonly service: AssessmentCriterionService) {}

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => [AssessmentCriterion], {
    description: 'With programmeId: the criteria that programme assesses with (its own, else its chosen set, else BEST_PRACTICE_7). With setKey: that default set. Else all default criteria.',
  })
  assessmentCriteria(
    @Ctx() ctx: RequestContext,
    @Arg('programmeId', () => ID, { nullable: true }) programmeId?: string,
    @Arg('setKey', () => String, { nullable: true }) setKey?: string,
  ) {
    return this.service.list(ctx, programmeId, setKey);
  }

  @Allow.read()
  @Cost({ assumedSize: 20 })
  @Query(() => ProgrammeCriteria, { description: 'The criteria a programme assesses with, and whether they are its own, the default set it chose, or the fallback' })
  programmeCriteria(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string) {
    return this.service.forProgramme(ctx, programmeId);
  }

  @Allow.read()
  @Query(() => [String], { description: 'Keys of the default criteria sets' })
  assessmentCriteriaSets() {
    return DEFAULT_SET_KEYS;
  }

  @Allow.edit(PRACTICES)
  @Cost({ assumedSize: 20 })
  @Mutation(() => [AssessmentCriterion], { description: 'Chooses the default set a programme assesses practices with; returns its criteria' })
  chooseProgrammeCriteriaSet(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string, @Arg('setKey') setKey: string) {
    return this.service.chooseSet(ctx, programmeId, setKey);
  }

  @Allow.edit(PRACTICES)
  @Cost({ assumedSize: 20 })
  @Mutation(() => [AssessmentCriterion], {
    description: 'Starts a programme’s own set as a copy of a default set’s criteria; refused with CONFLICT (ownCriteriaExist) if it has criteria of its own',
  })
  copyCriteriaSetToProgramme(@Ctx() ctx: RequestContext, @Arg('programmeId', () => ID) programmeId: string, @Arg('setKey') setKey: string) {
    return this.service.copySetToProgramme(ctx, programmeId, setKey);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => AssessmentCriterion, { description: 'Adds a criterion to a programme’s own set' })
  createAssessmentCriterion(@Ctx() ctx: RequestContext, @Arg('input') input: CreateAssessmentCriterionInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => AssessmentCriterion, { description: 'A criterion of a default set: admins only (FORBIDDEN)' })
  updateAssessmentCriterion(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateAssessmentCriterionInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Cost({ assumedSize: 20 })
  @Mutation(() => [AssessmentCriterion], {
    description:
      'Sets the weights of every criterion of one set (a default set, or a programme’s own) in one transaction; refused with CONFLICT if any criterion changed since its given version. A default set: admins only (FORBIDDEN)',
  })
  setCriteriaWeights(@Ctx() ctx: RequestContext, @Arg('input') input: SetCriteriaWeightsInput) {
    return this.service.setWeights(ctx, input);
  }

  @Allow.edit(PRACTICES)
  @Mutation(() => ID, { description: 'Refused with CONFLICT once a submitted assessment scored it (extensions.submittedAssessments counts them). A criterion of a default set: admins only (FORBIDDEN)' })
  deleteAssessmentCriterion(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }
}
