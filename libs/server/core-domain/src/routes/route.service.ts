import {
  ReferenceCheck,
  Service,
  cleanLocalized,
  daysInclusive,
  findOrFail,
  hasSearch,
  loadForUpdate,
  localizedSortKey,
  paginate,
  recordCreated,
  searchTerm,
  SortDirection,
  textMatches,
  type SortKey,
  transition,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { CountryRef, ProgrammeRef, ThematicAreaRef } from '../common/reference-targets';
import { LearningRoute } from './learning-route.entity';
import { routePhaseMachine } from './phase-machine';
import type { RoutePhase } from './route-phase';
import { RouteSortField, type CreateRouteInput, type RouteFilter, type RouteSort, type RoutesArgs, type UpdateRouteInput } from './route.inputs';

const SORT_COLUMNS: Record<Exclude<RouteSortField, RouteSortField.TITLE>, string> = {
  [RouteSortField.START_DATE]: 'r.start_date',
  [RouteSortField.PHASE]: `array_position(ARRAY['PLANNING','SYSTEMATIZATION','PREPARATION','IMPLEMENTATION','ACTION_PLANNING','FOLLOW_UP','CLOSED']::varchar[], r.phase)`,
  [RouteSortField.CREATED_AT]: 'r.created_at',
};

interface RouteShape {
  programmeId: string;
  hostCountryCode: string;
  startDate: string | null;
  endDate: string | null;
  thematicAreaIds: string[];
}

/** References exist, and the dates fit the programme: its period and its route length limit. */
async function checkRoute(ctx: RequestContext, route: RouteShape, inputPaths: boolean) {
  const path = (field: string) => (inputPaths ? `input.${field}` : field);
  const check = new ReferenceCheck(ctx);
  const programme = await check.one(ProgrammeRef, route.programmeId, path('programmeId'));
  await check.one(CountryRef, route.hostCountryCode, path('hostCountryCode'));
  await check.many(ThematicAreaRef, route.thematicAreaIds, path('thematicAreaIds'));
  const { startDate: start, endDate: end } = route;
  if (start && end) {
    if (end < start) check.add(path('endDate'), 'must be on or after the start date');
    else if (programme && daysInclusive(start, end) > programme.maxRouteDays) {
      check.add(path('endDate'), `a route lasts at most ${programme.maxRouteDays} days on the ground; this one lasts ${daysInclusive(start, end)}`);
    }
  }
  if (programme?.startDate && start && start < programme.startDate) {
    check.add(path('startDate'), `must not be before the programme starts (${programme.startDate})`);
  }
  if (programme?.endDate && end && end > programme.endDate) {
    check.add(path('endDate'), `must not be after the programme ends (${programme.endDate})`);
  }
  check.assertValid();
}

/** The routes `routes(filter:)` lists (alias `r`); the CSV export runs the same query. */
export function routesQuery(ctx: RequestContext, f: RouteFilter | undefined) {
  const q = ctx.repo(LearningRoute).createQueryBuilder('r');
  if (hasSearch(f?.search)) q.andWhere(textMatches('r', { localized: ['title', 'summary'] }), { term: searchTerm(f.search) });
  if (f?.programmeId) q.andWhere('r.programme_id = :programmeId', { programmeId: f.programmeId });
  if (f?.hostCountryCode) q.andWhere('r.host_country_code = :host', { host: f.hostCountryCode });
  if (f?.phases?.length) q.andWhere('r.phase IN (:...phases)', { phases: f.phases });
  if (f?.thematicAreaId) q.andWhere(':area = ANY(r.thematic_area_ids)', { area: f.thematicAreaId });
  if (f?.startsFrom) q.andWhere('r.start_date >= :from', { from: f.startsFrom });
  if (f?.startsUntil) q.andWhere('r.start_date <= :until', { until: f.startsUntil });
  return q;
}

/** The order of `routes(sort:)`, by start date unless asked otherwise. */
export function routeSortKey(ctx: RequestContext, sort: RouteSort = { field: RouteSortField.START_DATE, direction: SortDirection.ASC }): SortKey {
  return { expression: sort.field === RouteSortField.TITLE ? localizedSortKey('r', 'title', ctx.language) : SORT_COLUMNS[sort.field], direction: sort.direction };
}

@Service()
export class RouteService {
  list(ctx: RequestContext, args: RoutesArgs, selection?: Selection) {
    return paginate(routesQuery(ctx, args.filter), args, routeSortKey(ctx, args.sort), selection);
  }

  get(ctx: RequestContext, id: string) {
    return findOrFail(ctx, LearningRoute, id);
  }

  async create(ctx: RequestContext, input: CreateRouteInput) {
    const shape: RouteShape = {
      programmeId: input.programmeId,
      hostCountryCode: input.hostCountryCode,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      thematicAreaIds: [...new Set(input.thematicAreaIds ?? [])],
    };
    await checkRoute(ctx, shape, true);
    const repo = ctx.repo(LearningRoute);
    const route = await repo.save(
      repo.create({
        ...shape,
        title: cleanLocalized(input.title),
        summary: cleanLocalized(input.summary),
        learningObjectives: cleanLocalized(input.learningObjectives),
        workingLanguages: [...new Set(input.workingLanguages)],
      }),
    );
    // Other modules store what a new route starts with (composition targets, action fund) from today's defaults.
    await recordCreated(ctx, routePhaseMachine, route);
    return route;
  }

  async update(ctx: RequestContext, input: UpdateRouteInput) {
    const route = await loadForUpdate(ctx, LearningRoute, input.id, input.version);
    if (input.hostCountryCode !== undefined) route.hostCountryCode = input.hostCountryCode;
    if (input.startDate !== undefined) route.startDate = input.startDate;
    if (input.endDate !== undefined) route.endDate = input.endDate;
    if (input.thematicAreaIds) route.thematicAreaIds = [...new Set(input.thematicAreaIds)];
    await checkRoute(ctx, route, true);
    if (input.title) route.title = cleanLocalized(input.title);
    if (input.summary) route.summary = cleanLocalized(input.summary);
    if (input.learningObjectives) route.learningObjectives = cleanLocalized(input.learningObjectives);
    if (input.workingLanguages) route.workingLanguages = [...new Set(input.workingLanguages)];
    return ctx.repo(LearningRoute).save(route);
  }

  /** Refused with CONFLICT while other records (route cases, feedback…) refer to the route; its phase history goes with it. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const route = await loadForUpdate(ctx, LearningRoute, id, version);
    await ctx.repo(LearningRoute).remove(route);
    return id;
  }

  /** Moves the route through the phase machine (locked, version-checked, guarded, recorded). */
  advancePhase(ctx: RequestContext, routeId: string, toPhase: RoutePhase, version: number, reason?: string | null) {
    return transition(ctx, routePhaseMachine, { id: routeId, to: toPhase, version, reason });
  }
}
