import { cleanLocalized, ConflictError, findOrFail, loadForUpdate, ReferenceCheck, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { getProgramme, RouteRef, type LearningRoute } from '@lr/server-core-domain';
import { RouteLogisticsService } from '../settings/route-logistics.service';
import { assertAgendaVisible } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import type { AddAgendaDayInput, UpdateAgendaDayInput } from './agenda-day.inputs';
import { lockAgenda, routeIdOf } from './agenda-lock';
import { AgendaSession } from './agenda-session.entity';
import { datesBetween } from './local-time';

/**
 * Days of a route's agenda: one per date, within the route's dates, never more than its
 * programme's `maxRouteDays`. Every write holds the route's agenda lock (agenda-lock.ts), so two
 * editors adding the last allowed day at once cannot both succeed.
 */
@Service()
export class AgendaDayService {
  constructor(private readonly logistics: RouteLogisticsService) {}

  async get(ctx: RequestContext, id: string): Promise<AgendaDay> {
    const day = await findOrFail(ctx, AgendaDay, id);
    await assertAgendaVisible(ctx, day.routeId, 'AgendaDay', id);
    return day;
  }

  async add(ctx: RequestContext, input: AddAgendaDayInput): Promise<AgendaDay> {
    const check = new ReferenceCheck(ctx);
    await check.one(RouteRef, input.routeId, 'input.routeId');
    check.assertValid();
    const route = await lockAgenda(ctx, this.logistics, input.routeId);
    const days = await this.daysOf(ctx, route.id);
    assertDateFits(route, input.date, days, null);
    const max = await maxDaysOf(ctx, route);
    if (days.length >= max) {
      throw ValidationError.field('input.date', `the route already has ${days.length} days, the most its programme allows (${max})`, 'maxRouteDays');
    }
    const repo = ctx.repo(AgendaDay);
    return repo.save(repo.create({ routeId: route.id, date: input.date, title: cleanLocalized(input.title) }));
  }

  /** A new date takes the day's sessions with it (their local times stay as they are). */
  async update(ctx: RequestContext, input: UpdateAgendaDayInput): Promise<AgendaDay> {
    const route = await lockAgenda(ctx, this.logistics, await routeIdOf(ctx, AgendaDay, input.id));
    const day = await loadForUpdate(ctx, AgendaDay, input.id, input.version);
    if (input.date !== undefined && input.date !== null && input.date !== day.date) {
      assertDateFits(route, input.date, await this.daysOf(ctx, route.id), day.id);
      day.date = input.date;
    }
    if (input.title) day.title = cleanLocalized(input.title);
    return ctx.repo(AgendaDay).save(day);
  }

  /** Refused with CONFLICT, naming how many sessions, while the day still has any. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    await lockAgenda(ctx, this.logistics, await routeIdOf(ctx, AgendaDay, id));
    const day = await loadForUpdate(ctx, AgendaDay, id, version);
    const sessions = await ctx.repo(AgendaSession).countBy({ dayId: id });
    if (sessions > 0) {
      throw new ConflictError(`The day ${day.date} still has ${sessions} ${sessions === 1 ? 'session' : 'sessions'}: move or delete ${sessions === 1 ? 'it' : 'them'} first`, {
        entity: 'AgendaDay',
        id,
        sessions,
      });
    }
    await ctx.repo(AgendaDay).remove(day);
    return id;
  }

  /**
   * One day per date of the route, from its first date, skipping dates that already have a day
   * and stopping at the programme's maximum: where editors start an agenda. Running it twice
   * adds nothing the second time. Returns every day of the route, by date.
   */
  async generate(ctx: RequestContext, routeId: string): Promise<AgendaDay[]> {
    const check = new ReferenceCheck(ctx);
    await check.one(RouteRef, routeId, 'routeId');
    check.assertValid();
    const route = await lockAgenda(ctx, this.logistics, routeId);
    if (!route.startDate || !route.endDate) throw ValidationError.field('routeId', 'the route has no dates yet: set its start and end dates first', 'routeDates');
    const days = await this.daysOf(ctx, route.id);
    const taken = new Set(days.map((d) => d.date));
    let room = (await maxDaysOf(ctx, route)) - days.length;
    const repo = ctx.repo(AgendaDay);
    for (const date of datesBetween(route.startDate, route.endDate)) {
      if (room <= 0) break;
      if (taken.has(date)) continue;
      await repo.save(repo.create({ routeId: route.id, date, title: {} }));
      room--;
    }
    return this.daysOf(ctx, route.id);
  }

  private daysOf(ctx: RequestContext, routeId: string): Promise<AgendaDay[]> {
    return ctx.repo(AgendaDay).find({ where: { routeId }, order: { date: 'ASC' } });
  }
}

/** The programme's limit on a route's days on the ground. */
async function maxDaysOf(ctx: RequestContext, route: LearningRoute): Promise<number> {
  return (await getProgramme(ctx, route.programmeId)).maxRouteDays;
}

/** A day's date is within the route's dates and no other day of the route has it. */
function assertDateFits(route: LearningRoute, date: string, days: readonly AgendaDay[], dayId: string | null): void {
  if (!route.startDate || !route.endDate) {
    throw ValidationError.field('input.date', 'the route has no dates yet: set its start and end dates before adding days', 'routeDates');
  }
  if (date < route.startDate || date > route.endDate) {
    throw ValidationError.field('input.date', `must be within the route's dates, ${route.startDate} to ${route.endDate}`, 'withinRouteDates');
  }
  if (days.some((d) => d.date === date && d.id !== dayId)) throw ValidationError.field('input.date', `the route already has a day on ${date}`, 'uniqueDayDate');
}
