import { parse } from 'csv-parse/sync';
import type { TestGateway } from '@lr/server-core/testing';
import { ADD_STAY, createRoom, createVenue, participantToken, teamMember } from './accommodation-helpers';
import { adminToken, createApiKey, createPerson, createRoute, logisticsEditor, ok, selectedParticipant, startLogisticsGateway } from './helpers';

const HEADER = ['venue', 'room', 'capacity', 'family_name', 'given_name', 'check_in', 'check_out', 'other_routes_people', 'free_beds'];
const ROOMING = `query($routeId: ID!, $night: String!) { roomingList(routeId: $routeId, night: $night) { rooms { room { name } people { id } } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/logistics/rooming.csv${query}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /logistics/rooming.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let venue: { id: string; name: string };
  let twin: { id: string; name: string };
  let single: { id: string; name: string };
  let teamPerson: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    const admin = await adminToken(gw);
    routeId = (await createRoute(gw)).id;
    venue = await createVenue(gw);
    twin = await createRoom(gw, venue.id, 2);
    single = await createRoom(gw, venue.id, 1);
    const participant = await selectedParticipant(gw, routeId);
    teamPerson = await teamMember(gw, routeId, await createPerson(gw));
    const otherRoute = await createRoute(gw);
    const other = await teamMember(gw, otherRoute.id, await createPerson(gw));
    await ok(gw, ADD_STAY, { input: { routeId, personId: participant, roomId: twin.id, checkIn: '2025-05-12', checkOut: '2025-05-15' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId, personId: teamPerson, roomId: single.id, checkIn: '2025-05-13', checkOut: '2025-05-14' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: otherRoute.id, personId: other, roomId: twin.id, checkIn: '2025-05-13', checkOut: '2025-05-14' } }, { token: admin });
  });
  afterAll(() => gw?.close());

  it('writes who sleeps where that night, a row per person, as the rooming list shows it', async () => {
    const editor = await logisticsEditor(gw);
    const csv = await download(gw, `?routeId=${routeId}&night=2025-05-13`, bearer(editor));
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    const listed = await ok(gw, ROOMING, { routeId, night: '2025-05-13' }, { token: editor });
    expect(csv.rows.slice(1).map((r) => r[1])).toEqual(listed.rooms.map((r: { room: { name: string } }) => r.room.name));
    const byRoom = Object.fromEntries(csv.rows.slice(1).map((r) => [r[1], r]));
    expect(byRoom[twin.name]).toEqual([venue.name, twin.name, '2', expect.any(String), expect.any(String), '2025-05-12', '2025-05-15', '1', '0']);
    expect(byRoom[single.name]).toEqual([venue.name, single.name, '1', expect.any(String), expect.any(String), '2025-05-13', '2025-05-14', '0', '0']);
    // On the 14th only the participant is still there.
    expect((await download(gw, `?routeId=${routeId}&night=2025-05-14`, bearer(editor))).rows.slice(1).map((r) => r[1])).toEqual([twin.name]);
  });

  it('shows a participant their own room only, refuses partners’ keys, and names a bad night', async () => {
    const mine = await download(gw, `?routeId=${routeId}&night=2025-05-13`, bearer(await participantToken(gw, teamPerson)));
    expect(mine.rows.slice(1).map((r) => r[1])).toEqual([single.name]);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    expect((await download(gw, `?routeId=${routeId}&night=2025-05-13`, { 'x-api-key': key })).code).toBe('FORBIDDEN');
    const outside = await download(gw, `?routeId=${routeId}&night=2025-05-20`, bearer(await logisticsEditor(gw)));
    expect(outside.code).toBe('BAD_USER_INPUT');
    expect(outside.text).toContain('night');
  });
});
