import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { ADD_DAY, addDay, addSession, editorOf, GENERATE_DAYS, generateDays } from './agenda-helpers';
import { adminToken, createRoute, errorOf, fieldsOf, ok, startLogisticsGateway, UNKNOWN_ID } from './helpers';

const UPDATE_DAY = `mutation($input: UpdateAgendaDayInput!) { updateAgendaDay(input: $input) { id version date title(lang: ES) titleTranslations { en es } } }`;
const DELETE_DAY = `mutation($id: ID!, $v: Int!) { deleteAgendaDay(id: $id, version: $v) }`;

describe('days of the agenda', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    editor = await editorOf(gw);
  });
  afterAll(() => gw?.close());

  it('are added within the route’s dates, with a title in several languages, and read back by date', async () => {
    const route = await createRoute(gw);
    await ok(gw, ADD_DAY, { input: { routeId: route.id, date: '2025-05-13', title: { en: 'Lima: the budget', es: 'Lima: el presupuesto' } } }, { token: editor });
    await addDay(gw, route.id, '2025-05-12');
    const read = await ok(gw, `query($id: ID!) { route(id: $id) { agenda { date title(lang: ES) titleTranslations { en } sessions { id } } } }`, { id: route.id }, { token: editor });
    expect(read.agenda).toEqual([
      { date: '2025-05-12', title: null, titleTranslations: { en: null }, sessions: [] },
      { date: '2025-05-13', title: 'Lima: el presupuesto', titleTranslations: { en: 'Lima: the budget' }, sessions: [] },
    ]);
  });

  it('refuse a date outside the route’s dates, naming them, and a second day on the same date', async () => {
    const route = await createRoute(gw);
    for (const date of ['2025-05-11', '2025-05-20']) {
      const res = await gw.graphql(ADD_DAY, { input: { routeId: route.id, date } }, { token: editor });
      expect(fieldsOf(res)).toEqual([{ path: 'input.date', message: "must be within the route's dates, 2025-05-12 to 2025-05-19" }]);
    }
    await addDay(gw, route.id, '2025-05-14');
    expect(fieldsOf(await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-05-14' } }, { token: editor }))).toEqual([{ path: 'input.date', message: 'the route already has a day on 2025-05-14' }]);
    expect(fieldsOf(await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-02-30' } }, { token: editor }))).toEqual([{ path: 'input.date', message: 'must be a date written YYYY-MM-DD' }]);
    expect(fieldsOf(await gw.graphql(ADD_DAY, { input: { routeId: UNKNOWN_ID, date: '2025-05-14' } }, { token: editor }))[0].path).toBe('input.routeId');
  });

  it('refuse a day on a route without dates', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw);
    await ok(gw, `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id: route.id, version: route.version, startDate: null, endDate: null } }, { token: admin });
    expect(fieldsOf(await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-05-14' } }, { token: editor }))).toEqual([
      { path: 'input.date', message: 'the route has no dates yet: set its start and end dates before adding days' },
    ]);
    expect(fieldsOf(await gw.graphql(GENERATE_DAYS, { routeId: route.id }, { token: editor }))).toEqual([{ path: 'routeId', message: 'the route has no dates yet: set its start and end dates first' }]);
  });

  it('never number more than the programme’s maxRouteDays, even when the route’s dates moved since', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw, { maxRouteDays: 3, startDate: '2025-05-12', endDate: '2025-05-14' });
    for (const date of ['2025-05-12', '2025-05-13', '2025-05-14']) await addDay(gw, route.id, date);
    // The route moves two days later: three days remain planned, one of them now outside its dates.
    await ok(gw, `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id: route.id, version: route.version, startDate: '2025-05-14', endDate: '2025-05-16' } }, { token: admin });
    const res = await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-05-15' } }, { token: editor });
    expect(fieldsOf(res)).toEqual([{ path: 'input.date', message: 'the route already has 3 days, the most its programme allows (3)' }]);
    expect(res.errors![0].extensions!['fields'][0].constraint).toBe('maxRouteDays');
  });

  it('are generated one per date of the route, keeping those already there, and generating again adds nothing', async () => {
    const route = await createRoute(gw);
    const kept = await addDay(gw, route.id, '2025-05-15');
    const days = await generateDays(gw, route.id);
    expect(days.map((d) => d.date)).toEqual(['2025-05-12', '2025-05-13', '2025-05-14', '2025-05-15', '2025-05-16', '2025-05-17', '2025-05-18', '2025-05-19']);
    expect(days.find((d) => d.date === '2025-05-15')).toEqual(kept);
    expect(await generateDays(gw, route.id)).toEqual(days);
  });

  it('are generated up to the programme’s maximum when the route is longer than it allows now', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw, { startDate: '2025-05-12', endDate: '2025-05-19' });
    const { programmeId } = route;
    const programme = await ok(gw, `query($id: ID!) { programme(id: $id) { version } }`, { id: programmeId }, { token: admin });
    await ok(gw, `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { maxRouteDays } }`, { input: { id: programmeId, version: programme.version, maxRouteDays: 5 } }, { token: admin });
    expect((await generateDays(gw, route.id)).map((d) => d.date)).toEqual(['2025-05-12', '2025-05-13', '2025-05-14', '2025-05-15', '2025-05-16']);
  });

  it('change date and title at the version read, keep their sessions, and refuse a stale version', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    await addSession(gw, day.id, '09:00', '10:00');
    const changed = await ok(gw, UPDATE_DAY, { input: { id: day.id, version: day.version, date: '2025-05-13', title: { en: 'Arrival', es: 'Llegada' } } }, { token: editor });
    expect(changed).toMatchObject({ date: '2025-05-13', title: 'Llegada', titleTranslations: { en: 'Arrival', es: 'Llegada' }, version: day.version + 1 });
    const read = await ok(gw, `query($id: ID!) { agendaDay(id: $id) { date sessions { startTime day { date } } } }`, { id: day.id }, { token: editor });
    expect(read).toEqual({ date: '2025-05-13', sessions: [{ startTime: '09:00', day: { date: '2025-05-13' } }] });
    errorOf(await gw.graphql(UPDATE_DAY, { input: { id: day.id, version: day.version, title: { en: 'Stale' } } }, { token: editor }), 'CONFLICT');
    const outside = await gw.graphql(UPDATE_DAY, { input: { id: day.id, version: changed.version, date: '2025-06-01' } }, { token: editor });
    expect(fieldsOf(outside)).toEqual([{ path: 'input.date', message: "must be within the route's dates, 2025-05-12 to 2025-05-19" }]);
  });

  it('are deleted only without sessions: CONFLICT naming how many', async () => {
    const route = await createRoute(gw);
    const day = await addDay(gw, route.id, '2025-05-12');
    const first = await addSession(gw, day.id, '09:00', '10:00');
    await addSession(gw, day.id, '10:00', '11:00');
    const refused = errorOf(await gw.graphql(DELETE_DAY, { id: day.id, v: day.version }, { token: editor }), 'CONFLICT');
    expect(refused.message).toBe('The day 2025-05-12 still has 2 sessions: move or delete them first');
    expect(refused.extensions!['sessions']).toBe(2);
    for (const s of await ok(gw, `query($id: ID!) { agendaDay(id: $id) { sessions { id version } } }`, { id: day.id }, { token: editor }).then((d) => d.sessions)) {
      await ok(gw, `mutation($id: ID!, $v: Int!) { deleteAgendaSession(id: $id, version: $v) }`, { id: s.id, v: s.version }, { token: editor });
    }
    expect(first.id).toBeTruthy();
    expect(await ok(gw, DELETE_DAY, { id: day.id, v: day.version }, { token: editor })).toBe(day.id);
    errorOf(await gw.graphql(`query($id: ID!) { agendaDay(id: $id) { id } }`, { id: day.id }, { token: editor }), 'NOT_FOUND');
  });

  it('keep the route from being deleted while it has an agenda', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw);
    await addDay(gw, route.id, '2025-05-12');
    const refused = errorOf(await gw.graphql(`mutation($id: ID!, $v: Int!) { deleteRoute(id: $id, version: $v) }`, { id: route.id, v: route.version }, { token: admin }), 'CONFLICT');
    expect(refused.message).toMatch(/1 agenda day/);
  });

  it('are written by logistics editors only, and not on a CLOSED route', async () => {
    const route = await createRoute(gw);
    const viewer = await gw.tokenFor(Role.VIEWER);
    errorOf(await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-05-12' } }, { token: viewer }), 'FORBIDDEN');
    await gw.dataSource.query(`UPDATE learning_route SET phase = 'CLOSED' WHERE id = $1`, [route.id]);
    const closed = errorOf(await gw.graphql(ADD_DAY, { input: { routeId: route.id, date: '2025-05-12' } }, { token: editor }), 'PHASE_RULE');
    expect(closed.message).toBe('The route is CLOSED: its agenda can no longer change');
  });
});
