import {
  SettingsService,
  ReferenceCheck,
  Service,
  cleanLocalized,
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  searchTerm,
  textMatches,
  toMinorUnits,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { OrganisationRef, ThematicAreaRef } from '../common/reference-targets';
import { Programme } from './programme.entity';
import { programmeSettingScope } from './programme-settings';
import type { CreateProgrammeInput, ProgrammeFilter, ProgrammesArgs, UpdateProgrammeInput } from './programme.inputs';

interface ProgrammeReferences {
  funderId?: string | null;
  coordinatorId?: string | null;
  facilitatorId?: string | null;
  thematicAreaIds?: string[];
}

async function checkReferences(ctx: RequestContext, input: ProgrammeReferences, start: string | null, end: string | null) {
  const check = new ReferenceCheck(ctx);
  await check.one(OrganisationRef, input.funderId, 'input.funderId');
  await check.one(OrganisationRef, input.coordinatorId, 'input.coordinatorId');
  await check.one(OrganisationRef, input.facilitatorId, 'input.facilitatorId');
  await check.many(ThematicAreaRef, input.thematicAreaIds, 'input.thematicAreaIds');
  if (start && end && end < start) check.add('input.endDate', 'must be on or after the start date');
  check.assertValid();
}

/** The programmes `programmes(filter:)` lists (alias `p`); the CSV export runs the same query. */
export function programmesQuery(ctx: RequestContext, f: ProgrammeFilter | undefined) {
  const q = ctx.repo(Programme).createQueryBuilder('p');
  if (hasSearch(f?.search)) q.andWhere(textMatches('p', { localized: ['name'] }), { term: searchTerm(f.search) });
  if (f?.thematicAreaId) q.andWhere(':area = ANY(p.thematic_area_ids)', { area: f.thematicAreaId });
  if (f?.organisationId) {
    q.andWhere('(p.funder_id = :org OR p.coordinator_id = :org OR p.facilitator_id = :org)', { org: f.organisationId });
  }
  return q;
}

/** Newest first; programmes without a start date last. */
export const PROGRAMME_SORT: SortKey = { expression: 'p.start_date', direction: 'DESC', nulls: 'last' };

@Service()
export class ProgrammeService {
  constructor(private readonly settings: SettingsService) {}

  list(ctx: RequestContext, args: ProgrammesArgs, selection?: Selection) {
    return paginate(programmesQuery(ctx, args.filter), args, PROGRAMME_SORT, selection);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, Programme, id);
  }

  async create(ctx: RequestContext, input: CreateProgrammeInput) {
    await checkReferences(ctx, input, input.startDate ?? null, input.endDate ?? null);
    const repo = ctx.repo(Programme);
    return repo.save(
      repo.create({
        name: cleanLocalized(input.name),
        objectives: cleanLocalized(input.objectives),
        funderId: input.funderId ?? null,
        coordinatorId: input.coordinatorId ?? null,
        facilitatorId: input.facilitatorId ?? null,
        budgetMinor: input.budget ? toMinorUnits(input.budget, 'input.budget') : null,
        currency: input.budget?.currency ?? null,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        thematicAreaIds: [...new Set(input.thematicAreaIds ?? [])],
        maxRouteDays: input.maxRouteDays ?? 8,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateProgrammeInput) {
    const programme = await loadForUpdate(ctx, Programme, input.id, input.version);
    const start = input.startDate !== undefined ? input.startDate : programme.startDate;
    const end = input.endDate !== undefined ? input.endDate : programme.endDate;
    await checkReferences(ctx, input, start, end);
    if (input.name) programme.name = cleanLocalized(input.name);
    if (input.objectives) programme.objectives = cleanLocalized(input.objectives);
    if (input.funderId !== undefined) programme.funderId = input.funderId;
    if (input.coordinatorId !== undefined) programme.coordinatorId = input.coordinatorId;
    if (input.facilitatorId !== undefined) programme.facilitatorId = input.facilitatorId;
    if (input.budget !== undefined) {
      programme.budgetMinor = input.budget ? toMinorUnits(input.budget, 'input.budget') : null;
      programme.currency = input.budget?.currency ?? null;
    }
    programme.startDate = start;
    programme.endDate = end;
    if (input.thematicAreaIds) programme.thematicAreaIds = [...new Set(input.thematicAreaIds)];
    if (input.maxRouteDays !== undefined) programme.maxRouteDays = input.maxRouteDays;
    return ctx.repo(Programme).save(programme);
  }

  /** Refused with CONFLICT while the programme has routes. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const programme = await loadForUpdate(ctx, Programme, id, version);
    // Its own settings go with it.
    await this.settings.removeScope(ctx, programmeSettingScope(id));
    await ctx.repo(Programme).remove(programme);
    return id;
  }
}
