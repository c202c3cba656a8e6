import { assertRealPostgres, tally, type TestGateway } from '@lr/server-core/testing';
import { createPerson, createRoute, logisticsEditor, ok, outcome, startLogisticsGateway } from './helpers';
import { ADD_TRAVELLER, CHANGE_TRAVEL, joinRouteTeam, REMOVE_LEG, roundTrip, selectOnRoute, travellerOnRoute } from './travel-helpers';

describe('travel under concurrent requests (real PostgreSQL)', () => {
  let gw: TestGateway;
  let editor: string;
  let otherEditor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    assertRealPostgres(gw.database);
    editor = await logisticsEditor(gw);
    otherEditor = await logisticsEditor(gw);
  });
  afterAll(() => gw?.close());

  it('two editors adding all of a route’s travellers at once make one record per person', async () => {
    const route = await createRoute(gw);
    const team = await selectOnRoute(gw, route.id, { countryCode: 'TZ' });
    await selectOnRoute(gw, route.id, { countryCode: 'TZ', delegationId: team.delegationId });
    await selectOnRoute(gw, route.id, { countryCode: 'BJ' });
    await joinRouteTeam(gw, route.id, await createPerson(gw));
    const add = `mutation($r: ID!) { addRouteTravellers(routeId: $r) { personId } }`;
    const [a, b] = await Promise.all([gw.graphql(add, { r: route.id }, { token: editor }), gw.graphql(add, { r: route.id }, { token: otherEditor })]);
    expect([outcome(a), outcome(b)]).toEqual(['ok', 'ok']);
    // One of them made all four; the other, deciding after it under the route's lock, none.
    expect([a.data!['addRouteTravellers'].length, b.data!['addRouteTravellers'].length].sort()).toEqual([0, 4]);
    const [{ records, people }] = await gw.dataSource.query(`SELECT count(*)::int AS records, count(DISTINCT person_id)::int AS people FROM traveller WHERE route_id = $1`, [route.id]);
    expect([records, people]).toEqual([4, 4]);
  });

  it('the same person added twice at once is added once; the other is told they already have a record', async () => {
    const route = await createRoute(gw);
    const { personId } = await selectOnRoute(gw, route.id);
    const input = { input: { routeId: route.id, personId } };
    const results = await Promise.all([gw.graphql(ADD_TRAVELLER, input, { token: editor }), gw.graphql(ADD_TRAVELLER, input, { token: otherEditor })]);
    expect(tally(results)).toEqual({ ok: 1, BAD_USER_INPUT: 1 });
  });

  it('booking a journey while its only way in is removed: one of the two wins, never both', async () => {
    const route = await createRoute(gw);
    const outcomes: string[] = [];
    for (const country of ['GT', 'BJ', 'TZ', 'LA', 'SL']) {
      const t = await travellerOnRoute(gw, route.id, country);
      const { inbound } = await roundTrip(gw, t.id);
      const [book, remove] = await Promise.all([
        gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor }),
        gw.graphql(REMOVE_LEG, { id: inbound.id, v: inbound.version }, { token: otherEditor }),
      ]);
      outcomes.push(`${outcome(book)}/${outcome(remove)}`);
      const [state] = await gw.dataSource.query(
        `SELECT t.travel_status AS status, count(l.id) FILTER (WHERE l.direction = 'INBOUND')::int AS inbound FROM traveller t LEFT JOIN travel_leg l ON l.traveller_id = t.id WHERE t.id = $1 GROUP BY t.id`,
        [t.id],
      );
      // Whichever came second saw the first: a booked journey still has its way in.
      if (state.status === 'BOOKED') expect(state.inbound).toBe(1);
    }
    for (const o of outcomes) expect(['ok/PHASE_RULE', 'PHASE_RULE/ok']).toContain(o);
  });

  it('two editors creating the first template of a country at once: one is saved, the other is CONFLICT', async () => {
    const save = `mutation($input: SaveVisaLetterTemplateInput!) { saveVisaLetterTemplate(input: $input) { id } }`;
    const input = (signatoryName: string) => ({ input: { hostCountryCode: 'CO', issuerName: 'Ministerio', issuerAddress: 'Bogotá', signatoryName, body: { en: 'We invite {name}.' } } });
    const results = await Promise.all([gw.graphql(save, input('Ana'), { token: editor }), gw.graphql(save, input('Luis'), { token: otherEditor })]);
    expect(tally(results)).toEqual({ ok: 1, CONFLICT: 1 });
    expect(await ok(gw, `{ visaLetterTemplate(hostCountryCode: "CO") { version } }`, {}, { token: editor })).toEqual({ version: 1 });
  });
});
