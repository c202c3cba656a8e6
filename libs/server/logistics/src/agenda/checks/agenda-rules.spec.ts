import { SessionType } from '../session-type';
import {
  agendaReady,
  AgendaFindingCode as Code,
  caseReadiness,
  caseVisitSequence,
  daysWithinRoute,
  doubleBookings,
  evaluateAgenda,
  fieldVisitOutsideCapital,
  FindingSeverity,
  overlappingSessions,
  practicesAttached,
  presentationsOnFirstDay,
  type AgendaFacts,
  type Booking,
  type SessionFacts,
} from './agenda-rules';

const DAYS = [
  { id: 'd1', date: '2025-05-12' },
  { id: 'd2', date: '2025-05-13' },
  { id: 'd3', date: '2025-05-14' },
];
/** Lima is UTC-5: local times become instants five hours later. */
const at = (date: string, time: string) => Date.parse(`${date}T${time}:00-05:00`);

let counter = 0;
function session(day: string, startTime: string, endTime: string, type: SessionType, extra: Partial<SessionFacts> = {}): SessionFacts {
  const date = DAYS.find((d) => d.id === day)?.date ?? '2025-05-12';
  const id = extra.id ?? `s${++counter}`;
  return { id, dayId: day, date, type, startTime, endTime, start: at(date, startTime), end: at(date, endTime), title: id, practiceId: null, outsideCapital: false, people: [], ...extra };
}

function facts(sessions: SessionFacts[], extra: Partial<AgendaFacts> = {}): AgendaFacts {
  return { route: { startDate: '2025-05-12', endDate: '2025-05-14', maxDays: 8 }, days: DAYS, sessions, otherSessions: [], practices: [], ...extra };
}

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);
const lucia: Booking = { personId: 'p-lucia', name: 'Lucía Mendoza', as: 'CHAMPION' };
const valeria: Booking = { personId: 'p-valeria', name: 'Valeria Rojas', as: 'INTERPRETER' };

describe('overlapping sessions', () => {
  it('reports two sessions of a day that share time, once per pair', () => {
    const a = session('d1', '09:00', '10:30', SessionType.OPENING, { id: 'a' });
    const b = session('d1', '10:00', '11:00', SessionType.DELEGATION_PRESENTATIONS, { id: 'b' });
    const [f, ...rest] = overlappingSessions(facts([b, a]));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ code: Code.SESSIONS_OVERLAP, severity: FindingSeverity.BLOCKING, sessionIds: ['a', 'b'], dayId: 'd1' });
    expect(f.message).toBe('"a" (2025-05-12 09:00-10:30) and "b" (2025-05-12 10:00-11:00) overlap');
  });

  it('accepts back-to-back sessions and the same hours on different days', () => {
    const sessions = [session('d1', '09:00', '10:00', SessionType.OPENING), session('d1', '10:00', '11:00', SessionType.INFORMAL), session('d2', '09:30', '10:30', SessionType.INFORMAL)];
    expect(overlappingSessions(facts(sessions))).toEqual([]);
  });
});

describe('double bookings', () => {
  it('reports a champion leading two sessions at the same time on the route', () => {
    const a = session('d1', '09:00', '11:00', SessionType.CASE_VISIT, { id: 'a', people: [lucia] });
    const b = session('d1', '10:00', '12:00', SessionType.FIELD_VISIT, { id: 'b', people: [{ ...lucia, as: 'INTERPRETER' }] });
    const found = doubleBookings(facts([a, b]));
    expect(found).toEqual([expect.objectContaining({ code: Code.DOUBLE_BOOKED, severity: FindingSeverity.BLOCKING, sessionIds: ['a', 'b'], personId: 'p-lucia', otherRouteId: null })]);
    expect(found[0].message).toMatch(/^Lucía Mendoza is booked in two places at once: "a"/);
  });

  it('compares instants with sessions of other routes, whatever their zone', () => {
    const mine = session('d1', '09:00', '10:00', SessionType.ANALYSIS, { id: 'mine', people: [valeria] });
    // 09:30 in Lima is 14:30 UTC; a session in Dakar (UTC+0) from 14:00 to 15:00 UTC shares that time.
    const dakar = { id: 'dakar', routeId: 'r2', routeTitle: 'Senegal', title: 'Opening', start: Date.parse('2025-05-12T14:00:00Z'), end: Date.parse('2025-05-12T15:00:00Z'), people: [valeria] };
    // The same wall-clock hours in Dakar are five hours earlier: no clash.
    const early = { ...dakar, id: 'early', start: Date.parse('2025-05-12T09:00:00Z'), end: Date.parse('2025-05-12T10:00:00Z') };
    const found = doubleBookings(facts([mine], { otherSessions: [dakar, early] }));
    expect(found).toEqual([expect.objectContaining({ sessionIds: ['mine', 'dakar'], personId: 'p-valeria', otherRouteId: 'r2' })]);
    expect(found[0].message).toContain('"Opening" of the route Senegal');
  });

  it('lets people lead sessions one after the other, and different people lead at the same time', () => {
    const a = session('d1', '09:00', '10:00', SessionType.CASE_VISIT, { people: [lucia] });
    const b = session('d1', '10:00', '11:00', SessionType.ANALYSIS, { people: [lucia] });
    const c = session('d1', '09:00', '11:00', SessionType.INFORMAL, { people: [valeria] });
    expect(doubleBookings(facts([a, b, c]))).toEqual([]);
  });
});

