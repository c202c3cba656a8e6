import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, attachCase, createRoute, delegationWithParticipants, followUpEditor, ok, participantToken, startFollowUpGateway, unique } from './helpers';

const STORY_HEADER = ['story_id', 'title', 'practice', 'route', 'adapted_by', 'country_code', 'locality', 'documented_on', 'result', 'evidence_url'];
const COMMUNITY_HEADER = ['community_id', 'name', 'routes', 'member_count', 'started_on', 'url', 'description'];
const CREATE_STORY = `mutation($input: CreateScalingStoryInput!) { createScalingStory(input: $input) { id } }`;
const CREATE_COMMUNITY = `mutation($input: CreateCommunityOfPracticeInput!) { createCommunityOfPractice(input: $input) { id } }`;
const STORIES = `query($f: ScalingStoryFilter) { scalingStories(first: 100, filter: $f) { edges { node { id } } } }`;
const COMMUNITIES = `query($f: CommunityOfPracticeFilter) { communitiesOfPractice(first: 100, filter: $f) { edges { node { id } } } }`;

/** GETs an export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, path: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}${path}`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const ids = (rows: string[][]) => rows.slice(1).map((r) => r[0]);
const listedIds = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

describe('GET /follow-up/stories.csv and communities.csv', () => {
  let gw: TestGateway;
  let routeId: string;
  let participant: string;
  let recent: string;
  let older: string;
  let elsewhere: string;
  let community: string;
  let otherCommunity: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    const editor = await followUpEditor(gw);
    routeId = (await createRoute(gw)).id;
    const otherRouteId = (await createRoute(gw)).id;
    participant = (await delegationWithParticipants(gw, routeId, 'GT', 1)).personIds[0];
    const practiceId = await attachCase(gw, routeId);
    const organisationId = (await ok(gw, `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: unique('=SESAN'), type: 'GOVERNMENT', countryCode: 'GT' } }, { token: await adminToken(gw) })).id;
    const story = (input: Record<string, unknown>) => ok(gw, CREATE_STORY, { input: { practiceId, routeId, countryCode: 'GT', result: { en: 'Adapted.' }, ...input } }, { token: editor });
    older = (await story({ title: { en: 'Exported older story' }, documentedOn: '2026-01-10', locality: 'Cobán' })).id;
    recent = (await story({ title: { en: 'Exported recent story', es: 'Historia reciente' }, documentedOn: '2026-03-10', adaptedByOrganisationId: organisationId, countryCode: 'PE' })).id;
    elsewhere = (await story({ routeId: otherRouteId, title: { en: 'Exported story of another route' }, documentedOn: '2026-02-10' })).id;
    community = (await ok(gw, CREATE_COMMUNITY, { input: { name: unique('Exported CoP'), routeIds: [routeId, otherRouteId], memberCount: 12 } }, { token: editor })).id;
    otherCommunity = (await ok(gw, CREATE_COMMUNITY, { input: { name: unique('Exported other CoP'), routeIds: [otherRouteId] } }, { token: editor })).id;
  });
  afterAll(() => gw?.close());

  it('writes the stories the list shows, most recently documented first, in the caller’s language', async () => {
    const editor = await followUpEditor(gw);
    const csv = await download(gw, `/follow-up/stories.csv?routeId=${routeId}`, { ...bearer(editor), 'accept-language': 'es' });
    expect(csv.rows[0]).toEqual(STORY_HEADER);
    expect(ids(csv.rows)).toEqual([recent, older]);
    expect(csv.rows[1][1]).toBe('Historia reciente');
    expect(csv.rows[1][4]).toMatch(/^'=SESAN/);
    expect(csv.rows[2][6]).toBe('Cobán');
    // The country filter gives what the list gives.
    const filtered = await download(gw, `/follow-up/stories.csv?routeId=${routeId}&countryCode=PE`, bearer(editor));
    expect(ids(filtered.rows)).toEqual(listedIds(await ok(gw, STORIES, { f: { routeId, countryCode: 'PE' } }, { token: editor })));
    expect(ids(filtered.rows)).toEqual([recent]);
  });

  it('gives a participant their routes’ stories only, and a partner’s key no unpublished practice', async () => {
    const token = await participantToken(gw, participant);
    const csv = await download(gw, '/follow-up/stories.csv', bearer(token));
    expect(ids(csv.rows).sort()).toEqual(listedIds(await ok(gw, STORIES, {}, { token })).sort());
    expect(ids(csv.rows)).toEqual(expect.arrayContaining([recent, older]));
    expect(ids(csv.rows)).not.toContain(elsewhere);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    const partner = await download(gw, `/follow-up/stories.csv?routeId=${routeId}`, { 'x-api-key': key });
    expect(ids(partner.rows)).toEqual([recent, older]);
    expect(partner.rows.slice(1).map((r) => r[2])).toEqual(['', '']);
    const editor = await download(gw, `/follow-up/stories.csv?routeId=${routeId}`, bearer(await followUpEditor(gw)));
    expect(editor.rows[1][2]).not.toBe('');
  });

  it('writes the communities the list shows, by name, with the routes they grew from; a participant gets only those of their routes', async () => {
    const editor = await followUpEditor(gw);
    const csv = await download(gw, `/follow-up/communities.csv?routeId=${routeId}`, bearer(editor));
    expect(csv.rows[0]).toEqual(COMMUNITY_HEADER);
    expect(ids(csv.rows)).toEqual(listedIds(await ok(gw, COMMUNITIES, { f: { routeId } }, { token: editor })));
    expect(ids(csv.rows)).toEqual([community]);
    expect(csv.rows[1][2].split('; ')).toHaveLength(2);
    expect(csv.rows[1][3]).toBe('12');
    const token = await participantToken(gw, participant);
    const mine = await download(gw, '/follow-up/communities.csv', bearer(token));
    expect(ids(mine.rows).sort()).toEqual(listedIds(await ok(gw, COMMUNITIES, {}, { token })).sort());
    expect(ids(mine.rows)).toContain(community);
    expect(ids(mine.rows)).not.toContain(otherCommunity);
  });
});
