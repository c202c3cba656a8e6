import {
  cleanLocalized,
  ConflictError,
  findOrFail,
  hasSearch,
  loadForUpdate,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  type Connection,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { PersonRef, ProgrammeRef, RouteRef } from '@lr/server-core-domain';
import { ProgressReport } from '../progress/progress-report.entity';
import { normalizeDecimal, toScaled } from './decimal';
import { assertMayReadIndicator, scopeIndicators } from './indicator-access';
import { indicatorStatus, type IndicatorLine } from './indicator-progress';
import type { CreateTrackedIndicatorInput, TrackedIndicatorFilter, TrackedIndicatorsArgs, UpdateTrackedIndicatorInput } from './indicator.inputs';
import { lastVerifiedOf } from './last-verified';
import { TrackedIndicator } from './tracked-indicator.entity';

/** The line's own consistency: dates in order, a target that is a change when both are there. */
function checkLine(check: ReferenceCheck, line: IndicatorLine): void {
  if (line.baselineDate && line.targetDate && line.targetDate <= line.baselineDate) check.add('input.targetDate', `must be after the baseline date (${line.baselineDate})`, 'targetAfterBaseline');
  if ((line.baselineValue === null) !== (line.baselineDate === null)) check.add(line.baselineValue === null ? 'input.baselineValue' : 'input.baselineDate', 'is needed with the baseline value and date together', 'baselinePaired');
  if ((line.targetValue === null) !== (line.targetDate === null)) check.add(line.targetValue === null ? 'input.targetValue' : 'input.targetDate', 'is needed with the target value and date together', 'targetPaired');
}

/**
 * The indicators `trackedIndicators(filter:)` lists (alias `i`), limited to what the caller may
 * read (`scopeIndicators`). The CSV export runs the same query.
 */
export async function indicatorsQuery(ctx: RequestContext, f: TrackedIndicatorFilter | undefined) {
  const q = ctx.repo(TrackedIndicator).createQueryBuilder('i');
  if (f?.programmeId) q.andWhere('i.programme_id = :programmeId', { programmeId: f.programmeId });
  if (f?.routeId) q.andWhere('i.route_id = :routeId', { routeId: f.routeId });
  if (f?.planId) q.andWhere('i.plan_id = :planId', { planId: f.planId });
  if (f?.ownerPersonId) q.andWhere('i.owner_person_id = :ownerPersonId', { ownerPersonId: f.ownerPersonId });
  if (hasSearch(f?.search)) q.andWhere(textMatches('i', { localized: ['name', 'objective'], plain: ['unit'] }), { term: searchTerm(f.search) });
  await scopeIndicators(ctx, q, 'i');
  if (f?.status) {
    // The status is derived from verified reports: worked out for the filtered rows, then kept as ids.
    const candidates = await q.clone().select(['i.id', 'i.baselineValue', 'i.baselineDate', 'i.targetValue', 'i.targetDate']).getMany();
    const last = await lastVerifiedOf(ctx, candidates.map((c) => c.id));
    const ids = candidates.filter((c) => indicatorStatus(c, last.get(c.id) ?? null) === f.status).map((c) => c.id);
    q.andWhere('i.id = ANY(:statusIds)', { statusIds: ids });
  }
  return q;
}

@Service()
export class IndicatorService {
  /** A page of indicators ordered by target date (soonest first, undated last), then id. */
  async list(ctx: RequestContext, args: TrackedIndicatorsArgs, selection?: Selection): Promise<Connection<TrackedIndicator>> {
    return paginate(await indicatorsQuery(ctx, args.filter), args, { expression: 'i.target_date', direction: 'ASC' }, selection);
  }

  /** The indicator, or NOT_FOUND (also when the caller may not read it). */
  async get(ctx: RequestContext, id: string): Promise<TrackedIndicator> {
    const indicator = await findOrFail(ctx, TrackedIndicator, id);
    await assertMayReadIndicator(ctx, indicator);
    return indicator;
  }

  /** Adds an indicator to a programme (optionally to one of its routes): seed 003's kind. */
  async create(ctx: RequestContext, input: CreateTrackedIndicatorInput): Promise<TrackedIndicator> {
    const check = new ReferenceCheck(ctx);
    await check.one(ProgrammeRef, input.programmeId, 'input.programmeId');
    const route = await check.one(RouteRef, input.routeId, 'input.routeId');
    await check.one(PersonRef, input.ownerPersonId, 'input.ownerPersonId');
    if (route && route.programmeId !== input.programmeId) check.add('input.routeId', 'is a route of another programme', 'indicatorRouteOfProgramme');
    const line: IndicatorLine = {
      baselineValue: input.baselineValue ? normalizeDecimal(input.baselineValue) : null,
      baselineDate: input.baselineDate ?? null,
      targetValue: input.targetValue ? normalizeDecimal(input.targetValue) : null,
      targetDate: input.targetDate ?? null,
    };
    checkLine(check, line);
    check.assertValid();
    const repo = ctx.repo(TrackedIndicator);
    return repo.save(
      repo.create({
        programmeId: input.programmeId,
        routeId: input.routeId ?? null,
        planId: null,
        objectiveId: null,
        name: cleanLocalized(input.name),
        objective: cleanLocalized(input.objective),
        unit: input.unit?.trim() || null,
        ...line,
        ownerPersonId: input.ownerPersonId ?? null,
      }),
    );
  }

  /**
   * Changes an indicator. Its line (baseline and target) is frozen once a report exists: the
   * reports were measured against it, and moving it would rewrite their history (CONFLICT).
   */
  async update(ctx: RequestContext, input: UpdateTrackedIndicatorInput): Promise<TrackedIndicator> {
    const indicator = await loadForUpdate(ctx, TrackedIndicator, input.id, input.version);
    const check = new ReferenceCheck(ctx);
    await check.one(PersonRef, input.ownerPersonId, 'input.ownerPersonId');
    if (input.name === null) check.add('input.name', 'cannot be cleared', 'indicatorNameRequired');
    const line: IndicatorLine = {
      baselineValue: input.baselineValue === undefined ? indicator.baselineValue : input.baselineValue && normalizeDecimal(input.baselineValue),
      baselineDate: input.baselineDate === undefined ? indicator.baselineDate : input.baselineDate,
      targetValue: input.targetValue === undefined ? indicator.targetValue : input.targetValue && normalizeDecimal(input.targetValue),
      targetDate: input.targetDate === undefined ? indicator.targetDate : input.targetDate,
    };
    checkLine(check, line);
    check.assertValid();
    // Both sides are in their shortest form, but compared as numbers to be sure ("5" and "5.0000").
    const sameValue = (a: string | null, b: string | null) => (a === null || b === null ? a === b : toScaled(a) === toScaled(b));
    const lineMoves =
      !sameValue(line.baselineValue, indicator.baselineValue) ||
      !sameValue(line.targetValue, indicator.targetValue) ||
      line.baselineDate !== indicator.baselineDate ||
      line.targetDate !== indicator.targetDate;
    if (lineMoves && (await ctx.repo(ProgressReport).exists({ where: { indicatorId: indicator.id } }))) {
      throw new ConflictError('The baseline and target of an indicator with progress reports cannot change: the reports were measured against them', { constraint: 'indicatorLineFrozen' });
    }
    if (input.name) indicator.name = cleanLocalized(input.name);
    if (input.objective !== undefined) indicator.objective = cleanLocalized(input.objective);
    if (input.unit !== undefined) indicator.unit = input.unit?.trim() || null;
    if (input.ownerPersonId !== undefined) indicator.ownerPersonId = input.ownerPersonId;
    Object.assign(indicator, line);
    return ctx.repo(TrackedIndicator).save(indicator);
  }

  /** Deletes the indicator at the version you read; refused with CONFLICT while it has progress reports. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const indicator = await loadForUpdate(ctx, TrackedIndicator, id, version);
    const reports = await ctx.repo(ProgressReport).count({ where: { indicatorId: id } });
    if (reports) throw new ConflictError(`The indicator has ${reports} progress report${reports === 1 ? '' : 's'}; delete them first`, { constraint: 'indicatorHasReports' });
    if (indicator.planId) throw new ConflictError('The indicator comes from an action plan: it follows the plan and cannot be deleted', { constraint: 'indicatorFromPlan' });
    await ctx.repo(TrackedIndicator).remove(indicator);
    return id;
  }
}
