import { In, IsNull } from 'typeorm';
import { ConflictError, ReferenceCheck, Service, ValidationError, cleanLocalized, loadForUpdate, type RequestContext } from '@lr/server-core';
import { ProgrammeRef, getProgramme } from '@lr/server-core-domain';
import { AssessmentScore } from '../assessments/assessment-score.entity';
import { AssessmentStatus } from '../assessments/assessment-status';
import { Assessment } from '../assessments/assessment.entity';
import { AssessmentCriterion } from './assessment-criterion.entity';
import type { CreateAssessmentCriterionInput, SetCriteriaWeightsInput, UpdateAssessmentCriterionInput } from './assessment-criterion.inputs';
import { NO_PROGRAMME, criteriaForProgrammes } from './criteria-resolution';
import { DEFAULT_SET_KEYS, FALLBACK_SET_KEY, PROGRAMME_SET } from './criteria-sets';
import { assertMayChangeDefaultSet } from './default-set-access';
import { ProgrammeCriteriaChoice } from './programme-criteria-choice.entity';
import { CriteriaSource, criteriaSourceOf, type ProgrammeCriteria } from './programme-criteria.type';
import { checkWeightRows } from './weight-rows';

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

  /** The criteria a programme assesses with, with where they come from (own, chosen default set, fallback). */
  async forProgramme(ctx: RequestContext, programmeId: string): Promise<ProgrammeCriteria> {
    await getProgramme(ctx, programmeId);
    const [resolved, choice] = await Promise.all([
      criteriaForProgrammes(ctx, [programmeId]),
      ctx.repo(ProgrammeCriteriaChoice).findOneBy({ programmeId }),
    ]);
    const criteria = resolved.get(programmeId) ?? [];
    const chosenSetKey = choice?.setKey ?? null;
    const source = criteriaSourceOf(criteria.some((c) => c.programmeId !== null), chosenSetKey);
    const setKey = source === CriteriaSource.OWN ? PROGRAMME_SET : (chosenSetKey ?? FALLBACK_SET_KEY);
    return { programmeId, source, setKey, chosenSetKey, criteria };
  }

  async create(ctx: RequestContext, input: CreateAssessmentCriterionInput): Promise<AssessmentCriterion> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    check.assertValid();
    const repo = ctx.repo(AssessmentCriterion);
    if (await repo.existsBy({ programmeId: input.programmeId, code: input.code })) {
      throw ValidationError.field('input.code', `the programme already has a criterion ${input.code}`, 'codeTaken');
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
    if (criterion.programmeId === null) assertMayChangeDefaultSet(ctx);
    if (input.name) criterion.name = cleanLocalized(input.name);
    if (input.description) criterion.description = cleanLocalized(input.description);
    if (input.weight !== undefined) criterion.weight = input.weight;
    if (input.position !== undefined) criterion.position = input.position;
    return ctx.repo(AssessmentCriterion).save(criterion);
  }

  /** Refused once a submitted assessment scored it: that would silently change its result. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const criterion = await loadForUpdate(ctx, AssessmentCriterion, id, version);
    if (criterion.programmeId === null) assertMayChangeDefaultSet(ctx);
    const scores = await ctx.repo(AssessmentScore).findBy({ criterionId: id });
    const submitted = scores.length
      ? await ctx.repo(Assessment).countBy({ id: In(scores.map((s) => s.assessmentId)), status: AssessmentStatus.SUBMITTED })
      : 0;
    if (submitted) throw new ConflictError(`The criterion ${criterion.code} is scored in ${submitted} submitted assessment(s) and cannot be deleted`, { criterionId: id, submittedAssessments: submitted });
    await ctx.repo(AssessmentScore).remove(scores);
    await ctx.repo(AssessmentCriterion).remove(criterion);
    return id;
  }

  /**
   * Starts a programme's own set as a copy of a default set's criteria (codes, names,
   * descriptions, weights, order), to adjust from there; all or nothing, in one transaction. A
   * programme that already has criteria of its own is refused (the copy would mix with them). Two
   * copies at once take turns on a lock named after the programme, so the second is refused too.
   */
  async copySetToProgramme(ctx: RequestContext, programmeId: string, setKey: string): Promise<AssessmentCriterion[]> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, programmeId, 'programmeId');
    if (!DEFAULT_SET_KEYS.includes(setKey)) check.add('setKey', `must be one of ${DEFAULT_SET_KEYS.join(', ')}`);
    check.assertValid();
    await ctx.entityManager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`programme_criteria:${programmeId}`]);
    const repo = ctx.repo(AssessmentCriterion);
    const own = await repo.countBy({ programmeId });
    if (own) throw new ConflictError(`The programme already has ${own} criteria of its own; delete them first or add to them`, { programmeId, ownCriteria: own, constraint: 'ownCriteriaExist' });
    const source = await repo.find({ where: { programmeId: IsNull(), setKey }, order: { position: 'ASC', code: 'ASC' } });
    const copies = source.map((c, position) =>
      repo.create({ programmeId, setKey: PROGRAMME_SET, code: c.code, name: { ...c.name }, description: c.description ? { ...c.description } : c.description, weight: c.weight, position }),
    );
    return repo.save(copies);
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

  /**
   * Every weight of one set in one transaction. Each row names the version its editor read: the
   * rows are locked (in id order, so two saves of one set never deadlock) and one changed since
   * refuses the whole save with CONFLICT, so nobody saves a total computed from stale weights.
   */
  async setWeights(ctx: RequestContext, input: SetCriteriaWeightsInput): Promise<AssessmentCriterion[]> {
    const criteria = await this.criteriaOfSet(ctx, input);
    checkWeightRows(criteria, input.weights);
    const repo = ctx.repo(AssessmentCriterion);
    const rows = [...input.weights].sort((a, b) => a.criterionId.localeCompare(b.criterionId));
    const saved: AssessmentCriterion[] = [];
    for (const row of rows) {
      const criterion = await loadForUpdate(ctx, AssessmentCriterion, row.criterionId, row.version);
      if (criterion.weight === row.weight) saved.push(criterion);
      else saved.push(await repo.save(Object.assign(criterion, { weight: row.weight })));
    }
    return saved.sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
  }

  /** The criteria of a default set (setKey) or of a programme's own set (programmeId): exactly one of them. */
  private async criteriaOfSet(ctx: RequestContext, input: SetCriteriaWeightsInput): Promise<AssessmentCriterion[]> {
    if (!!input.setKey === !!input.programmeId) throw ValidationError.field('input.setKey', 'give a setKey or a programmeId, not both or neither', 'oneSet');
    if (input.setKey) {
      assertMayChangeDefaultSet(ctx);
      if (!DEFAULT_SET_KEYS.includes(input.setKey)) throw ValidationError.field('input.setKey', `must be one of ${DEFAULT_SET_KEYS.join(', ')}`, 'unknownSet');
      return ctx.repo(AssessmentCriterion).findBy({ programmeId: IsNull(), setKey: input.setKey });
    }
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, input.programmeId as string, 'input.programmeId');
    check.assertValid();
    const own = await ctx.repo(AssessmentCriterion).findBy({ programmeId: input.programmeId });
    if (!own.length) throw ValidationError.field('input.programmeId', 'the programme has no criteria of its own; it assesses with a default set', 'noOwnSet');
    return own;
  }
}
