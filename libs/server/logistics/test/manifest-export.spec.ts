import { parse } from 'csv-parse/sync';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createApiKey, createPerson, createRoute, logisticsEditor, ok, startLogisticsGateway } from './helpers';
import { addLeg, participantUser, travellerOnRoute, type TravellerFixture } from './travel-helpers';

const HEADER = ['move', 'time', 'at', 'given_name', 'family_name', 'traveller_kind', 'delegation_country_code', 'from_place', 'to_place', 'carrier', 'booking_reference', 'meeting_note', 'met_by'];
const DAY = `query($r: ID!, $d: String!) { arrivalsAndDepartures(routeId: $r, date: $d) { arrivals { time } departures { time } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/logistics/manifest.csv${query}`, { headers });
  const text = await res.text();
  return res.ok
    ? { status: res.status, disposition: res.headers.get('content-disposition'), text, rows: parse(text, { bom: true }) as string[][], code: null }
    : { status: res.status, disposition: null, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /logistics/manifest.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let landing: TravellerFixture;
  let leaving: TravellerFixture;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    routeId = (await createRoute(gw)).id;
    const greeter = await createPerson(gw, { givenName: 'Carolina' });
    landing = await travellerOnRoute(gw, routeId, 'GT');
    leaving = await travellerOnRoute(gw, routeId, 'TZ');
    await addLeg(gw, landing.id, { fromPlace: 'Panama City (PTY)', departLocal: '2025-05-12T09:00', departTimeZone: 'America/Panama', toPlace: 'Lima (LIM)', arriveLocal: '2025-05-12T12:30', arriveTimeZone: 'America/Lima', carrier: 'Copa CM493', bookingReference: 'gtq123', meetPersonId: greeter, meetingNote: '=Exit B' });
    await addLeg(gw, leaving.id, { direction: 'OUTBOUND', fromPlace: 'Lima (LIM)', departLocal: '2025-05-12T19:00', departTimeZone: 'America/Lima', toPlace: 'Amsterdam (AMS)', arriveLocal: '2025-05-13T13:50', arriveTimeZone: 'Europe/Amsterdam', carrier: 'KLM KL744' });
  });
  afterAll(() => gw?.close());

  it("writes the day's arrivals then departures, by time, as the manifest shows them", async () => {
    const editor = await logisticsEditor(gw);
    const csv = await download(gw, `?routeId=${routeId}&date=2025-05-12`, bearer(editor));
    expect(csv.status).toBe(200);
    expect(csv.disposition).toContain('manifest-2025-05-12.csv');
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[1], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12]])).toEqual([
      ['ARRIVAL', '12:30', 'PARTICIPANT', 'GT', 'Panama City (PTY)', 'Lima (LIM)', 'Copa CM493', 'GTQ123', "'=Exit B", expect.stringMatching(/^Carolina /)],
      ['DEPARTURE', '19:00', 'PARTICIPANT', 'TZ', 'Lima (LIM)', 'Amsterdam (AMS)', 'KLM KL744', 'ABC123', '', ''],
    ]);
    const listed = await ok(gw, DAY, { r: routeId, d: '2025-05-12' }, { token: editor });
    expect(csv.rows.length - 1).toBe(listed.arrivals.length + listed.departures.length);
    // Another day, as the manifest's tabs: nothing moves on it.
    expect((await download(gw, `?routeId=${routeId}&date=2025-05-13`, bearer(editor))).rows).toEqual([HEADER]);
  });

  it('shows a participant themself only, refuses partners’ keys, and names a bad parameter', async () => {
    const mine = await download(gw, `?routeId=${routeId}&date=2025-05-12`, bearer(await participantUser(gw, landing.personId)));
    expect(mine.rows.slice(1).map((r) => r[0])).toEqual(['ARRIVAL']);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    expect((await download(gw, `?routeId=${routeId}&date=2025-05-12`, { 'x-api-key': key })).code).toBe('FORBIDDEN');
    const editor = await logisticsEditor(gw);
    const badDate = await download(gw, `?routeId=${routeId}&date=2025-02-30`, bearer(editor));
    expect(badDate.code).toBe('BAD_USER_INPUT');
    expect(badDate.text).toContain('date');
    expect((await download(gw, '?date=2025-05-12', bearer(editor))).code).toBe('BAD_USER_INPUT');
  });
});
