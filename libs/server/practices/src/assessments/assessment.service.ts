import { In } from 'typeorm';
import { isUUID } from 'class-validator';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  PageArgs,
  PhaseRuleError,
  ReferenceCheck,
  Role,
  Service,
  UserRef,
  ValidationError,
  findOrFail,
  loadForUpdate,
  loadOne,
  paginate,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { ProgrammeRef } from '@lr/server-core-domain';
import { NO_PROGRAMME, criteriaForProgrammes } from '../criteria/criteria-resolution';
import { mayReadPractice } from '../practices/practice-access';
import { Practice } from '../practices/practice.entity';
import { scoreSummary, visibleSummary } from './practice-scores';
import { AssessmentScore } from './assessment-score.entity';
import { AssessmentStatus } from './assessment-status';
import { Assessment } from './assessment.entity';
import type { AssignAssessorInput, SaveAssessmentInput } from './assessment.inputs';
import { unscoredCriteria } from './scoring';

/** Roles whose users may be assigned as assessors. */
const ASSESSOR_ROLES: readonly Role[] = [Role.REVIEWER, Role.ADMIN];

@Service()
export class AssessmentService {
  async assign(ctx: RequestContext, input: AssignAssessorInput): Promise<Assessment> {
    await findOrFail(ctx, Practice, input.practiceId);
    const check = new ReferenceCheck(ctx);
    const user = await check.one(UserRef, input.assessorId, 'input.assessorId');
    if (user && (!user.active || !ASSESSOR_ROLES.includes(user.role))) {
      check.add('input.assessorId', `must be an active ${ASSESSOR_ROLES.join(' or ')} user (this one is ${user.active ? user.role : 'inactive'})`);
    }
    await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    check.assertValid();
    const repo = ctx.repo(Assessment);
    if (await repo.existsBy({ practiceId: input.practiceId, assessorId: input.assessorId })) {
      throw new ConflictError('This user is already assigned to assess the practice', { practiceId: input.practiceId, assessorId: input.assessorId });
    }
    return repo.save(
      repo.create({ practiceId: input.practiceId, assessorId: input.assessorId, programmeId: input.programmeId ?? null, status: AssessmentStatus.DRAFT, submittedAt: null }),
    );
  }

  /** Removes an assignment with whatever was scored; submitted assessments stay (they count). */
  async unassign(ctx: RequestContext, id: string, version: number): Promise<string> {
    const assessment = await loadForUpdate(ctx, Assessment, id, version);
    if (assessment.status === AssessmentStatus.SUBMITTED) throw new ConflictError('A submitted assessment cannot be withdrawn', { id });
    await ctx.repo(AssessmentScore).remove(await ctx.repo(AssessmentScore).findBy({ assessmentId: id }));
    await ctx.repo(Assessment).remove(assessment);
    return id;
  }

  /** The caller's own assignments, newest first. */
  /** The assessment, or NOT_FOUND unless the caller may see it (see Practice.assessments). */
  async get(ctx: RequestContext, id: string): Promise<Assessment> {
    const found = isUUID(id) ? await ctx.repo(Assessment).findOneBy({ id }) : null;
    const practice = found ? await loadOne(ctx, Practice, found.practiceId) : null;
    if (!found || !practice) throw new NotFoundError('Assessment', id);
    const visible = visibleSummary(ctx, await scoreSummary(ctx, practice.id)).assessments;
    if (!mayReadPractice(ctx.principal, practice) || !visible.some((d) => d.assessment.id === id)) {
      throw new NotFoundError('Assessment', id);
    }
    return found;
  }

  /** The caller's assignments, newest first. */
  mine(ctx: RequestContext, page: PageArgs, selection?: Selection) {
    const q = ctx.repo(Assessment).createQueryBuilder('a');
    // Only signed-in users are assessors (the field is @Allow.user()).
    q.where('a.assessor_id = :me', { me: ctx.principal.kind === 'user' ? ctx.principal.userId : null });
    return paginate(q, page, { expression: 'a.created_at', direction: 'DESC' }, selection);
  }

  /**
   * Records the assessor's scores (one per criterion, replacing earlier ones) and, with
   * `submit`, sends the assessment in. Only the assigned assessor writes it, and only as a draft.
   */
  async save(ctx: RequestContext, input: SaveAssessmentInput): Promise<Assessment> {
    const assessment = await loadForUpdate(ctx, Assessment, input.id, input.version);
    if (ctx.principal.kind !== 'user' || ctx.principal.userId !== assessment.assessorId) {
      throw new ForbiddenError('Only the assessor assigned to this assessment may write it');
    }
    if (assessment.status === AssessmentStatus.SUBMITTED) {
      throw new PhaseRuleError('The assessment is already SUBMITTED and can no longer change', AssessmentStatus.SUBMITTED, AssessmentStatus.SUBMITTED, []);
    }
    const criteria = (await criteriaForProgrammes(ctx, [assessment.programmeId])).get(assessment.programmeId ?? NO_PROGRAMME) ?? [];
    const check = new ReferenceCheck(ctx);
    const seen = new Set<string>();
    input.scores.forEach((s, i) => {
      if (!criteria.some((c) => c.id === s.criterionId)) check.add(`input.scores.${i}.criterionId`, 'is not a criterion of this assessment’s set');
      else if (seen.has(s.criterionId)) check.add(`input.scores.${i}.criterionId`, 'is scored twice');
      seen.add(s.criterionId);
    });
    check.assertValid();

    const repo = ctx.repo(AssessmentScore);
    const existing = await repo.findBy({ assessmentId: assessment.id, criterionId: In(criteria.map((c) => c.id)) });
    const changed = input.scores.map((s) => {
      const row = existing.find((e) => e.criterionId === s.criterionId) ?? repo.create({ assessmentId: assessment.id, criterionId: s.criterionId });
      row.score = s.score;
      row.comment = s.comment?.trim() || null;
      return row;
    });
    await repo.save(changed);

    if (input.submit) {
      const all = [...existing.filter((e) => !seen.has(e.criterionId)), ...changed];
      const missing = unscoredCriteria(criteria, all);
      if (missing.length) throw ValidationError.field('input.scores', `every criterion needs a score before submitting; missing: ${missing.map((c) => c.code).join(', ')}`);
      assessment.status = AssessmentStatus.SUBMITTED;
      assessment.submittedAt = new Date();
    }
    // Touch the assessment even when only scores changed, so its version moves on.
    assessment.updatedAt = new Date();
    return ctx.repo(Assessment).save(assessment);
  }
}
