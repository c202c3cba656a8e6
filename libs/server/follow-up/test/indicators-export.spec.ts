import { parse } from 'csv-parse/sync';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, finalPlan, followUpEditor, ok, participantToken, programmeIndicator, startFollowUpGateway, verifiedValue } from './helpers';

const HEADER = ['indicator_id', 'name', 'route', 'owner', 'unit', 'baseline_value', 'baseline_date', 'target_value', 'target_date', 'last_verified_value', 'last_verified_on', 'progress_share', 'status'];
const LIST = `query($f: TrackedIndicatorFilter) { trackedIndicators(first: 100, filter: $f) { edges { node { id status } } } }`;

describe('GET /follow-up/indicators.csv', () => {
  let gw: TestGateway;
  let programmeId: string;
  let onTrack: string;
  let noData: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    programmeId = (await createRoute(gw)).programmeId;
    onTrack = (await programmeIndicator(gw, programmeId, { name: { en: 'Exported commitments' } })).id;
    noData = (await programmeIndicator(gw, programmeId, { name: { en: '=Exported without data' }, targetDate: '2026-06-30' })).id;
    await verifiedValue(gw, onTrack, '5', '2025-06-30');
  });
  afterAll(() => gw?.close());

  const download = async (query: string, token: string) => {
    const res = await fetch(`${gw.url}/follow-up/indicators.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, rows: parse(await res.text(), { bom: true }) as string[][] };
  };

  it('holds the indicators the list shows, by target date, with where each stands', async () => {
    const editor = await followUpEditor(gw);
    const csv = await download(`?programmeId=${programmeId}`, editor);
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[1], r[9], r[12]])).toEqual([
      [onTrack, 'Exported commitments', '5', 'ON_TRACK'],
      [noData, "'=Exported without data", '', 'NO_DATA'],
    ]);
    // The derived status filter gives what the list gives.
    const filtered = await download(`?programmeId=${programmeId}&status=NO_DATA`, editor);
    const listed = await ok(gw, LIST, { f: { programmeId, status: 'NO_DATA' } }, { token: editor });
    expect(filtered.rows.slice(1).map((r) => r[0])).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id));
  });

  it('gives a participant only what the list gives them', async () => {
    const plan = await finalPlan(gw);
    const participant = await participantToken(gw, plan.participantPersonIds[0]);
    const csv = await download('', participant);
    const listed = await ok(gw, LIST, {}, { token: participant });
    expect(csv.rows.slice(1).map((r) => r[0]).sort()).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id).sort());
    expect(csv.rows.slice(1).map((r) => r[0])).not.toContain(noData);
    expect((await download(`?programmeId=${programmeId}`, await adminToken(gw))).rows).toHaveLength(3);
  });
});
