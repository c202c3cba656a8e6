import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, finalPlan, ok, participantToken, startFollowUpGateway, unique } from './helpers';

const HEADER = ['period_id', 'programme', 'label', 'starts_on', 'ends_on', 'closes_on', 'reminder_on', 'locks_on', 'status'];
const CREATE = `mutation($input: CreateReportingPeriodInput!) { createReportingPeriod(input: $input) { id version reminderOn locksOn } }`;
const LIST = `query($p: ID!, $f: ReportingPeriodFilter) { reportingPeriods(programmeId: $p, first: 100, filter: $f) { edges { node { id } } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/follow-up/periods.csv${query}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ids = (rows: string[][]) => rows.slice(1).map((r) => r[0]);

describe('GET /follow-up/periods.csv', () => {
  let gw: TestGateway;
  let programmeId: string;
  let first: { id: string; version: number; reminderOn: string; locksOn: string };
  let second: { id: string };
  let participantPersonId: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    const admin = await adminToken(gw);
    const plan = await finalPlan(gw);
    participantPersonId = plan.participantPersonIds[0];
    programmeId = (await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: unique('Exported programme') } } }, { token: admin })).id;
    const period = (label: string, startsOn: string, endsOn: string, closesOn: string) => ok(gw, CREATE, { input: { programmeId, label, startsOn, endsOn, closesOn } }, { token: admin });
    second = await period('=2031 H2', '2031-07-01', '2031-12-31', '2032-01-31');
    first = await period('2031 H1', '2031-01-01', '2031-06-30', '2031-07-31');
  });
  afterAll(() => gw?.close());

  it('holds the programme’s periods the list shows, earliest first, with their reminder and lock days', async () => {
    const admin = await adminToken(gw);
    const csv = await download(gw, `?programmeId=${programmeId}`, bearer(admin));
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      [first.id, '2031 H1', '2031-01-01', '2031-06-30', '2031-07-31', first.reminderOn, first.locksOn],
      [second.id, "'=2031 H2", '2031-07-01', '2031-12-31', '2032-01-31', expect.any(String), expect.any(String)],
    ]);
    expect(csv.rows[1][1]).toMatch(/^Exported programme/);
    // The covers filter gives what the list gives.
    const filtered = await download(gw, `?programmeId=${programmeId}&covers=2031-09-15`, bearer(admin));
    const listed = await ok(gw, LIST, { p: programmeId, f: { covers: '2031-09-15' } }, { token: admin });
    expect(ids(filtered.rows)).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(ids(filtered.rows)).toEqual([second.id]);
  });

  it('needs the programme, as the list does, and gives a participant and a partner’s key what the list gives them', async () => {
    const admin = await adminToken(gw);
    const missing = await download(gw, '', bearer(admin));
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.text).toContain('programmeId');
    const malformed = await download(gw, '?programmeId=not-a-uuid', bearer(admin));
    expect(malformed.code).toBe('BAD_USER_INPUT');
    expect(malformed.text).toContain('must be a UUID');
    expect((await download(gw, `?programmeId=${programmeId}&covers=someday`, bearer(admin))).code).toBe('BAD_USER_INPUT');
    const participant = await participantToken(gw, participantPersonId);
    const listed = await ok(gw, LIST, { p: programmeId }, { token: participant });
    expect(ids((await download(gw, `?programmeId=${programmeId}`, bearer(participant))).rows)).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id));
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect(ids((await download(gw, `?programmeId=${programmeId}`, { 'x-api-key': key })).rows)).toEqual([first.id, second.id]);
  });
});
