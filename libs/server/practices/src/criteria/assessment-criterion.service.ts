import { In, IsNull } from 'typeorm';
import { ConflictError, ReferenceCheck, Service, ValidationError, cleanLocalized, loadForUpdate, type RequestContext } from '@lr/server-core';
import { ProgrammeRef, getProgramme } from '@lr/server-core-domain';
import { AssessmentScore } from '../assessments/assessment-score.entity';
import { AssessmentStatus } from '../assessments/assessment-status';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentCriterion } from './assessment-criterion.entity';
import type { CreateAssessmentCriterionInput, UpdateAssessmentCriterionInput } from './assessment-criterion.inputs';
import { NO_PROGRAMME, criteriaForProgrammes } from './criteria-resolution';
import { DEFAULT_SET_KEYS, PROGRAMME_SET } from './criteria-sets';
import { ProgrammeCriteriaChoice } from './programme-criteria-choice.entity';

@Service()
export class AssessmentCriterionService {
  /** With a programme: the criteria it assesses with. With a set key: that default set. Else every default criterion. */
  async list(ctx: RequestContext, programmeId?: string | null, setKey?: string | null): Promise<AssessmentCriterion[]> {
    if (programmeId && setKey) throw ValidationError.field('setKey', 'give a programmeId or a setKey, not both');
    if (programmeId) {
      await getProgramme(ctx, programmeId);
      return (await criteriaForProgrammes(ctx, [programmeId])).get(programmeId) ?? [];
    }
    const where = setKey ? { programmeId: IsNull(), setKey } : { programmeId: IsNull() };
    return ctx.repo(AssessmentCriterion).find({ where, order: { setKey: 'ASC', position: 'ASC', code: 'ASC' } });
  }

  async create(ctx: RequestContext, input: CreateAssessmentCriterionInput): Promise<AssessmentCriterion> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    check.assertValid();
    const repo = ctx.repo(AssessmentCriterion);
    if (await repo.existsBy({ programmeId: input.programmeId, code: input.code })) {
      throw ValidationError.field('input.code', `the programme already has a criterion ${input.code}`);
    }
    const position = input.position ?? (await repo.countBy({ programmeId: input.programmeId }));
    return repo.save(
      repo.create({
        programmeId: input.programmeId,
        setKey: PROGRAMME_SET,
        code: input.code,
        name: cleanLocalized(input.name),
        description: cleanLocalized(input.description),
        weight: input.weight,
        position,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateAssessmentCriterionInput): Promise<AssessmentCriterion> {
    const criterion = await loadForUpdate(ctx, AssessmentCriterion, input.id, input.version);
    if (input.name) criterion.name = cleanLocalized(input.name);
    if (input.description) criterion.description = cleanLocalized(input.description);
    if (input.weight !== undefined) criterion.weight = input.weight;
    if (input.position !== undefined) criterion.position = input.position;
    return ctx.repo(AssessmentCriterion).save(criterion);
  }

  /** Refused once a submitted assessment scored it: that would silently change its result. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const criterion = await loadForUpdate(ctx, AssessmentCriterion, id, version);
    const scores = await ctx.repo(AssessmentScore).findBy({ criterionId: id });
    const submitted = scores.length
      ? await ctx.repo(Assessment).countBy({ id: In(scores.map((s) => s.assessmentId)), status: AssessmentStatus.SUBMITTED })
      : 0;
    if (submitted) throw new ConflictError(`The criterion ${criterion.code} is scored in ${submitted} submitted assessment(s) and cannot be deleted`, { criterionId: id });
    await ctx.repo(AssessmentScore).remove(scores);
    await ctx.repo(AssessmentCriterion).remove(criterion);
    return id;
  }

  /** Which default set the programme assesses with (its own criteria, if any, still come first). */
  async chooseSet(ctx: RequestContext, programmeId: string, setKey: string): Promise<AssessmentCriterion[]> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, programmeId, 'programmeId');
    if (!DEFAULT_SET_KEYS.includes(setKey)) check.add('setKey', `must be one of ${DEFAULT_SET_KEYS.join(', ')}`);
    check.assertValid();
    const repo = ctx.repo(ProgrammeCriteriaChoice);
    const choice = (await repo.findOneBy({ programmeId })) ?? repo.create({ programmeId });
    choice.setKey = setKey;
    await repo.save(choice);
    return (await criteriaForProgrammes(ctx, [programmeId])).get(programmeId ?? NO_PROGRAMME) ?? [];
  }
}
