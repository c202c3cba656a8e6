import { overlaps } from '../local-time';
import { SessionType } from '../session-type';

/**
 * The agenda's checks (000 §27, §39, §43; issue 11): pure functions over facts the checks
 * service gathers, one function per rule. Codes are stable (the portal words them in the
 * reader's language); messages are English, for logs, API users and the fallback.
 */
export enum FindingSeverity {
  /** Keeps the route out of IMPLEMENTATION. */
  BLOCKING = 'BLOCKING',
  /** Worth a look; the route may go ahead. */
  WARNING = 'WARNING',
}

export enum AgendaFindingCode {
  SESSIONS_OVERLAP = 'SESSIONS_OVERLAP',
  DOUBLE_BOOKED = 'DOUBLE_BOOKED',
  CASE_VISIT_WITHOUT_CONTEXT = 'CASE_VISIT_WITHOUT_CONTEXT',
  CASE_VISIT_WITHOUT_ANALYSIS = 'CASE_VISIT_WITHOUT_ANALYSIS',
  NO_FIELD_VISIT_OUTSIDE_CAPITAL = 'NO_FIELD_VISIT_OUTSIDE_CAPITAL',
  PRESENTATIONS_NOT_ON_FIRST_DAY = 'PRESENTATIONS_NOT_ON_FIRST_DAY',
  CASE_NOT_SYSTEMATIZED = 'CASE_NOT_SYSTEMATIZED',
  PRACTICE_NOT_A_CASE = 'PRACTICE_NOT_A_CASE',
  DAY_OUTSIDE_ROUTE_DATES = 'DAY_OUTSIDE_ROUTE_DATES',
  TOO_MANY_DAYS = 'TOO_MANY_DAYS',
}

/** Someone a session books: a champion leading it, or an interpreter. Compared as people. */
export interface Booking {
  personId: string;
  /** For messages: "Lucía Mendoza". */
  name: string;
  as: 'CHAMPION' | 'INTERPRETER';
}

export interface SessionFacts {
  id: string;
  dayId: string;
  /** The day's date, YYYY-MM-DD, in the route's zone. */
  date: string;
  type: SessionType;
  /** HH:MM, local. */
  startTime: string;
  endTime: string;
  /** Instants (ms since the epoch), so sessions of routes in other zones compare right. */
  start: number;
  end: number;
  /** For messages: the English title (or any). */
  title: string;
  practiceId: string | null;
  outsideCapital: boolean;
  people: Booking[];
}

/** A session of another route that shares some time with one of this route's sessions. */
export interface OtherRouteSession {
  id: string;
  routeId: string;
  routeTitle: string;
  title: string;
  start: number;
  end: number;
  people: Booking[];
}

export interface PracticeFacts {
  id: string;
  title: string;
  /** Its status in the practices module, null if it no longer exists. */
  status: string | null;
  /** Attached to the route as a case. */
  isCase: boolean;
}

export interface AgendaFacts {
  route: { startDate: string | null; endDate: string | null; maxDays: number };
  days: { id: string; date: string }[];
  /** This route's sessions. */
  sessions: SessionFacts[];
  otherSessions: OtherRouteSession[];
  practices: PracticeFacts[];
}

export interface AgendaFinding {
  code: AgendaFindingCode;
  severity: FindingSeverity;
  message: string;
  /** The sessions concerned (of another route too, for a double booking across routes). */
  sessionIds: string[];
  /** The day concerned, when the finding is about one day. */
  dayId: string | null;
  practiceId: string | null;
  /** The person booked twice. */
  personId: string | null;
  /** The other route of a double booking across routes. */
  otherRouteId: string | null;
}

const READY_STATUSES = ['SYSTEMATIZED', 'PUBLISHED'];

function finding(code: AgendaFindingCode, severity: FindingSeverity, message: string, extra: Partial<AgendaFinding> = {}): AgendaFinding {
  return { code, severity, message, sessionIds: [], dayId: null, practiceId: null, personId: null, otherRouteId: null, ...extra };
}

const label = (s: SessionFacts) => `"${s.title}" (${s.date} ${s.startTime}-${s.endTime})`;
const byStart = (a: SessionFacts, b: SessionFacts) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1);

/** Sessions of one day share some time (back-to-back is fine): one finding per pair. */
export function overlappingSessions(facts: AgendaFacts): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const sorted = [...facts.sessions].sort(byStart);
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (a.dayId === b.dayId && overlaps(a, b)) {
        out.push(finding(AgendaFindingCode.SESSIONS_OVERLAP, FindingSeverity.BLOCKING, `${label(a)} and ${label(b)} overlap`, { sessionIds: [a.id, b.id], dayId: a.dayId }));
      }
    }
  });
  return out;
}

