import { Role } from '@lr/server-core';
import { createProgramme, createRoute, dataOf, startPracticesGateway, type PracticesGateway } from './practices-gateway';

const NESTED = `query($first: Int!) { practices(first: $first) { edges { node { title assessments { scores { criterion { code } } } } } } }`;

/** What one operation may ask for is bounded, and every answer says what it cost. */
describe('query cost and limits', () => {
  let gw: PracticesGateway;
  let editor: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices']);
    const admin = await gw.tokenFor(Role.ADMIN);
    routeId = await createRoute(gw, admin, await createProgramme(gw, admin));
  });
  afterAll(() => gw.close());

  it('tells the caller what the operation cost and the limit', async () => {
    const res = await gw.graphql(NESTED, { first: 20 }, { token: editor });
    dataOf(res);
    // The page, 20 practices, up to 10 assessments each, 10 scores each, one criterion per score.
    expect((res as unknown as { extensions: unknown }).extensions).toEqual({ cost: { requested: 1 + 20 + 200 + 2000 + 2000, limit: 10_000 } });
  });

  it('refuses a query over the budget before it runs, giving its cost and the limit', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: practices(first: 100) { edges { node { assessments { scores { criterion { code } } } } } }`).join('\n');
    gw.resetQueryLog();
    const res = await gw.graphql(`{ ${aliases} }`, {}, { token: editor });
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT', cost: 20 * (1 + 100 + 1000 + 10_000 + 10_000), limit: 10_000 });
    expect(res.errors![0].message).toMatch(/would cost 422020 points; the limit is 10000/);
    expect(res.data).toBeUndefined();
    // Only the caller's credentials were looked up: nothing of the query ran.
    expect(gw.queryLog.filter((sql) => /FROM "practice"/.test(sql))).toEqual([]);
  });

  it('refuses too many aliases of an expensive field, however small each is', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `r${i}: recommendPractices(routeId: "${routeId}", first: 1) { totalCount }`).join('\n');
    const res = await gw.graphql(`{ ${aliases} }`, {}, { token: editor });
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT', aliases: 200, limit: 30 });
  });

  it('counts fixed and nested costs: a few full rankings with their reasons are over the budget', async () => {
    const aliases = Array.from({ length: 5 }, (_, i) => `r${i}: recommendPractices(routeId: "${routeId}", first: 100) { edges { node { score reasons { country { name } } } } }`).join('\n');
    const res = await gw.graphql(`{ ${aliases} }`, {}, { token: editor });
    // Each: 50 fixed + the page + 100 recommendations + 1,000 reasons + 1,000 countries.
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_LIMIT', cost: 5 * (50 + 1 + 100 + 1000 + 1000), limit: 10_000 });
  });

  it('stops a huge document while it is parsed', async () => {
    const aliases = Array.from({ length: 50_000 }, (_, i) => `a${i}: __typename`).join(' ');
    const res = await gw.graphql(`{ ${aliases} }`, {}, { token: editor });
    // graphql-js's own message ("more that 5000 tokens", sic).
    expect(res.errors![0].message).toMatch(/Document contains more tha[nt] 5000 tokens/);
    expect(res.data).toBeUndefined();
  });
});
