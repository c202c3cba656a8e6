import { Role, platformModule } from '../src';
import { createApiKey, startTestGateway, type TestGateway } from '../src/testing';
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

  const send = (headers: Record<string, string>, query = '{ libraryPing }') =>
    fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('lets a partner key send API_KEY_REQUESTS_PER_MINUTE requests, then answers 429 with a retry time and RateLimit headers', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 7; i++) {
      last = await send({ 'x-api-key': key });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const body = (await last!.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].extensions.retryAfter).toBeGreaterThan(0);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last!.headers.get('ratelimit-limit')).toBe('5');
    expect(last!.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('counts the key however it is sent: a junk X-Api-Key beside the real key as a bearer is limited too', async () => {
    const fresh = (await gw.graphql(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'Sly partner', scopes: ['READ'], expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
      { token: admin },
    )).data!['createApiKey'].key;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await send({ 'x-api-key': `lr_junk${i}_nothing`, authorization: `Bearer ${fresh}` })).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(5);
  });

  it('gives signed-in users a budget of their own, far above a partner key’s', async () => {
    for (let i = 0; i < 8; i++) {
      const res = await gw.graphql('{ libraryPing }', {}, { token: admin });
      expect(res.status).toBe(200);
    }
  });
});

describe('request and point budgets', () => {
  it('limits anonymous callers by address', async () => {
    const gw = await startTestGateway([platformModule, libraryModule], { ANONYMOUS_REQUESTS_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await gw.graphql('{ libraryPing }')).status);
      // Anonymous calls are refused anyway (UNAUTHENTICATED, 200 with an error) until the budget runs out.
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await gw.close();
    }
  });

  it('spends a partner key’s hourly query points by what each query costs, and says what is left', async () => {
    const gw = await startTestGateway([platformModule, libraryModule], { PARTNER_POINTS_PER_HOUR: '12' });
    try {
      const admin = await gw.tokenFor(Role.ADMIN);
      const { key } = await createApiKey(gw, admin, ['READ']);
      // users(first: 5) { edges { node { id } } } costs 1 + 5 = 6 points.
      const query = `{ users(first: 5) { edges { node { id } } } }`;
      const first = await gw.graphql(query, {}, { apiKey: key });
      expect((first as unknown as { extensions: unknown }).extensions).toEqual({ cost: { requested: 6, limit: 10_000, remaining: 6 } });
      const second = await gw.graphql(query, {}, { apiKey: key });
      expect((second as unknown as { extensions: unknown }).extensions).toEqual({ cost: { requested: 6, limit: 10_000, remaining: 0 } });
      const third = await gw.graphql(query, {}, { apiKey: key });
      expect(third.status).toBe(429);
      expect(third.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
    } finally {
      await gw.close();
    }
  });
});
