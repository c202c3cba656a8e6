import { In } from 'typeorm';
import { Language, localize, NotFoundError, type LocalizedValue, type RequestContext } from '@lr/server-core';
import { getRoute, loadPerson, loadProgramme, loadRoute, type LearningRoute } from '@lr/server-core-domain';
import { loadChampion } from '@lr/server-champions';
import { casePracticeIdsOfRoutes, loadPractice } from '@lr/server-practices';
import { agendaTimeZone, sessionInstants } from '../agenda-reads';
import { AgendaDay } from '../agenda-day.entity';
import { AgendaSession } from '../agenda-session.entity';
import { evaluateAgenda, type AgendaFacts, type AgendaFinding, type Booking } from './agenda-rules';

interface OtherRow {
  id: string;
  routeId: string;
  title: LocalizedValue;
  championIds: string[];
  interpreterIds: string[];
  startsAt: Date;
  endsAt: Date;
}

/**
 * Sessions of other routes that share some time with a session of this route and book someone
 * (a champion or an interpreter), in one statement over every route's agenda. Instants come
 * from each day's date and session's times in each route's own zone (`AT TIME ZONE`), so a
 * session in Lima and one in Dakar are compared at the same moment. Only days from the day
 * before this route's first to the day after its last can overlap, which keeps the scan small.
 * Every route with sessions has its settings row (agenda writes create it with the lock).
 */
const OTHER_ROUTES_AT_THE_SAME_TIME = `
  WITH span AS (
    SELECT min(date) - 1 AS first, max(date) + 1 AS last FROM agenda_day WHERE route_id = $1
  ), timed AS (
    SELECT s.id, s.route_id, s.title, s.champion_ids, s.interpreter_ids,
           (d.date + s.start_time) AT TIME ZONE COALESCE(rl.time_zone, 'UTC') AS starts_at,
           (d.date + s.end_time) AT TIME ZONE COALESCE(rl.time_zone, 'UTC') AS ends_at
      FROM agenda_session s
      JOIN agenda_day d ON d.id = s.day_id
      JOIN span ON d.date BETWEEN span.first AND span.last
      LEFT JOIN route_logistics rl ON rl.route_id = s.route_id
     WHERE cardinality(s.champion_ids) + cardinality(s.interpreter_ids) > 0
  )
  SELECT o.id, o.route_id AS "routeId", o.title, o.champion_ids AS "championIds", o.interpreter_ids AS "interpreterIds",
         o.starts_at AS "startsAt", o.ends_at AS "endsAt"
    FROM timed o
   WHERE o.route_id <> $1
     AND EXISTS (SELECT 1 FROM timed mine WHERE mine.route_id = $1 AND o.starts_at < mine.ends_at AND mine.starts_at < o.ends_at)
   ORDER BY o.starts_at, o.id`;

const english = (value: LocalizedValue | null | undefined, fallback = '') => localize(value, Language.EN) ?? fallback;

/** People a session books, compared as people: a champion by the person they are. */
async function bookingsOf(ctx: RequestContext, championIds: readonly string[], interpreterIds: readonly string[]): Promise<Booking[]> {
  const champions = await Promise.all(championIds.map((id) => loadChampion(ctx, id)));
  const entries: [string, Booking['as']][] = [
    ...champions.flatMap((c): [string, Booking['as']][] => (c ? [[c.personId, 'CHAMPION']] : [])),
    ...interpreterIds.map((id): [string, Booking['as']] => [id, 'INTERPRETER']),
  ];
  return Promise.all(
    entries.map(async ([personId, as]) => {
      const person = await loadPerson(ctx, personId);
      return { personId, as, name: person ? `${person.givenName} ${person.familyName}` : personId };
    }),
  );
}

/** What the rules look at, read in a few statements whatever the agenda's size (people and practices through DataLoaders). */
export async function agendaFacts(ctx: RequestContext, routeId: string): Promise<AgendaFacts> {
  return (await agendaFactsOfRoutes(ctx, [routeId])).get(routeId) as AgendaFacts;
}

/**
 * The routes, NOT_FOUND for an unknown one. One route is read afresh (the phase guard asks
 * inside its transaction, after the route's own changes); several through the request's
 * DataLoader, one statement for all.
 */
async function routesOf(ctx: RequestContext, routeIds: readonly string[]): Promise<LearningRoute[]> {
  if (routeIds.length === 1) return [await getRoute(ctx, routeIds[0])];
  return Promise.all(
    routeIds.map(async (id) => {
      const route = await loadRoute(ctx, id);
      if (!route) throw new NotFoundError('LearningRoute', id);
      return route;
    }),
  );
}

/** Rows grouped by their route, every route present. */
function byRoute<T extends { routeId: string }>(routeIds: readonly string[], rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>(routeIds.map((id) => [id, []]));
  for (const r of rows) out.get(r.routeId)?.push(r);
  return out;
}

/**
 * `agendaFacts` of several routes (a programme's report): days, sessions and cases in one
 * statement each for all of them, routes, programmes and time zones through DataLoaders; only
 * the other routes' sessions at the same time are read per route, and only for routes with sessions.
 */