describe('context, visit, analysis', () => {
  const visit = (extra: Partial<SessionFacts> = {}) => session('d2', '09:00', '12:00', SessionType.CASE_VISIT, { id: 'visit', practiceId: 'p1', ...extra });

  it('holds with a context before and an analysis after for the same practice, on other days too', () => {
    const sessions = [session('d1', '15:00', '17:00', SessionType.CONTEXT_SETTING, { practiceId: 'p1' }), visit(), session('d3', '09:00', '10:00', SessionType.ANALYSIS, { practiceId: 'p1' })];
    expect(caseVisitSequence(facts(sessions))).toEqual([]);
  });

  it('reports each missing side once: no context before, no analysis after', () => {
    const found = caseVisitSequence(facts([visit()]));
    expect(codes(found)).toEqual([Code.CASE_VISIT_WITHOUT_CONTEXT, Code.CASE_VISIT_WITHOUT_ANALYSIS]);
    expect(found[0]).toMatchObject({ severity: FindingSeverity.BLOCKING, sessionIds: ['visit'], dayId: 'd2', practiceId: 'p1' });
  });

  it('does not count a context after the visit, an analysis before it, or another practice’s', () => {
    const sessions = [
      session('d3', '09:00', '10:00', SessionType.CONTEXT_SETTING, { practiceId: 'p1', id: 'late-context' }),
      session('d1', '09:00', '10:00', SessionType.ANALYSIS, { practiceId: 'p1', id: 'early-analysis' }),
      session('d1', '11:00', '12:00', SessionType.CONTEXT_SETTING, { practiceId: 'p2' }),
      session('d3', '11:00', '12:00', SessionType.ANALYSIS, { practiceId: 'p2' }),
      visit(),
    ];
    const found = caseVisitSequence(facts(sessions));
    expect(codes(found)).toEqual([Code.CASE_VISIT_WITHOUT_CONTEXT, Code.CASE_VISIT_WITHOUT_ANALYSIS]);
    // The misplaced sessions of the case are named with the visit, so both cards show the finding.
    expect(found.map((f) => f.sessionIds)).toEqual([
      ['visit', 'late-context'],
      ['visit', 'early-analysis'],
    ]);
  });

  it('counts a context that overlaps the visit as not before it', () => {
    const sessions = [session('d2', '08:00', '09:30', SessionType.CONTEXT_SETTING, { practiceId: 'p1' }), visit(), session('d2', '12:00', '13:00', SessionType.ANALYSIS, { practiceId: 'p1' })];
    expect(codes(caseVisitSequence(facts(sessions)))).toEqual([Code.CASE_VISIT_WITHOUT_CONTEXT]);
  });
});

describe('field visit outside the capital', () => {
  it('is blocking when the route has no field visit, or only in the capital (naming those)', () => {
    expect(fieldVisitOutsideCapital(facts([]))).toEqual([expect.objectContaining({ code: Code.NO_FIELD_VISIT_OUTSIDE_CAPITAL, severity: FindingSeverity.BLOCKING, sessionIds: [] })]);
    const inLima = session('d1', '09:00', '12:00', SessionType.FIELD_VISIT, { id: 'lima' });
    const [f] = fieldVisitOutsideCapital(facts([inLima]));
    expect(f).toMatchObject({ sessionIds: ['lima'], message: 'The route has no field visit outside the capital: its field visit is in the capital' });
  });

  it('holds with one field visit outside the capital; another session outside it does not count', () => {
    expect(fieldVisitOutsideCapital(facts([session('d2', '08:00', '16:00', SessionType.FIELD_VISIT, { outsideCapital: true })]))).toEqual([]);
    expect(fieldVisitOutsideCapital(facts([session('d2', '08:00', '16:00', SessionType.CASE_VISIT, { outsideCapital: true })]))).toHaveLength(1);
  });
});

