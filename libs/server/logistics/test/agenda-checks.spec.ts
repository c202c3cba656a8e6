import type { TestGateway } from '@lr/server-core/testing';
import { addDay, addSession, ADVANCE, checksOf, editorOf, generateDays, MOVE_SESSION, passingAgenda, passingComposition, toPreparation, type Finding } from './agenda-helpers';
import { adminToken, attachCase, createChampion, createPerson, createRoute, errorOf, ok, startLogisticsGateway } from './helpers';

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const SESSION_FINDINGS = `query($id: ID!) { agendaSession(id: $id) { findings { code severity sessionIds } } }`;

describe('agenda checks', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    editor = await editorOf(gw);
  });
  afterAll(() => gw?.close());

  it('find nothing in an agenda that follows the method', async () => {
    const route = await createRoute(gw);
    await passingAgenda(gw, route.id);
    expect(await checksOf(gw, route.id)).toEqual({ ready: true, blockingCount: 0, warningCount: 0, findings: [] });
  });

  it('report sessions of a day that overlap, on both cards, until one is moved away', async () => {
    const route = await createRoute(gw);
    const { days, sessions } = await passingAgenda(gw, route.id);
    const informal = await addSession(gw, days[0].id, '12:00', '13:00', { title: { en: 'Lunch' } });
    const moved = await ok(gw, MOVE_SESSION, { input: { id: informal.id, version: informal.version, dayId: days[0].id, startTime: '09:30', endTime: '10:45' } }, { token: editor });
    const checks = await checksOf(gw, route.id);
    expect(checks).toMatchObject({ ready: false, blockingCount: 2, warningCount: 0 });
    expect(checks.findings.map((f) => [f.code, f.severity, f.sessionIds, f.dayId])).toEqual([
      ['SESSIONS_OVERLAP', 'BLOCKING', [sessions.opening.id, informal.id], days[0].id],
      ['SESSIONS_OVERLAP', 'BLOCKING', [informal.id, sessions.presentations.id], days[0].id],
    ]);
    expect(checks.findings[0].message).toBe('"Session" (2025-05-12 09:00-10:00) and "Lunch" (2025-05-12 09:30-10:45) overlap');
    expect((await ok(gw, SESSION_FINDINGS, { id: sessions.opening.id }, { token: editor })).findings).toEqual([{ code: 'SESSIONS_OVERLAP', severity: 'BLOCKING', sessionIds: [sessions.opening.id, informal.id] }]);
    // Moved to another day, the overlap is gone from the checks and the cards.
    await ok(gw, MOVE_SESSION, { input: { id: informal.id, version: moved.version, dayId: days[3].id, startTime: '09:30', endTime: '10:30' } }, { token: editor });
    expect((await checksOf(gw, route.id)).ready).toBe(true);
    expect((await ok(gw, SESSION_FINDINGS, { id: sessions.opening.id }, { token: editor })).findings).toEqual([]);
  });

  it('report a champion leading two sessions at once on the route', async () => {
    const route = await createRoute(gw);
    const { days } = await passingAgenda(gw, route.id);
    const championId = await createChampion(gw);
    const a = await addSession(gw, days[4].id, '09:00', '11:00', { championIds: [championId] });
    const b = await addSession(gw, days[4].id, '10:00', '12:00', { championIds: [championId] });
    const found = (await checksOf(gw, route.id)).findings.filter((f) => f.code === 'DOUBLE_BOOKED');
    expect(found).toEqual([expect.objectContaining({ severity: 'BLOCKING', sessionIds: [a.id, b.id], dayId: days[4].id, otherRouteId: null })]);
    expect(found[0].message).toMatch(/^Person-\S+ Traveller is booked in two places at once/);
  });

  it('report an interpreter booked on two routes at the same instant, comparing the routes’ zones (Lima UTC-5, Dakar UTC+0)', async () => {
    const interpreterId = await createPerson(gw);
    const lima = await createRoute(gw);
    const dakar = await createRoute(gw, { hostCountryCode: 'SN' });
    const limaDay = await addDay(gw, lima.id, '2025-05-13');
    const dakarDay = await addDay(gw, dakar.id, '2025-05-13');
    // 09:00-10:00 in Lima is 14:00-15:00 UTC.
    const inLima = await addSession(gw, limaDay.id, '09:00', '10:00', { interpreterIds: [interpreterId] });
    // The same wall-clock hours in Dakar are five hours earlier: no clash.
    const sameClock = await addSession(gw, dakarDay.id, '09:00', '10:00', { interpreterIds: [interpreterId] });
    expect(codes((await checksOf(gw, lima.id)).findings)).not.toContain('DOUBLE_BOOKED');
    // 14:30-15:30 in Dakar is 14:30-15:30 UTC: the same moment as the Lima session.
    const clash = await addSession(gw, dakarDay.id, '14:30', '15:30', { interpreterIds: [interpreterId] });
    const fromLima = (await checksOf(gw, lima.id)).findings.filter((f) => f.code === 'DOUBLE_BOOKED');
    expect(fromLima).toEqual([expect.objectContaining({ sessionIds: [inLima.id, clash.id], personId: interpreterId, otherRouteId: dakar.id, dayId: limaDay.id })]);
    const fromDakar = (await checksOf(gw, dakar.id)).findings.filter((f) => f.code === 'DOUBLE_BOOKED');
    expect(fromDakar).toEqual([expect.objectContaining({ sessionIds: [clash.id, inLima.id], personId: interpreterId, otherRouteId: lima.id })]);
    expect(sameClock.id).toBeTruthy();
  });

  it('report each missing side of a case visit: context before, analysis after, for the same case', async () => {
    const route = await createRoute(gw);
    const { days, sessions, practiceId } = await passingAgenda(gw, route.id);
    const other = await attachCase(gw, route.id, 'PUBLISHED');
    const visit = await addSession(gw, days[5].id, '09:00', '12:00', { type: 'CASE_VISIT', practiceId: other });
    // Another case's context and analysis do not count.
    expect(sessions.context.id && practiceId).toBeTruthy();
    const found = (await checksOf(gw, route.id)).findings;
    expect(found.map((f) => [f.code, f.sessionIds, f.practiceId, f.dayId])).toEqual([
      ['CASE_VISIT_WITHOUT_CONTEXT', [visit.id], other, days[5].id],
      ['CASE_VISIT_WITHOUT_ANALYSIS', [visit.id], other, days[5].id],
    ]);
    await addSession(gw, days[4].id, '15:00', '16:00', { type: 'CONTEXT_SETTING', practiceId: other });
    expect(codes((await checksOf(gw, route.id)).findings)).toEqual(['CASE_VISIT_WITHOUT_ANALYSIS']);
    await addSession(gw, days[5].id, '14:00', '15:00', { type: 'ANALYSIS', practiceId: other });
    expect((await checksOf(gw, route.id)).findings).toEqual([]);
  });

  it('block a route without a field visit outside the capital', async () => {
    const route = await createRoute(gw);
    const days = await generateDays(gw, route.id);
    expect(codes((await checksOf(gw, route.id)).findings)).toEqual(['NO_FIELD_VISIT_OUTSIDE_CAPITAL']);
    const inLima = await addSession(gw, days[2].id, '08:00', '12:00', { type: 'FIELD_VISIT' });
    expect((await checksOf(gw, route.id)).findings).toEqual([expect.objectContaining({ code: 'NO_FIELD_VISIT_OUTSIDE_CAPITAL', severity: 'BLOCKING', sessionIds: [inLima.id] })]);
    await addSession(gw, days[3].id, '08:00', '12:00', { type: 'FIELD_VISIT', outsideCapital: true });
    expect((await checksOf(gw, route.id)).ready).toBe(true);
  });

  it('warn about delegation presentations after the first day, without blocking', async () => {
    const route = await createRoute(gw);
    const { days } = await passingAgenda(gw, route.id);
    const late = await addSession(gw, days[2].id, '17:00', '18:00', { type: 'DELEGATION_PRESENTATIONS' });
    expect(await checksOf(gw, route.id)).toMatchObject({
      ready: true,
      blockingCount: 0,
      warningCount: 1,
      findings: [{ code: 'PRESENTATIONS_NOT_ON_FIRST_DAY', severity: 'WARNING', sessionIds: [late.id], dayId: days[2].id }],
    });
  });

  it('block a visit to a case that is not SYSTEMATIZED or PUBLISHED, and a case detached since', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw);
    const { days } = await passingAgenda(gw, route.id);
    const selected = await attachCase(gw, route.id, 'SELECTED');
    await addSession(gw, days[4].id, '08:00', '09:00', { type: 'CONTEXT_SETTING', practiceId: selected });
    const visit = await addSession(gw, days[4].id, '10:00', '12:00', { type: 'CASE_VISIT', practiceId: selected });
    await addSession(gw, days[4].id, '14:00', '15:00', { type: 'ANALYSIS', practiceId: selected });
    const found = (await checksOf(gw, route.id)).findings;
    expect(found).toEqual([expect.objectContaining({ code: 'CASE_NOT_SYSTEMATIZED', severity: 'BLOCKING', sessionIds: [visit.id], practiceId: selected })]);
    expect(found[0].message).toMatch(/is visited but is SELECTED; a case must be SYSTEMATIZED or PUBLISHED$/);
    await gw.dataSource.query(`UPDATE practice SET status = 'SYSTEMATIZED' WHERE id = $1`, [selected]);
    expect((await checksOf(gw, route.id)).ready).toBe(true);
    await ok(gw, `mutation($p: ID!, $r: ID!) { detachPracticeFromRoute(practiceId: $p, routeId: $r) { id } }`, { p: selected, r: route.id }, { token: admin });
    expect((await checksOf(gw, route.id)).findings).toEqual([expect.objectContaining({ code: 'PRACTICE_NOT_A_CASE', practiceId: selected, sessionIds: expect.arrayContaining([visit.id]) })]);
  });

  it('keep the route out of IMPLEMENTATION while a blocking finding remains, and let it in once they are fixed', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw);
    await passingComposition(gw, route.id);
    const { days, sessions } = await passingAgenda(gw, route.id);
    const clash = await ok(gw, MOVE_SESSION, { input: { id: sessions.analysis.id, version: sessions.analysis.version, dayId: days[1].id, startTime: '14:00', endTime: '16:00' } }, { token: editor });
    const version = await toPreparation(gw, route);
    const refused = errorOf(await gw.graphql(ADVANCE, { id: route.id, p: 'IMPLEMENTATION', v: version }, { token: admin }), 'PHASE_RULE');
    // The analysis now overlaps the visit, and no longer follows it.
    expect(refused.extensions!['missing']).toEqual(['AGENDA_SESSIONS_OVERLAP', 'AGENDA_CASE_VISIT_WITHOUT_ANALYSIS']);
    expect(refused.message).toMatch(/^A route needs an agenda without blocking findings \("Session" \(2025-05-13 11:00-15:00\) and "Session" \(2025-05-13 14:00-16:00\) overlap\)/);
    await ok(gw, MOVE_SESSION, { input: { id: sessions.analysis.id, version: clash.version, dayId: days[1].id, startTime: '15:00', endTime: '16:00' } }, { token: editor });
    expect((await ok(gw, ADVANCE, { id: route.id, p: 'IMPLEMENTATION', v: version }, { token: admin })).phase).toBe('IMPLEMENTATION');
  });

  it('are refused to callers who do not sign in as users, and answer NOT_FOUND for an unknown route', async () => {
    errorOf(await gw.graphql(`query { agendaChecks(routeId: "00000000-0000-4000-8000-000000000000") { ready } }`, {}, { token: editor }), 'NOT_FOUND');
  });
});
