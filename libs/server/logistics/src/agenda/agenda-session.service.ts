import { cleanLocalized, findOrFail, loadForUpdate, ReferenceCheck, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { PersonRef } from '@lr/server-core-domain';
import { ChampionRef } from '@lr/server-champions';
import { casePracticeIdsOfRoute, PracticeRef } from '@lr/server-practices';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { assertAgendaVisible } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import { lockAgenda, routeIdOf } from './agenda-lock';
import { AgendaSession } from './agenda-session.entity';
import type { CreateAgendaSessionInput, MoveAgendaSessionInput, UpdateAgendaSessionInput } from './agenda-session.inputs';
import { minutesOf } from './local-time';
import { SessionType } from './session-type';

type SessionShape = Pick<AgendaSession, 'type' | 'startTime' | 'endTime' | 'practiceId' | 'latitude' | 'longitude'>;
type Changes = Partial<Pick<CreateAgendaSessionInput, 'practiceId' | 'championIds' | 'interpreterIds'>>;

const unique = <T>(values: readonly T[] | undefined) => [...new Set(values ?? [])];

/**
 * Sessions of the agenda. What one session can get wrong on its own is refused here, on the
 * field at fault; what concerns several (overlaps, double bookings, the order of context, visit
 * and analysis) is reported by the agenda checks, so the board can hold a draft while editors
 * move things around, and the route cannot enter IMPLEMENTATION until the checks pass.
 */
@Service()
export class AgendaSessionService {
  constructor(private readonly logistics: RouteLogisticsService) {}

  async get(ctx: RequestContext, id: string): Promise<AgendaSession> {
    const session = await findOrFail(ctx, AgendaSession, id);
    await assertAgendaVisible(ctx, session.routeId, 'AgendaSession', id);
    return session;
  }

  async create(ctx: RequestContext, input: CreateAgendaSessionInput): Promise<AgendaSession> {
    const found = await ctx.repo(AgendaDay).findOne({ where: { id: input.dayId }, select: { id: true, routeId: true } });
    if (!found) throw ValidationError.field('input.dayId', `no agenda day has the id ${input.dayId}`, 'dayExists');
    const route = await lockAgenda(ctx, this.logistics, found.routeId);
    const repo = ctx.repo(AgendaSession);
    const session = repo.create({
      routeId: route.id,
      dayId: found.id,
      type: input.type,
      startTime: input.startTime,
      endTime: input.endTime,
      title: cleanLocalized(input.title),
      notes: cleanLocalized(input.notes),
      placeName: input.placeName?.trim() || null,
      placeAddress: input.placeAddress?.trim() || null,
      outsideCapital: input.outsideCapital ?? false,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      practiceId: input.practiceId ?? null,
      championIds: unique(input.championIds),
      interpreterIds: unique(input.interpreterIds),
      interpretedLanguages: unique(input.interpretedLanguages),
    });
    await assertValid(ctx, route.id, session, input);
    return repo.save(session);
  }

  async update(ctx: RequestContext, input: UpdateAgendaSessionInput): Promise<AgendaSession> {
    const routeId = await routeIdOf(ctx, AgendaSession, input.id);
    await lockAgenda(ctx, this.logistics, routeId);
    const session = await loadForUpdate(ctx, AgendaSession, input.id, input.version);
    if (input.dayId && input.dayId !== session.dayId) session.dayId = await dayOfRoute(ctx, routeId, input.dayId);
    if (input.type) session.type = input.type;
    if (input.startTime) session.startTime = input.startTime;
    if (input.endTime) session.endTime = input.endTime;
    if (input.title) session.title = cleanLocalized(input.title);
    if (input.notes !== undefined) session.notes = cleanLocalized(input.notes);
    if (input.placeName !== undefined) session.placeName = input.placeName?.trim() || null;
    if (input.placeAddress !== undefined) session.placeAddress = input.placeAddress?.trim() || null;
    if (input.outsideCapital !== undefined && input.outsideCapital !== null) session.outsideCapital = input.outsideCapital;
    if (input.latitude !== undefined) session.latitude = input.latitude;
    if (input.longitude !== undefined) session.longitude = input.longitude;
    if (input.practiceId !== undefined) session.practiceId = input.practiceId;
    if (input.championIds) session.championIds = unique(input.championIds);
    if (input.interpreterIds) session.interpreterIds = unique(input.interpreterIds);
    if (input.interpretedLanguages) session.interpretedLanguages = unique(input.interpretedLanguages);
    await assertValid(ctx, routeId, session, input);
    return ctx.repo(AgendaSession).save(session);
  }

  /** Another day (of the same route) and other times, in one change: what dragging a card does. */
  async move(ctx: RequestContext, input: MoveAgendaSessionInput): Promise<AgendaSession> {
    const routeId = await routeIdOf(ctx, AgendaSession, input.id);
    await lockAgenda(ctx, this.logistics, routeId);
    const session = await loadForUpdate(ctx, AgendaSession, input.id, input.version);
    session.dayId = await dayOfRoute(ctx, routeId, input.dayId);
    session.startTime = input.startTime;
    session.endTime = input.endTime;
    assertTimes(session);
    return ctx.repo(AgendaSession).save(session);
  }

  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    await lockAgenda(ctx, this.logistics, await routeIdOf(ctx, AgendaSession, id));
    const session = await loadForUpdate(ctx, AgendaSession, id, version);
    await ctx.repo(AgendaSession).remove(session);
    return id;
  }
}

