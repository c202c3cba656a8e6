import { Role, platformModule } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { libraryModule } from './support';

describe('limits on what one request or one partner may cost', () => {
  let gw: TestGateway;
  let admin: string;
  let key: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule], { API_KEY_REQUESTS_PER_MINUTE: '5', MAX_QUERY_DEPTH: '3' });
    admin = await gw.tokenFor(Role.ADMIN);
    const created = await gw.graphql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'Partner', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { token: admin },
    );
    key = created.data!['createApiKey'].key;
  });
  afterAll(() => gw.close());

  it('runs queries up to MAX_QUERY_DEPTH levels', async () => {
    expect((await gw.graphql(`{ me { id } }`, {}, { token: admin })).errors).toBeUndefined();
    expect((await gw.graphql(`{ users(first: 1) { totalCount pageInfo { hasNextPage } } }`, {}, { token: admin })).errors).toBeUndefined();
  });

  it('refuses a deeper query before it runs, naming the depth and the limit', async () => {
    const res = await gw.graphql(`{ users(first: 1) { edges { node { id } } } }`, {}, { token: admin });
    expect(res.errors![0].message).toBe('The query nests 4 levels deep; at most 3 are allowed');
    expect(res.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', depth: 4, max: 3 });
    expect(res.data).toBeUndefined();
  });

  it('counts the fields that fragments bring in', async () => {
    const res = await gw.graphql(`{ ...F } fragment F on Query { users(first: 1) { edges { ... on UserEdge { node { id } } } } }`, {}, { token: admin });
    expect(res.errors![0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', depth: 4 });
  });

  it('lets a partner key send API_KEY_REQUESTS_PER_MINUTE requests, then answers 429 with a retry time', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: JSON.stringify({ query: '{ libraryPing }' }),
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const body = (await last!.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('does not limit signed-in users', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await gw.graphql('{ libraryPing }', {}, { token: admin });
      expect(res.status).toBe(200);
    }
  });
});
