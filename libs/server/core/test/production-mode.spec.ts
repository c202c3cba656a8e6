import { Role, platformModule } from '../src';
import { createApiKey, startTestGateway, type TestGateway } from '../src/testing';
import { libraryModule } from './support';

const INTROSPECTION = `{ __schema { queryType { name } } }`;
const STRONG_SECRET = 'kQ7v2ZpX9mL4tR8wB1nC6yH3jF5dG0sAeUyT';

describe('production mode', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule], { NODE_ENV: 'production', TOKEN_SECRET: STRONG_SECRET });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  it('shows the schema to signed-in users and SCHEMA keys only', async () => {
    expect((await gw.graphql(INTROSPECTION, {}, { token: admin })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const anonymous = await gw.graphql(INTROSPECTION);
    expect(anonymous.errors![0].extensions!['code']).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(anonymous.data ?? null).toBeNull();
    const plain = (await createApiKey(gw, admin, ['READ'])).key;
    expect((await gw.graphql(INTROSPECTION, {}, { apiKey: plain })).errors![0].extensions!['code']).toBe('FORBIDDEN');
    const schemaKey = (await createApiKey(gw, admin, ['READ', 'SCHEMA'])).key;
    expect((await gw.graphql(INTROSPECTION, {}, { apiKey: schemaKey })).errors).toBeUndefined();
  });

  it('hides "Did you mean" suggestions from those who may not see the schema', async () => {
    const plain = (await createApiKey(gw, admin, ['READ'])).key;
    const guessed = await gw.graphql(`{ libraryPin }`, {}, { apiKey: plain });
    expect(guessed.errors![0].message).toBe('Cannot query field "libraryPin" on type "Query".');
    const signedIn = await gw.graphql(`{ libraryPin }`, {}, { token: admin });
    expect(signedIn.errors![0].message).toMatch(/Did you mean "libraryPing"\?/);
  });
});

describe('errors before a handler answers, in every mode', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
  });
  afterAll(() => gw.close());

  async function jsonError(res: Response, status: number, code: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string; requestId?: string } }[] };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].extensions.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(body)).not.toMatch(/node_modules|\/work\/|at [A-Za-z]+ \(/);
    return body.errors[0];
  }
  const post = (body: string, contentType = 'application/json') => fetch(`${gw.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('answers malformed JSON with 400 BAD_USER_INPUT, not an HTML page with a stack trace', async () => {
    await jsonError(await post('{"query": '), 400, 'BAD_USER_INPUT');
  });

  it('answers a body over 1 MB with 413', async () => {
    await jsonError(await post(JSON.stringify({ query: `{ libraryPing }`, padding: 'x'.repeat(1_100_000) })), 413, 'QUERY_LIMIT');
  });

  it('answers a POST that is not JSON with 415', async () => {
    await jsonError(await post('{ libraryPing }', 'text/plain'), 415, 'BAD_USER_INPUT');
  });

  it('answers an unknown path with 404', async () => {
    await jsonError(await fetch(`${gw.url}/nowhere`), 404, 'NOT_FOUND');
  });

  it('sends security headers', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