/**
 * A person (champion or interpreter) booked in two sessions that share some time, on this route
 * or on another: one finding per person and pair. Instants are compared, so a route in Lima
 * and one in Dakar clash only when the same moment is booked twice.
 */
export function doubleBookings(facts: AgendaFacts): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const sorted = [...facts.sessions].sort(byStart);
  const shared = (a: Booking[], b: Booking[]) => {
    const other = new Set(b.map((p) => p.personId));
    return [...new Map(a.filter((p) => other.has(p.personId)).map((p) => [p.personId, p])).values()];
  };
  sorted.forEach((a, i) => {
    for (const b of sorted.slice(i + 1)) {
      if (!overlaps(a, b)) continue;
      for (const person of shared(a.people, b.people)) {
        out.push(
          finding(AgendaFindingCode.DOUBLE_BOOKED, FindingSeverity.BLOCKING, `${person.name} is booked in two places at once: ${label(a)} and ${label(b)}`, {
            sessionIds: [a.id, b.id],
            dayId: a.dayId === b.dayId ? a.dayId : null,
            personId: person.personId,
          }),
        );
      }
    }
    for (const o of facts.otherSessions) {
      if (!overlaps(a, o)) continue;
      for (const person of shared(a.people, o.people)) {
        out.push(
          finding(AgendaFindingCode.DOUBLE_BOOKED, FindingSeverity.BLOCKING, `${person.name} is booked in two places at once: ${label(a)} and "${o.title}" of the route ${o.routeTitle}`, {
            sessionIds: [a.id, o.id],
            dayId: a.dayId,
            personId: person.personId,
            otherRouteId: o.routeId,
          }),
        );
      }
    }
  });
  return out;
}

/**
 * Every CASE_VISIT has a CONTEXT_SETTING of the same practice ending before it starts, and an
 * ANALYSIS of the same practice starting after it ends (000 §39): one finding per missing side.
 */
export function caseVisitSequence(facts: AgendaFacts): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  const titleOf = (id: string) => facts.practices.find((p) => p.id === id)?.title ?? id;
  for (const visit of [...facts.sessions].sort(byStart)) {
    if (visit.type !== SessionType.CASE_VISIT || !visit.practiceId) continue;
    const same = facts.sessions.filter((s) => s.practiceId === visit.practiceId);
    // The finding names the visit and any session of the missing kind that is on the wrong side
    // of it (an analysis moved before its visit): both cards show what to fix.
    const about = (misplaced: SessionFacts[]) => ({ sessionIds: [visit.id, ...misplaced.map((s) => s.id)], dayId: visit.dayId, practiceId: visit.practiceId });
    const contexts = same.filter((s) => s.type === SessionType.CONTEXT_SETTING);
    if (!contexts.some((s) => s.end <= visit.start)) {
      out.push(finding(AgendaFindingCode.CASE_VISIT_WITHOUT_CONTEXT, FindingSeverity.BLOCKING, `The case visit ${label(visit)} has no CONTEXT_SETTING of ${titleOf(visit.practiceId)} before it`, about(contexts)));
    }
    const analyses = same.filter((s) => s.type === SessionType.ANALYSIS);
    if (!analyses.some((s) => s.start >= visit.end)) {
      out.push(finding(AgendaFindingCode.CASE_VISIT_WITHOUT_ANALYSIS, FindingSeverity.BLOCKING, `The case visit ${label(visit)} has no ANALYSIS of ${titleOf(visit.practiceId)} after it`, about(analyses)));
    }
  }
  return out;
}

/** At least one FIELD_VISIT outside the host capital (000 §27); field visits in the capital are named. */
export function fieldVisitOutsideCapital(facts: AgendaFacts): AgendaFinding[] {
  const visits = facts.sessions.filter((s) => s.type === SessionType.FIELD_VISIT);
  if (visits.some((s) => s.outsideCapital)) return [];
  const message = visits.length
    ? `The route has no field visit outside the capital: its ${visits.length === 1 ? 'field visit is' : `${visits.length} field visits are`} in the capital`
    : 'The route has no field visit outside the capital';
  return [finding(AgendaFindingCode.NO_FIELD_VISIT_OUTSIDE_CAPITAL, FindingSeverity.BLOCKING, message, { sessionIds: [...visits].sort(byStart).map((s) => s.id) })];
}

