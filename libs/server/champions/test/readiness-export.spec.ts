import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addTraining, attachCase, createChampion, createRoute, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { createApiKey, ok, UNKNOWN_ID } from './helpers';

const HEADER = ['practice_id', 'practice', 'champion_id', 'given_name', 'family_name', 'trained'];
const READINESS = `query($r: ID!) { championReadiness(routeId: $r) { practices { practice { id } champions { id } needTraining { id } } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/champions/readiness.csv${query}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /champions/readiness.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let kitchens: string;
  let gardens: string;
  let ana: string;
  let ben: string;
  let cruz: string;
  let dina: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    const editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
    routeId = await createRoute(gw, editor);
    const otherRoute = await createRoute(gw, editor);
    [kitchens, gardens] = [await insertPractice(gw), await insertPractice(gw)];
    const elsewhere = await insertPractice(gw);
    for (const p of [kitchens, gardens]) await attachCase(gw, routeId, p);
    await attachCase(gw, otherRoute, elsewhere);
    ana = (await createChampion(gw, editor, {}, { familyName: 'Ana' })).id;
    ben = (await createChampion(gw, editor, {}, { familyName: 'Ben' })).id;
    cruz = (await createChampion(gw, editor, {}, { familyName: 'Cruz' })).id;
    dina = (await createChampion(gw, editor, {}, { familyName: 'Dina' })).id;
    await linkPractice(gw, editor, ana, kitchens);
    await linkPractice(gw, editor, ben, kitchens);
    await linkPractice(gw, editor, ben, gardens);
    await linkPractice(gw, editor, cruz, gardens);
    await linkPractice(gw, editor, dina, elsewhere);
    await addTraining(gw, editor, ana, { completed: true });
    await addTraining(gw, editor, ben, { completed: false });
  });
  afterAll(() => gw?.close());

  it("writes each case's champions, by family name, and whether each has completed a training", async () => {
    const viewer = await gw.tokenFor(Role.VIEWER);
    const csv = await download(gw, `?routeId=${routeId}`, bearer(viewer));
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[2], r[4], r[5]])).toEqual([
      [kitchens, ana, 'Ana', 'yes'],
      [kitchens, ben, 'Ben', 'no'],
      [gardens, ben, 'Ben', 'no'],
      [gardens, cruz, 'Cruz', 'no'],
    ]);
    // The same as the page's query gives.
    const listed = await ok(gw, READINESS, { r: routeId }, { token: viewer });
    const pairs = listed.practices.flatMap((p: { practice: { id: string }; champions: { id: string }[] }) => p.champions.map((c) => [p.practice.id, c.id]));
    expect(csv.rows.slice(1).map((r) => [r[0], r[2]])).toEqual(pairs);
    expect(csv.rows.flat()).not.toContain(dina);
  });

  it('is for signed-in users only, as the page, and names a bad route', async () => {
    const { key } = await createApiKey(gw, await gw.tokenFor(Role.ADMIN), ['READ']);
    expect((await download(gw, `?routeId=${routeId}`, { 'x-api-key': key })).code).toBe('FORBIDDEN');
    const viewer = await gw.tokenFor(Role.VIEWER);
    expect((await download(gw, `?routeId=${UNKNOWN_ID}`, bearer(viewer))).code).toBe('NOT_FOUND');
    const missing = await download(gw, '', bearer(viewer));
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(missing.text).toContain('routeId');
  });
});
