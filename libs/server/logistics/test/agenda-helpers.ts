import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, attachCase, createRoute, logisticsEditor, ok, selectedParticipant, type RouteFixture } from './helpers';

export interface Written {
  id: string;
  version: number;
}

const editors = new WeakMap<TestGateway, Promise<string>>();
/** A logistics editor's token, made once per gateway. */
export function editorOf(gw: TestGateway): Promise<string> {
  if (!editors.has(gw)) editors.set(gw, logisticsEditor(gw));
  return editors.get(gw) as Promise<string>;
}

export const ADD_DAY = `mutation($input: AddAgendaDayInput!) { addAgendaDay(input: $input) { id version date } }`;
export const CREATE_SESSION = `mutation($input: CreateAgendaSessionInput!) { createAgendaSession(input: $input) { id version } }`;
export const MOVE_SESSION = `mutation($input: MoveAgendaSessionInput!) { moveAgendaSession(input: $input) { id version dayId startTime endTime } }`;
export const GENERATE_DAYS = `mutation($routeId: ID!) { generateAgendaDays(routeId: $routeId) { id version date } }`;
export const CHECKS = `query($routeId: ID!) { agendaChecks(routeId: $routeId) { ready blockingCount warningCount findings { code severity message sessionIds dayId practiceId personId otherRouteId } } }`;

export async function addDay(gw: TestGateway, routeId: string, date: string): Promise<Written & { date: string }> {
  return ok(gw, ADD_DAY, { input: { routeId, date } }, { token: await editorOf(gw) });
}

/** The route's eight days (2025-05-12 to 2025-05-19 unless the route says otherwise), through `generateAgendaDays`. */
export async function generateDays(gw: TestGateway, routeId: string): Promise<(Written & { date: string })[]> {
  return ok(gw, GENERATE_DAYS, { routeId }, { token: await editorOf(gw) });
}

/** A session of a day (INFORMAL, untitled "Session", unless told). */
export async function addSession(gw: TestGateway, dayId: string, startTime: string, endTime: string, fields: Record<string, unknown> = {}): Promise<Written> {
  const input = { dayId, type: 'INFORMAL', startTime, endTime, title: { en: 'Session' }, ...fields };
  return ok(gw, CREATE_SESSION, { input }, { token: await editorOf(gw) });
}

export interface Finding {
  code: string;
  severity: string;
  message: string;
  sessionIds: string[];
  dayId: string | null;
  practiceId: string | null;
  personId: string | null;
  otherRouteId: string | null;
}

export async function checksOf(gw: TestGateway, routeId: string): Promise<{ ready: boolean; blockingCount: number; warningCount: number; findings: Finding[] }> {
  return ok(gw, CHECKS, { routeId }, { token: await editorOf(gw) });
}

/**
 * An agenda that passes every check on a route of eight days: opening and presentations on the
 * first day; context, visit and analysis of a SYSTEMATIZED case; a field visit outside the capital.
 */
export async function passingAgenda(gw: TestGateway, routeId: string): Promise<{ days: (Written & { date: string })[]; practiceId: string; sessions: Record<string, Written> }> {
  const days = await generateDays(gw, routeId);
  const practiceId = await attachCase(gw, routeId, 'SYSTEMATIZED');
  const sessions = {
    opening: await addSession(gw, days[0].id, '09:00', '10:00', { type: 'OPENING' }),
    presentations: await addSession(gw, days[0].id, '10:30', '12:30', { type: 'DELEGATION_PRESENTATIONS' }),
    context: await addSession(gw, days[1].id, '09:00', '10:30', { type: 'CONTEXT_SETTING', practiceId }),
    visit: await addSession(gw, days[1].id, '11:00', '15:00', { type: 'CASE_VISIT', practiceId }),
    analysis: await addSession(gw, days[1].id, '16:00', '17:30', { type: 'ANALYSIS', practiceId }),
    field: await addSession(gw, days[2].id, '08:00', '16:00', { type: 'FIELD_VISIT', outsideCapital: true, placeName: 'Vinchos', latitude: -13.2411, longitude: -74.3536 }),
  };
  return { days, practiceId, sessions };
}

export const ADVANCE = `mutation($id: ID!, $p: RoutePhase!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: $p, version: $v) { phase version } }`;

/** Moves the route forward to PREPARATION (setup, not the rule under test); returns its version. */
export async function toPreparation(gw: TestGateway, route: RouteFixture): Promise<number> {
  const token = await adminToken(gw);
  let version = route.version;
  for (const p of ['SYSTEMATIZATION', 'PREPARATION']) version = (await ok(gw, ADVANCE, { id: route.id, p, v: version }, { token })).version;
  return version;
}

/**
 * A composition that satisfies delegations' guard on IMPLEMENTATION (the test gateway includes
 * delegations): one national team of one selected participant, targets set to match.
 */
export async function passingComposition(gw: TestGateway, routeId: string): Promise<string> {
  const token = await adminToken(gw);
  await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { routeId, version: 1, nationalTeams: 1, teamSize: 1 } }, { token });
  return selectedParticipant(gw, routeId);
}

export { createRoute };
