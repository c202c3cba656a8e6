import { parse } from 'csv-parse/sync';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, createRoute, followUpEditor, ok, SURVEY_FIELDS, scheduledSurvey, startFollowUpGateway } from './helpers';

const HEADER = ['survey_id', 'title', 'route', 'programme', 'kind', 'status', 'anonymous', 'opens_on', 'closes_on', 'invited', 'answered'];
const LIST = `query($f: SurveyFilter) { surveys(first: 100, filter: $f) { edges { node { id } } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, query: string, token: string) {
  const res = await fetch(`${gw.url}/follow-up/surveys.csv${query}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  return res.ok ? { status: res.status, text, bytes, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, bytes, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}

describe('GET /follow-up/surveys.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let scheduled: string;
  let draft: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    routeId = (await createRoute(gw)).id;
    const people = [await createPerson(gw), await createPerson(gw)];
    scheduled = (await scheduledSurvey(gw, routeId, people, { opensOn: '2031-05-01', closesOn: '2031-05-29' })).id;
    draft = (
      await ok(gw, `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`, { input: { routeId, title: { en: '=Exported draft' }, opensOn: '2031-06-01', closesOn: '2031-06-20' } }, { token: await adminToken(gw) })
    ).id;
  });
  afterAll(() => gw?.close());

  it('holds the surveys the list shows, latest opening first, with how many were invited and answered', async () => {
    const editor = await followUpEditor(gw);
    const csv = await download(gw, `?routeId=${routeId}`, editor);
    expect(csv.status).toBe(200);
    // A BOM first, so Excel reads accents right.
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.rows[0]).toEqual(HEADER);
    expect(csv.rows.slice(1).map((r) => [r[0], r[1], r[5], r[6], r[7], r[9], r[10]])).toEqual([
      [draft, "'=Exported draft", 'DRAFT', 'no', '2031-06-01', '0', '0'],
      [scheduled, expect.stringMatching(/^Survey/), 'SCHEDULED', 'no', '2031-05-01', '2', '0'],
    ]);
    // The status filter gives what the list gives.
    const filtered = await download(gw, `?routeId=${routeId}&status=SCHEDULED`, editor);
    const listed = await ok(gw, LIST, { f: { routeId, status: 'SCHEDULED' } }, { token: editor });
    expect(filtered.rows.slice(1).map((r) => r[0])).toEqual(listed.edges.map((e: { node: { id: string } }) => e.node.id));
    expect(filtered.rows.slice(1).map((r) => r[0])).toEqual([scheduled]);
  });

  it('is refused, as the list is, to those who do not edit follow-up; a bad filter names its parameter', async () => {
    expect((await download(gw, '', await gw.tokenFor(Role.VIEWER))).code).toBe('FORBIDDEN');
    expect((await download(gw, '', await gw.tokenFor(Role.EDITOR, ['logistics']))).code).toBe('FORBIDDEN');
    const bad = await download(gw, '?status=SOMEDAY', await followUpEditor(gw));
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.text).toContain('status');
  });
});
