import { Language, localize, type LocalizedValue, type RequestContext } from '@lr/server-core';
import { getRoute, loadPerson, loadProgramme, loadRoute } from '@lr/server-core-domain';
import { loadChampion } from '@lr/server-champions';
import { casePracticeIdsOfRoute, loadPractice } from '@lr/server-practices';
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
  const route = await getRoute(ctx, routeId);
  const [programme, timeZone, days, sessions, caseIds] = await Promise.all([
    loadProgramme(ctx, route.programmeId),
    agendaTimeZone(ctx, routeId),
    ctx.repo(AgendaDay).find({ where: { routeId }, select: { id: true, date: true }, order: { date: 'ASC' } }),
    ctx.repo(AgendaSession).find({ where: { routeId } }),
    casePracticeIdsOfRoute(ctx, routeId),
  ]);
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
    route: { startDate: route.startDate, endDate: route.endDate, maxDays: programme?.maxRouteDays ?? Number.MAX_SAFE_INTEGER },
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
export function findingsOnce(ctx: RequestContext, routeId: string): Promise<AgendaFinding[]> {
  return ctx.loaders.memo(`logistics:agenda-findings:${routeId}`, () => agendaFindings(ctx, routeId));
}
