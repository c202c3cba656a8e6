import { loadOne, type RequestContext } from '@lr/server-core';
import { getRoute, loadRoute, type LearningRoute } from '@lr/server-core-domain';
import { loadChampion, visibleChampionIds } from '@lr/server-champions';
import { loadPractice, PracticeStatus } from '@lr/server-practices';
import { RouteLogistics } from '../settings/route-logistics.entity';
import { defaultTimeZone } from '../settings/time-zones';
import { assertAgendaVisible } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import { AgendaSession } from './agenda-session.entity';
import { zonedInstant } from './local-time';

/**
 * The zone a route's agenda is written in: its settings' zone, or the host country's while it
 * has none (read-only: a read never creates the settings row).
 */
export async function agendaTimeZone(ctx: RequestContext, routeId: string): Promise<string> {
  const settings = await loadOne(ctx, RouteLogistics, routeId, { by: 'routeId' });
  if (settings) return settings.timeZone;
  const route = await loadRoute(ctx, routeId);
  return defaultTimeZone(route?.hostCountryCode ?? '');
}

/** When a session starts and ends, as instants, from its day's date and the route's zone. */
export function sessionInstants(session: Pick<AgendaSession, 'startTime' | 'endTime'>, date: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: zonedInstant(date, session.startTime, timeZone), endsAt: zonedInstant(date, session.endTime, timeZone) };
}

export interface RouteAgendaSession {
  /**
   * The session as the caller may read it: for partners, without notes and interpreters, the
   * practice only when published, and only the champions they may see.
   */
  session: AgendaSession;
  startsAt: Date;
  endsAt: Date;
  /** The people (core person ids) of the champions leading, in the session's order. */
  championPersonIds: string[];
  /** The people interpreting (empty for partners). */
  interpreterIds: string[];
}

export interface RouteAgenda {
  route: LearningRoute;
  /** IANA zone the days and times are written in. */
  timeZone: string;
  /** By date; each day's sessions by start, then end. */
  days: { day: AgendaDay; sessions: RouteAgendaSession[] }[];
}

/** What partners read of a session (see agenda-access.ts). */
async function publicCopy(ctx: RequestContext, session: AgendaSession, visibleChampions: Set<string>): Promise<AgendaSession> {
  const practice = session.practiceId ? await loadPractice(ctx, session.practiceId) : null;
  return Object.assign(Object.create(AgendaSession.prototype) as AgendaSession, session, {
    notes: {},
    interpreterIds: [],
    practiceId: practice?.status === PracticeStatus.PUBLISHED ? practice.id : null,
    championIds: session.championIds.filter((id) => visibleChampions.has(id)),
  });
}

/**
 * A route's whole agenda for documents and calendars (the exports read it): days by date,
 * sessions by start, each with its instants and the people leading and interpreting, as the
 * caller may read them. NOT_FOUND for an unknown route or a participant of another route.
 * A few statements whatever the agenda's length.
 */
export async function routeAgenda(ctx: RequestContext, routeId: string): Promise<RouteAgenda> {
  const route = await getRoute(ctx, routeId);
  const view = await assertAgendaVisible(ctx, routeId, 'LearningRoute', routeId);
  const [timeZone, days, sessions] = await Promise.all([
    agendaTimeZone(ctx, routeId),
    ctx.repo(AgendaDay).find({ where: { routeId }, order: { date: 'ASC' } }),
    ctx.repo(AgendaSession).find({ where: { routeId }, order: { startTime: 'ASC', endTime: 'ASC', id: 'ASC' } }),
  ]);
  const visible = await visibleChampionIds(ctx, sessions.flatMap((s) => s.championIds));
  const entries = await Promise.all(
    sessions.map(async (raw) => {
      const session = view === 'PUBLIC' ? await publicCopy(ctx, raw, visible) : raw;
      const champions = await Promise.all(session.championIds.map((id) => loadChampion(ctx, id)));
      return { session, championPersonIds: champions.flatMap((c) => (c ? [c.personId] : [])), interpreterIds: session.interpreterIds };
    }),
  );
  const dateOf = new Map(days.map((d) => [d.id, d.date]));
  return {
    route,
    timeZone,
    days: days.map((day) => ({
      day,
      sessions: entries
        .filter((e) => e.session.dayId === day.id)
        .map((e) => ({ ...e, ...sessionInstants(e.session, dateOf.get(day.id) as string, timeZone) })),
    })),
  };
}
