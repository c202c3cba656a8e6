import {
  NotFoundError,
  ReferenceCheck,
  Service,
  cleanLocalized,
  findOrFail,
  hasSearch,
  isPartner,
  loadForUpdate,
  localizedSortKey,
  paginate,
  searchTerm,
  textMatches,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import type { SelectQueryBuilder } from 'typeorm';
import { CountryRef, OrganisationRef, ThematicAreaRef } from '@lr/server-core-domain';
import { mayReadPractice } from './practice-access';
import { Practice } from './practice.entity';
import { PracticeSortField, type CreatePracticeInput, type PracticeFilter, type PracticeSort, type PracticesArgs, type UpdatePracticeInput } from './practice.inputs';
import { PracticeStatus, STATUS_ORDER } from './practice-status';
import { orderByScore } from '../assessments/practice-score-sql';

const SORT_COLUMNS: Record<Exclude<PracticeSortField, PracticeSortField.TITLE | PracticeSortField.SCORE>, string> = {
  [PracticeSortField.STATUS]: `array_position(ARRAY[${STATUS_ORDER.map((s) => `'${s}'`).join(',')}]::varchar[], p.status)`,
  [PracticeSortField.COUNTRY]: 'p.country_code',
  [PracticeSortField.CREATED_AT]: 'p.created_at',
  [PracticeSortField.UPDATED_AT]: 'p.updated_at',
};

interface PracticeShape {
  countryCode: string;
  leadingOrganisationIds: string[];
  thematicAreaIds: string[];
}

async function checkReferences(ctx: RequestContext, practice: PracticeShape): Promise<void> {
  const check = new ReferenceCheck(ctx);
  await check.one(CountryRef, practice.countryCode, 'input.countryCode');
  await check.many(OrganisationRef, practice.leadingOrganisationIds, 'input.leadingOrganisationIds');
  await check.many(ThematicAreaRef, practice.thematicAreaIds, 'input.thematicAreaIds');
  check.assertValid();
}

/** The list's order by a column: the caller's choice, by default the title in their language. */
export function practiceSortKey(ctx: RequestContext, sort?: PracticeSort): SortKey {
  const field = sort && sort.field !== PracticeSortField.SCORE ? sort.field : PracticeSortField.TITLE;
  const direction = sort && sort.field !== PracticeSortField.SCORE ? sort.direction : 'ASC';
  return { expression: field === PracticeSortField.TITLE ? localizedSortKey('p', 'title', ctx.language) : SORT_COLUMNS[field], direction };
}

/** The filtered query behind the list and the CSV export. Partners get published practices only. */
export function practicesQuery(ctx: RequestContext, filter?: PracticeFilter): SelectQueryBuilder<Practice> {
  const q = ctx.repo(Practice).createQueryBuilder('p');
  if (isPartner(ctx.principal)) q.andWhere('p.status = :published', { published: PracticeStatus.PUBLISHED });
  if (hasSearch(filter?.search)) q.andWhere(textMatches('p', { localized: ['title', 'summary', 'lessons_learned'] }), { term: searchTerm(filter.search) });
  if (filter?.countryCode) q.andWhere('p.country_code = :country', { country: filter.countryCode });
  if (filter?.statuses?.length) q.andWhere('p.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter?.level) q.andWhere('p.level = :level', { level: filter.level });
  if (filter?.thematicAreaId) q.andWhere(':area = ANY(p.thematic_area_ids)', { area: filter.thematicAreaId });
  if (filter?.routeId) q.andWhere('p.id IN (SELECT rc.practice_id FROM route_case rc WHERE rc.route_id = :routeId)', { routeId: filter.routeId });
  return q;
}

@Service()
export class PracticeService {
  list(ctx: RequestContext, args: PracticesArgs, selection?: Selection) {
    const q = practicesQuery(ctx, args.filter);
    // Unscored practices last both ways: "best first" and "weakest first" both start with scores.
    const sort = args.sort?.field === PracticeSortField.SCORE ? orderByScore(q, 'p', ctx.principal, args.sort.direction) : practiceSortKey(ctx, args.sort);
    return paginate(q, args, sort, selection);
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
   * Deletes the practice with its assessments, steps, materials and route links (the module's
   * cascade rules remove each, audited); stored files are deleted once the transaction commits.
   * Refused with CONFLICT while another module's records (champions) refer to it.
   */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const practice = await loadForUpdate(ctx, Practice, id, version);
    await ctx.repo(Practice).remove(practice);
    return id;
  }
}