/** Delegations present their countries on the first day of the agenda (000 §43). */
export function presentationsOnFirstDay(facts: AgendaFacts): AgendaFinding[] {
  const first = [...facts.days].sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (!first) return [];
  return [...facts.sessions]
    .sort(byStart)
    .filter((s) => s.type === SessionType.DELEGATION_PRESENTATIONS && s.dayId !== first.id)
    .map((s) =>
      finding(AgendaFindingCode.PRESENTATIONS_NOT_ON_FIRST_DAY, FindingSeverity.WARNING, `The delegation presentations ${label(s)} are not on the first day (${first.date})`, {
        sessionIds: [s.id],
        dayId: s.dayId,
      }),
    );
}

/** A case visited must be SYSTEMATIZED or PUBLISHED: one finding per practice, naming its visits. */
export function caseReadiness(facts: AgendaFacts): AgendaFinding[] {
  const out: AgendaFinding[] = [];
  for (const practice of facts.practices) {
    if (practice.status !== null && READY_STATUSES.includes(practice.status)) continue;
    const visits = facts.sessions.filter((s) => s.type === SessionType.CASE_VISIT && s.practiceId === practice.id).sort(byStart);
    if (!visits.length) continue;
    out.push(
      finding(AgendaFindingCode.CASE_NOT_SYSTEMATIZED, FindingSeverity.BLOCKING, `${practice.title} is visited but is ${practice.status ?? 'no longer on record'}; a case must be SYSTEMATIZED or PUBLISHED`, {
        sessionIds: visits.map((s) => s.id),
        practiceId: practice.id,
      }),
    );
  }
  return out;
}

/** Sessions naming a practice that is no longer attached to the route as a case (detached since). */
export function practicesAttached(facts: AgendaFacts): AgendaFinding[] {
  return facts.practices
    .filter((p) => !p.isCase)
    .map((p) => ({ practice: p, sessions: facts.sessions.filter((s) => s.practiceId === p.id).sort(byStart) }))
    .filter(({ sessions }) => sessions.length > 0)
    .map(({ practice, sessions }) =>
      finding(AgendaFindingCode.PRACTICE_NOT_A_CASE, FindingSeverity.BLOCKING, `${practice.title} is no longer a case of the route, but ${sessions.length} ${sessions.length === 1 ? 'session names' : 'sessions name'} it`, {
        sessionIds: sessions.map((s) => s.id),
        practiceId: practice.id,
      }),
    );
}

/** Days the route no longer covers (its dates changed after the days were planned), and days beyond the programme's maximum. */
export function daysWithinRoute(facts: AgendaFacts): AgendaFinding[] {
  const { startDate, endDate, maxDays } = facts.route;
  const out: AgendaFinding[] = [];
  for (const day of [...facts.days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
    if (startDate && endDate && day.date >= startDate && day.date <= endDate) continue;
    const why = startDate && endDate ? `outside the route's dates, ${startDate} to ${endDate}` : 'on a route without dates';
    out.push(
      finding(AgendaFindingCode.DAY_OUTSIDE_ROUTE_DATES, FindingSeverity.BLOCKING, `The day ${day.date} is ${why}`, {
        dayId: day.id,
        sessionIds: facts.sessions.filter((s) => s.dayId === day.id).sort(byStart).map((s) => s.id),
      }),
    );
  }
  if (facts.days.length > maxDays) {
    out.push(finding(AgendaFindingCode.TOO_MANY_DAYS, FindingSeverity.BLOCKING, `The agenda has ${facts.days.length} days; the programme allows ${maxDays}`));
  }
  return out;
}

export const AGENDA_RULES: readonly ((facts: AgendaFacts) => AgendaFinding[])[] = [
  overlappingSessions,
  doubleBookings,
  caseVisitSequence,
  fieldVisitOutsideCapital,
  caseReadiness,
  practicesAttached,
  daysWithinRoute,
  presentationsOnFirstDay,
];

/** Every finding of the agenda: blocking ones first, each rule's in the order of the agenda. */
export function evaluateAgenda(facts: AgendaFacts): AgendaFinding[] {
  const all = AGENDA_RULES.flatMap((rule) => rule(facts));
  return [...all.filter((f) => f.severity === FindingSeverity.BLOCKING), ...all.filter((f) => f.severity === FindingSeverity.WARNING)];
}

/** The route may enter IMPLEMENTATION as far as its agenda goes. */
export const agendaReady = (findings: readonly AgendaFinding[]) => findings.every((f) => f.severity !== FindingSeverity.BLOCKING);