/** A day of the route, for a session moving to it; another route's day is refused on `input.dayId`. */
async function dayOfRoute(ctx: RequestContext, routeId: string, dayId: string): Promise<string> {
  const day = await ctx.repo(AgendaDay).findOne({ where: { id: dayId }, select: { id: true, routeId: true } });
  if (!day) throw ValidationError.field('input.dayId', `no agenda day has the id ${dayId}`, 'dayExists');
  if (day.routeId !== routeId) throw ValidationError.field('input.dayId', 'is a day of another route: a session moves within its own route', 'dayOfRoute');
  return day.id;
}

function assertTimes(session: Pick<AgendaSession, 'startTime' | 'endTime'>): void {
  if (minutesOf(session.endTime) <= minutesOf(session.startTime)) {
    throw ValidationError.field('input.endTime', `must be after the start (${session.startTime})`, 'afterStart');
  }
}

/**
 * What a session can get wrong on its own, all reported at once on the fields at fault: its
 * times, the case it names (required for a case visit; a practice attached to the route), the
 * champions and interpreters it names, and coordinates given in pairs. References named by
 * `changes` are checked (and held FOR SHARE until the commit); others were checked when set.
 */
async function assertValid(ctx: RequestContext, routeId: string, session: SessionShape, changes: Changes): Promise<void> {
  const check = new ReferenceCheck(ctx);
  if (minutesOf(session.endTime) <= minutesOf(session.startTime)) check.add('input.endTime', `must be after the start (${session.startTime})`, 'afterStart');
  if (session.type === SessionType.CASE_VISIT && !session.practiceId) check.add('input.practiceId', 'is required for a CASE_VISIT: name the practice visited', 'caseVisitPractice');
  if (changes.practiceId) {
    const practice = await check.one(PracticeRef, changes.practiceId, 'input.practiceId');
    if (practice && !(await casePracticeIdsOfRoute(ctx, routeId)).includes(practice.id)) {
      check.add('input.practiceId', 'is not a case of this route: attach the practice to the route first', 'caseOfRoute');
    }
  }
  await check.many(ChampionRef, changes.championIds, 'input.championIds');
  await check.many(PersonRef, changes.interpreterIds, 'input.interpreterIds');
  if ((session.latitude === null) !== (session.longitude === null)) {
    check.add(session.latitude === null ? 'input.latitude' : 'input.longitude', session.latitude === null ? 'must be given with the longitude' : 'must be given with the latitude', 'coordinatesPaired');
  }
  check.assertValid();
}
