import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, followUpEditor, ok, participantToken, startFollowUpGateway } from './helpers';

const HEADER = ['event_id', 'route', 'kind', 'date', 'title', 'country_code', 'participant_count', 'notes'];
const CREATE = `mutation($input: CreateFollowUpEventInput!) { createFollowUpEvent(input: $input) { id } }`;
const LIST = `query($f: FollowUpEventFilter) { followUpEvents(first: 100, filter: $f) { edges { node { id } } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/follow-up/events.csv${query}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ids = (rows: string[][]) => rows.slice(1).map((r) => r[0]);

describe('GET /follow-up/events.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let people: string[];
  let meeting: string;
  let visit: string;
  let elsewhere: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    const editor = await followUpEditor(gw);
    routeId = (await createRoute(gw)).id;
    people = (await delegationWithParticipants(gw, routeId, 'GT', 2)).personIds;
    const event = (input: Record<string, unknown>) => ok(gw, CREATE, { input: { routeId, participantIds: people, ...input } }, { token: editor });
    visit = (await event({ kind: 'TECHNICAL_ASSISTANCE_VISIT', date: '2025-09-02', title: { en: '=Exported visit' }, countryCode: 'GT' })).id;
    meeting = (await event({ kind: 'FINAL_VIRTUAL_MEETING', date: '2025-11-20', title: { en: 'Exported meeting', es: 'Reunión exportada' } })).id;
    elsewhere = (await ok(gw, CREATE, { input: { routeId: (await createRoute(gw)).id, kind: 'FINAL_VIRTUAL_MEETING', date: '2025-10-01', title: { en: 'Another route' } } }, { token: editor })).id;
  });
  afterAll(() => gw?.close());

  it('holds the events the list shows, oldest first, in the caller’s language', async () => {
    const editor = await followUpEditor(gw);
    const csv = await download(gw, `?routeId=${routeId}`, { ...bearer(editor), 'accept-language': 'es' });
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      [visit, 'TECHNICAL_ASSISTANCE_VISIT', '2025-09-02', "'=Exported visit", 'GT', '2'],
      [meeting, 'FINAL_VIRTUAL_MEETING', '2025-11-20', 'Reunión exportada', '', '2'],
    ]);
    // The kind and date filters give what the list gives.
    const f = { routeId, kind: 'FINAL_VIRTUAL_MEETING', from: '2025-10-01' };
    const filtered = await download(gw, `?routeId=${routeId}&kind=FINAL_VIRTUAL_MEETING&from=2025-10-01`, bearer(editor));
    const listed = await ok(gw, LIST, { f }, { token: editor });
    expect(ids(filtered.rows)).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(ids(filtered.rows)).toEqual([meeting]);
    expect((await download(gw, '?from=2025-12-01&to=2025-01-01', bearer(editor))).code).toBe('BAD_USER_INPUT');
  });

  it('gives a participant their routes’ events only, and a partner’s key no participants', async () => {
    const participant = await download(gw, '', bearer(await participantToken(gw, people[0])));
    const listed = await ok(gw, LIST, {}, { token: await participantToken(gw, people[0]) });
    expect(ids(participant.rows).sort()).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id).sort());
    expect(ids(participant.rows).sort()).toEqual([meeting, visit].sort());
    expect(ids(participant.rows)).not.toContain(elsewhere);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const partner = await download(gw, `?routeId=${routeId}`, { 'x-api-key': key });
    expect(ids(partner.rows)).toEqual([visit, meeting]);
    expect(partner.rows.slice(1).map((r) => r[6])).toEqual(['', '']);
  });
});
