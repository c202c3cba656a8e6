import { assertRealPostgres, tally, type TestGateway } from '@lr/server-core/testing';
import { ADD_DAY, addDay, addSession, editorOf, GENERATE_DAYS, MOVE_SESSION } from './agenda-helpers';
import { adminToken, createRoute, ok, startLogisticsGateway } from './helpers';

/**
 * Agenda writes of one route run one after the other (the route's logistics lock): shown with
 * real parallel requests on the real PostgreSQL.
 */
describe('agenda writes at the same time', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    assertRealPostgres(gw.database);
    editor = await editorOf(gw);
  });
  afterAll(() => gw?.close());

  it('never take a route past its maximum of days', async () => {
    const admin = await adminToken(gw);
    const route = await createRoute(gw, { maxRouteDays: 4, startDate: '2025-05-12', endDate: '2025-05-15' });
    for (const date of ['2025-05-12', '2025-05-13', '2025-05-14']) await addDay(gw, route.id, date);
    // The route moves later: one day may still be added, and four editors try at once on four free dates.
    await ok(gw, `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id: route.id, version: route.version, startDate: '2025-05-14', endDate: '2025-05-17' } }, { token: admin });
    const tries = await Promise.all(['2025-05-15', '2025-05-16', '2025-05-17', '2025-05-15'].map((date) => gw.graphql(ADD_DAY, { input: { routeId: route.id, date } }, { token: editor })));
    expect(tally(tries)).toEqual({ ok: 1, BAD_USER_INPUT: 3 });
    const [{ count }] = await gw.dataSource.query(`SELECT count(*)::int AS count FROM agenda_day WHERE route_id = $1`, [route.id]);
    expect(count).toBe(4);
  });

  it('generate the days once when several editors start the agenda at the same moment', async () => {
    const route = await createRoute(gw);
    const answers = await Promise.all([1, 2, 3, 4].map(() => gw.graphql(GENERATE_DAYS, { routeId: route.id }, { token: editor })));
    expect(tally(answers)).toEqual({ ok: 4 });
    const [{ count }] = await gw.dataSource.query(`SELECT count(*)::int AS count FROM agenda_day WHERE route_id = $1`, [route.id]);
    expect(count).toBe(8);
  });

  it('let one of two moves of the same session win; the other is told the version changed', async () => {
    const route = await createRoute(gw);
    const [a, b] = [await addDay(gw, route.id, '2025-05-12'), await addDay(gw, route.id, '2025-05-13')];
    const session = await addSession(gw, a.id, '09:00', '10:00');
    const moves = await Promise.all(
      [b.id, a.id, b.id].map((dayId, i) => gw.graphql(MOVE_SESSION, { input: { id: session.id, version: session.version, dayId, startTime: `1${i}:00`, endTime: `1${i}:30` } }, { token: editor })),
    );
    expect(tally(moves)).toEqual({ ok: 1, CONFLICT: 2 });
  });
});
