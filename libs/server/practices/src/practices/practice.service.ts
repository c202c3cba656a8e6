import {
  LANGUAGES,
  NotFoundError,
  cleanLocalized,
  findOrFail,
  loadForUpdate,
  paginate,
  type Language,
  type RequestContext,
} from '@lr/server-core';
import { In, type SelectQueryBuilder } from 'typeorm';
import { AssessmentScore } from '../assessments/assessment-score.entity';
import { Assessment } from '../assessments/assessment.entity';
import { RouteCase } from '../cases/route-case.entity';
import { ReferenceCheck } from '../common/reference-check';
import { likeTerm, localizedSearch } from '../common/text-search';
import { PracticeMaterialService } from '../materials/practice-material.service';
import { SystematizationStep } from '../systematization/systematization-step.entity';
import { mayReadPractice, seesOnlyPublished } from './practice-access';
import { PracticeStatusChange } from './practice-status-change.entity';
import { Practice } from './practice.entity';
import { PracticeSortField, type CreatePracticeInput, type PracticeFilter, type PracticeSort, type PracticesArgs, type UpdatePracticeInput } from './practice.inputs';
import { PracticeStatus, STATUS_ORDER } from './practice-status';

/** The title as the caller reads it: their language, then English, then any (as `localize`). */
function titleIn(language: Language): string {
  const order = [...new Set([language, ...LANGUAGES])];
  return `lower(coalesce(${order.map((l) => `p.title->>'${l}'`).join(', ')}))`;
}

const SORT_COLUMNS: Record<Exclude<PracticeSortField, PracticeSortField.TITLE>, string> = {
  [PracticeSortField.STATUS]: `array_position(ARRAY[${STATUS_ORDER.map((s) => `'${s}'`).join(',')}]::varchar[], p.status)`,
  [PracticeSortField.COUNTRY]: 'p.country_code',
  [PracticeSortField.CREATED_AT]: 'p.created_at',
  [PracticeSortField.UPDATED_AT]: 'p.updated_at',
};

/** Largest list the CSV export writes in one go. */
export const EXPORT_LIMIT = 5000;

interface PracticeShape {
  countryCode: string;
  leadingOrganisationIds: string[];
  thematicAreaIds: string[];
}

async function checkReferences(ctx: RequestContext, practice: PracticeShape): Promise<void> {
  const check = new ReferenceCheck(ctx);
  await check.country(practice.countryCode, 'input.countryCode');
  await check.organisations(practice.leadingOrganisationIds, 'input.leadingOrganisationIds');
  await check.thematicAreas(practice.thematicAreaIds, 'input.thematicAreaIds');
  check.assertValid();
}

export class PracticeService {
  /** The filtered, ordered query behind the list and the CSV export. Partners get published practices only. */
  query(ctx: RequestContext, filter?: PracticeFilter, sort?: PracticeSort): SelectQueryBuilder<Practice> {
    const order = sort ?? { field: PracticeSortField.TITLE, direction: 'ASC' as const };
    const q = ctx
      .repo(Practice)
      .createQueryBuilder('p')
      .orderBy(order.field === PracticeSortField.TITLE ? titleIn(ctx.language) : SORT_COLUMNS[order.field], order.direction, order.direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('p.id', 'ASC');
    if (seesOnlyPublished(ctx.principal)) q.andWhere('p.status = :published', { published: PracticeStatus.PUBLISHED });
    if (filter?.search?.trim()) q.andWhere(localizedSearch('p', ['title', 'summary', 'lessons_learned']), { term: likeTerm(filter.search) });
    if (filter?.countryCode) q.andWhere('p.country_code = :country', { country: filter.countryCode });
    if (filter?.statuses?.length) q.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter?.level) q.andWhere('p.level = :level', { level: filter.level });
    if (filter?.thematicAreaId) q.andWhere(':area = ANY(p.thematic_area_ids)', { area: filter.thematicAreaId });
    if (filter?.routeId) q.andWhere('p.id IN (SELECT rc.practice_id FROM route_case rc WHERE rc.route_id = :routeId)', { routeId: filter.routeId });
    return q;
  }