describe('delegation presentations on the first day', () => {
  it('warns about presentations on a later day, and not about those on the first', () => {
    const first = session('d1', '10:00', '12:00', SessionType.DELEGATION_PRESENTATIONS);
    const later = session('d2', '10:00', '12:00', SessionType.DELEGATION_PRESENTATIONS, { id: 'later' });
    const found = presentationsOnFirstDay(facts([first, later]));
    expect(found).toEqual([expect.objectContaining({ code: Code.PRESENTATIONS_NOT_ON_FIRST_DAY, severity: FindingSeverity.WARNING, sessionIds: ['later'], dayId: 'd2' })]);
    expect(found[0].message).toContain('not on the first day (2025-05-12)');
  });

  it('takes the earliest day of the agenda as the first', () => {
    expect(presentationsOnFirstDay(facts([session('d2', '10:00', '12:00', SessionType.DELEGATION_PRESENTATIONS)], { days: DAYS.slice(1) }))).toEqual([]);
  });
});

describe('cases ready to be visited', () => {
  const visit = (practiceId: string, id: string) => session('d2', '09:00', '12:00', SessionType.CASE_VISIT, { practiceId, id });

  it('blocks a visit to a practice that is not SYSTEMATIZED or PUBLISHED, once per practice with its visits', () => {
    const practices = [
      { id: 'selected', title: 'Growth monitoring', status: 'SELECTED', isCase: true },
      { id: 'systematized', title: 'District committees', status: 'SYSTEMATIZED', isCase: true },
      { id: 'published', title: 'Budgeting', status: 'PUBLISHED', isCase: true },
    ];
    const sessions = [visit('selected', 'v1'), session('d3', '09:00', '12:00', SessionType.CASE_VISIT, { practiceId: 'selected', id: 'v2' }), visit('systematized', 'v3'), visit('published', 'v4')];
    const found = caseReadiness(facts(sessions, { practices }));
    expect(found).toEqual([expect.objectContaining({ code: Code.CASE_NOT_SYSTEMATIZED, severity: FindingSeverity.BLOCKING, practiceId: 'selected', sessionIds: ['v1', 'v2'] })]);
    expect(found[0].message).toBe('Growth monitoring is visited but is SELECTED; a case must be SYSTEMATIZED or PUBLISHED');
  });

  it('does not judge practices that are only discussed, not visited', () => {
    const practices = [{ id: 'p', title: 'Dashboard', status: 'UNDER_ASSESSMENT', isCase: true }];
    expect(caseReadiness(facts([session('d1', '09:00', '10:00', SessionType.CONTEXT_SETTING, { practiceId: 'p' })], { practices }))).toEqual([]);
  });

  it('blocks sessions naming a practice detached from the route since', () => {
    const practices = [{ id: 'gone', title: 'Dashboard', status: 'PUBLISHED', isCase: false }];
    const found = practicesAttached(facts([visit('gone', 'v')], { practices }));
    expect(found).toEqual([expect.objectContaining({ code: Code.PRACTICE_NOT_A_CASE, severity: FindingSeverity.BLOCKING, sessionIds: ['v'], practiceId: 'gone' })]);
  });
});

describe('days of the route', () => {
  it('blocks days outside the route’s dates (dates changed since) with their sessions', () => {
    const s = session('d3', '09:00', '10:00', SessionType.INFORMAL, { id: 'late' });
    const found = daysWithinRoute(facts([s], { route: { startDate: '2025-05-12', endDate: '2025-05-13', maxDays: 8 } }));
    expect(found).toEqual([expect.objectContaining({ code: Code.DAY_OUTSIDE_ROUTE_DATES, dayId: 'd3', sessionIds: ['late'], message: "The day 2025-05-14 is outside the route's dates, 2025-05-12 to 2025-05-13" })]);
  });

  it('blocks more days than the programme allows', () => {
    expect(codes(daysWithinRoute(facts([], { route: { startDate: '2025-05-12', endDate: '2025-05-14', maxDays: 2 } })))).toEqual([Code.TOO_MANY_DAYS]);
  });
});

describe('the whole agenda', () => {
  it('lists blocking findings before warnings, and is ready only without blocking ones', () => {
    const sessions = [session('d2', '09:00', '10:00', SessionType.DELEGATION_PRESENTATIONS), session('d2', '08:00', '16:00', SessionType.FIELD_VISIT, { outsideCapital: true })];
    const found = evaluateAgenda(facts(sessions));
    expect(codes(found)).toEqual([Code.SESSIONS_OVERLAP, Code.PRESENTATIONS_NOT_ON_FIRST_DAY]);
    expect(agendaReady(found)).toBe(false);
    expect(agendaReady(found.slice(1))).toBe(true);
  });
});