export async function agendaFactsOfRoutes(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, AgendaFacts>> {
  const ids = [...new Set(routeIds)];
  if (!ids.length) return new Map();
  const routes = await routesOf(ctx, ids);
  const [programmes, timeZones, allDays, allSessions, caseIds] = await Promise.all([
    Promise.all(routes.map((r) => loadProgramme(ctx, r.programmeId))),
    Promise.all(ids.map((id) => agendaTimeZone(ctx, id))),
    ctx.repo(AgendaDay).find({ where: { routeId: In(ids) }, select: { id: true, routeId: true, date: true }, order: { date: 'ASC' } }),
    ctx.repo(AgendaSession).find({ where: { routeId: In(ids) } }),
    casePracticeIdsOfRoutes(ctx, ids),
  ]);
  const days = byRoute(ids, allDays);
  const sessions = byRoute(ids, allSessions);
  const facts = await Promise.all(
    routes.map((route, i) =>
      routeAgendaFacts(ctx, route, programmes[i]?.maxRouteDays ?? Number.MAX_SAFE_INTEGER, timeZones[i], {
        days: (days.get(route.id) ?? []).map((d) => ({ id: d.id, date: d.date })),
        sessions: sessions.get(route.id) ?? [],
        caseIds: caseIds.get(route.id) ?? [],
      }),
    ),
  );
  return new Map(ids.map((id, i) => [id, facts[i]]));
}

/** One route's facts from its rows already read. */
async function routeAgendaFacts(
  ctx: RequestContext,
  route: LearningRoute,
  maxDays: number,
  timeZone: string,
  { days, sessions, caseIds }: { days: Pick<AgendaDay, 'id' | 'date'>[]; sessions: AgendaSession[]; caseIds: string[] },
): Promise<AgendaFacts> {
  const routeId = route.id;
  const others: OtherRow[] = sessions.length ? await ctx.repo(AgendaSession).query(OTHER_ROUTES_AT_THE_SAME_TIME, [routeId]) : [];
  const dateOf = new Map(days.map((d) => [d.id, d.date]));
  const practiceIds = [...new Set(sessions.flatMap((s) => (s.practiceId ? [s.practiceId] : [])))];
  const [sessionFacts, otherSessions, practices] = await Promise.all([
    Promise.all(
      sessions.map(async (s) => {
        const date = dateOf.get(s.dayId) as string;
        const { startsAt, endsAt } = sessionInstants(s, date, timeZone);
        return {
          id: s.id,
          dayId: s.dayId,
          date,
          type: s.type,
          startTime: s.startTime,
          endTime: s.endTime,
          start: startsAt.getTime(),
          end: endsAt.getTime(),
          title: english(s.title, s.type),
          practiceId: s.practiceId,
          outsideCapital: s.outsideCapital,
          people: await bookingsOf(ctx, s.championIds, s.interpreterIds),
        };
      }),
    ),
    Promise.all(
      others.map(async (o) => ({
        id: o.id,
        routeId: o.routeId,
        routeTitle: english((await loadRoute(ctx, o.routeId))?.title, o.routeId),
        title: english(o.title),
        start: new Date(o.startsAt).getTime(),
        end: new Date(o.endsAt).getTime(),
        people: await bookingsOf(ctx, o.championIds, o.interpreterIds),
      })),
    ),
    Promise.all(
      practiceIds.map(async (id) => {
        const practice = await loadPractice(ctx, id);
        return { id, title: english(practice?.title, id), status: practice?.status ?? null, isCase: caseIds.includes(id) };
      }),
    ),
  ]);
  return {
    route: { startDate: route.startDate, endDate: route.endDate, maxDays },
    days,
    sessions: sessionFacts,
    otherSessions,
    practices,
  };
}

/** The agenda's findings as of now (what the phase guard asks, inside its transaction). */
export async function agendaFindings(ctx: RequestContext, routeId: string): Promise<AgendaFinding[]> {
  return evaluateAgenda(await agendaFacts(ctx, routeId));
}

/** The findings computed once per request and route: `agendaChecks` and every session's `findings` share them. */
export async function findingsOnce(ctx: RequestContext, routeId: string): Promise<AgendaFinding[]> {
  return (await findingsOfRoutesOnce(ctx, [routeId])).get(routeId) as AgendaFinding[];
}

/**
 * `findingsOnce` for several routes: the routes not computed yet in this request have their
 * facts read together (`agendaFactsOfRoutes`), each route's findings then remembered as
 * `findingsOnce` remembers them.
 */
export async function findingsOfRoutesOnce(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, AgendaFinding[]>> {
  let batch: Promise<Map<string, AgendaFacts>> | undefined;
  // Started by the first route whose findings are not remembered yet; routes already computed do not wait for it.
  const factsOf = async (id: string) => {
    batch ??= agendaFactsOfRoutes(ctx, routeIds);
    return (await batch).get(id) as AgendaFacts;
  };
  const ids = [...new Set(routeIds)];
  const findings = await Promise.all(ids.map((id) => ctx.loaders.memo(`logistics:agenda-findings:${id}`, async () => evaluateAgenda(await factsOf(id)))));
  return new Map(ids.map((id, i) => [id, findings[i]]));
}
