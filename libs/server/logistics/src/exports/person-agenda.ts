import { In } from 'typeorm';
import { NotFoundError, type RequestContext } from '@lr/server-core';
import { getRoute, loadPerson, type LearningRoute, type Person } from '@lr/server-core-domain';
import { championOfPerson, loadChampion } from '@lr/server-champions';
import { travellersOf } from '@lr/server-delegations';
import { AgendaDay } from '../agenda/agenda-day.entity';
import { AgendaSession } from '../agenda/agenda-session.entity';
import { agendaTimeZone, routeAgenda, sessionInstants, type RouteAgendaSession } from '../agenda/agenda-reads';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A person's part of one route's agenda, sessions by start. */
export interface PersonRouteSessions {
  route: LearningRoute;
  sessions: RouteAgendaSession[];
}

/** The routes with an agenda that the person travels on (selected participant or route team). */
async function attendedRoutes(ctx: RequestContext, personId: string): Promise<string[]> {
  const rows = await ctx.repo(AgendaSession).createQueryBuilder('s').select('DISTINCT s.route_id', 'routeId').getRawMany<{ routeId: string }>();
  const routeIds = rows.map((r) => r.routeId);
  // Delegations' loaders answer every route in one batch of statements.
  const travellers = await Promise.all(routeIds.map((id) => travellersOf(ctx, id)));
  return routeIds.filter((_, i) => travellers[i].some((t) => t.personId === personId));
}

/** The sessions the person leads, as one of their champions or as an interpreter, on routes they do not travel on. */
async function ledSessions(ctx: RequestContext, personId: string, attended: readonly string[]): Promise<AgendaSession[]> {
  const champion = await championOfPerson(ctx, personId);
  const q = ctx
    .repo(AgendaSession)
    .createQueryBuilder('s')
    .where(champion ? '(:person = ANY(s.interpreter_ids) OR :champion = ANY(s.champion_ids))' : ':person = ANY(s.interpreter_ids)', { person: personId, champion: champion?.id });
  if (attended.length) q.andWhere('s.route_id NOT IN (:...attended)', { attended });
  return q.getMany();
}

/**
 * The sessions a person leads on one route they do not travel on, with their instants. Read
 * here rather than through `routeAgenda`, which (rightly) hides other routes from PARTICIPANT
 * users: a champion who is also a participant elsewhere still gets the session they lead.
 */
async function ledOnRoute(ctx: RequestContext, routeId: string, sessions: AgendaSession[]): Promise<PersonRouteSessions> {
  const [route, timeZone, days] = await Promise.all([getRoute(ctx, routeId), agendaTimeZone(ctx, routeId), ctx.repo(AgendaDay).findBy({ id: In(sessions.map((s) => s.dayId)) })]);
  const dateOf = new Map(days.map((d) => [d.id, d.date]));
  const timed = await Promise.all(
    sessions.map(async (session) => {
      const champions = await Promise.all(session.championIds.map((id) => loadChampion(ctx, id)));
      return {
        session,
        ...sessionInstants(session, dateOf.get(session.dayId) as string, timeZone),
        championPersonIds: champions.flatMap((c) => (c ? [c.personId] : [])),
        interpreterIds: session.interpreterIds,
      };
    }),
  );
  return { route, sessions: timed.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

/**
 * What a person's calendar holds, across routes: every session of the routes they travel on
 * (as delegations says who travels), and, on any other route, only the sessions they lead.
 * Routes by their first session; NOT_FOUND for an unknown person. The caller's right to read
 * this person's calendar is checked before (`assertMayReadPersonAgenda`).
 */
export async function personAgenda(ctx: RequestContext, personId: string): Promise<{ person: Person; routes: PersonRouteSessions[] }> {
  const person = UUID.test(personId) ? await loadPerson(ctx, personId) : null;
  if (!person) throw new NotFoundError('Person', personId);
  const attended = await attendedRoutes(ctx, personId);
  const led = await ledSessions(ctx, personId, attended);
  const ledByRoute = new Map<string, AgendaSession[]>();
  for (const s of led) ledByRoute.set(s.routeId, [...(ledByRoute.get(s.routeId) ?? []), s]);
  const routes = await Promise.all([
    ...attended.map(async (id) => {
      const agenda = await routeAgenda(ctx, id);
      return { route: agenda.route, sessions: agenda.days.flatMap((d) => d.sessions) };
    }),
    ...[...ledByRoute].map(([routeId, sessions]) => ledOnRoute(ctx, routeId, sessions)),
  ]);
  const firstStart = (r: PersonRouteSessions) => r.sessions[0]?.startsAt.getTime() ?? Infinity;
  return { person, routes: routes.filter((r) => r.sessions.length).sort((a, b) => firstStart(a) - firstStart(b)) };
}