  list(ctx: RequestContext, args: PracticesArgs) {
    return paginate(this.query(ctx, args.filter, args.sort), args);
  }

  /** The practice, or NOT_FOUND (also for a partner asking for one not yet published). */
  async get(ctx: RequestContext, id: string): Promise<Practice> {
    const practice = await findOrFail(ctx, Practice, id);
    if (!mayReadPractice(ctx.principal, practice)) throw new NotFoundError('Practice', id);
    return practice;
  }

  async create(ctx: RequestContext, input: CreatePracticeInput): Promise<Practice> {
    const shape: PracticeShape = {
      countryCode: input.countryCode,
      leadingOrganisationIds: input.leadingOrganisationIds ?? [],
      thematicAreaIds: input.thematicAreaIds ?? [],
    };
    await checkReferences(ctx, shape);
    const repo = ctx.repo(Practice);
    return repo.save(
      repo.create({
        ...shape,
        title: cleanLocalized(input.title),
        locality: input.locality?.trim() || null,
        level: input.level,
        summary: cleanLocalized(input.summary),
        keySuccessFactors: cleanLocalized(input.keySuccessFactors),
        lessonsLearned: cleanLocalized(input.lessonsLearned),
        innovations: cleanLocalized(input.innovations),
        evidence: cleanLocalized(input.evidence),
        status: PracticeStatus.IDENTIFIED,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdatePracticeInput): Promise<Practice> {
    const practice = await loadForUpdate(ctx, Practice, input.id, input.version);
    if (input.countryCode !== undefined) practice.countryCode = input.countryCode;
    if (input.leadingOrganisationIds) practice.leadingOrganisationIds = input.leadingOrganisationIds;
    if (input.thematicAreaIds) practice.thematicAreaIds = input.thematicAreaIds;
    await checkReferences(ctx, practice);
    if (input.title) practice.title = cleanLocalized(input.title);
    if (input.locality !== undefined) practice.locality = input.locality?.trim() || null;
    if (input.level) practice.level = input.level;
    if (input.summary) practice.summary = cleanLocalized(input.summary);
    if (input.keySuccessFactors) practice.keySuccessFactors = cleanLocalized(input.keySuccessFactors);
    if (input.lessonsLearned) practice.lessonsLearned = cleanLocalized(input.lessonsLearned);
    if (input.innovations) practice.innovations = cleanLocalized(input.innovations);
    if (input.evidence) practice.evidence = cleanLocalized(input.evidence);
    return ctx.repo(Practice).save(practice);
  }

  /**
   * Deletes the practice with its assessments, steps, materials and route links, each removed
   * as a loaded entity so the audit trail records it; stored files go last.
   */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const practice = await loadForUpdate(ctx, Practice, id, version);
    await new PracticeMaterialService().removeAllOf(ctx, practice.id, async () => {
      await removeDependents(ctx, practice.id);
      await ctx.repo(Practice).remove(practice);
    });
    return id;
  }
}

/** Everything hanging off a practice, children first, as loaded entities. */
async function removeDependents(ctx: RequestContext, practiceId: string): Promise<void> {
  const assessments = await ctx.repo(Assessment).findBy({ practiceId });
  if (assessments.length) {
    await ctx.repo(AssessmentScore).remove(await ctx.repo(AssessmentScore).findBy({ assessmentId: In(assessments.map((a) => a.id)) }));
    await ctx.repo(Assessment).remove(assessments);
  }
  await ctx.repo(SystematizationStep).remove(await ctx.repo(SystematizationStep).findBy({ practiceId }));
  await ctx.repo(RouteCase).remove(await ctx.repo(RouteCase).findBy({ practiceId }));
  await ctx.repo(PracticeStatusChange).remove(await ctx.repo(PracticeStatusChange).findBy({ practiceId }));
}
