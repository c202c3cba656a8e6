import { platformModule, Role } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { dataOf, libraryModule, onlyError } from './support';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name prefix scopes expiresAt revokedAt createdById } }
}`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const LIST_KEYS = `query($includeRevoked: Boolean) {
  apiKeys(first: 100, includeRevoked: $includeRevoked) { totalCount edges { node { id name prefix scopes expiresAt revokedAt } } }
}`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('partner API keys', () => {
  let gw: TestGateway;
  let admin: string;

  async function createKey(input: Record<string, unknown> = {}): Promise<{ key: string; id: string; prefix: string }> {
    const res = await gw.graphql(CREATE_KEY, { input: { name: 'Partner NGO', expiresAt: inDays(30), ...input } }, { token: admin });
    const created = dataOf(res)['createApiKey'];
    return { key: created.key, id: created.apiKey.id, prefix: created.apiKey.prefix };
  }

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  it('returns the key once, and never again in the list or the database', async () => {
    const res = await gw.graphql(CREATE_KEY, { input: { name: '  Partner A ', expiresAt: inDays(90) } }, { token: admin });
    const created = dataOf(res)['createApiKey'];
    expect(created.key).toMatch(/^lr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{32,}$/);
    expect(created.key.startsWith(`lr_${created.apiKey.prefix}_`)).toBe(true);
    expect(created.apiKey).toMatchObject({ name: 'Partner A', scopes: ['READ'], revokedAt: null });
    const adminId = gw.gateway.runtime.tokens.verify(admin);
    expect(created.apiKey.createdById).toBe(adminId);

    const list = await gw.graphql(LIST_KEYS, {}, { token: admin });
    const nodes = dataOf(list)['apiKeys'].edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toContain(created.apiKey.id);
    expect(JSON.stringify(list)).not.toContain(created.key);
    expect(JSON.stringify(list)).not.toContain(created.key.slice(`lr_${created.apiKey.prefix}_`.length));

    const [row] = await gw.dataSource.query(`SELECT * FROM api_key WHERE id = $1`, [created.apiKey.id]);
    expect(JSON.stringify(row)).not.toContain(created.key.slice(`lr_${created.apiKey.prefix}_`.length));
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('has no field that could reveal the secret or its hash', async () => {
    const res = await gw.graphql(`{ apiKeys(first: 1) { edges { node { secretHash } } } }`, {}, { token: admin });
    expect(res.errors![0].extensions!['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('always includes the read scope and keeps personal-data when asked', async () => {
    const res = await gw.graphql(CREATE_KEY, { input: { name: 'Partner PD', expiresAt: inDays(30), scopes: ['PERSONAL_DATA'] } }, { token: admin });
    const created = dataOf(res)['createApiKey'].apiKey;
    expect(created.scopes).toEqual(['READ', 'PERSONAL_DATA']);
    const [row] = await gw.dataSource.query(`SELECT scopes FROM api_key WHERE id = $1`, [created.id]);
    expect(row.scopes).toEqual(['read', 'personal-data']);
  });

  it('works as X-Api-Key and as Authorization: Bearer', async () => {
    const { key } = await createKey();
    const viaHeader = await gw.graphql(`{ libraryPing }`, {}, { apiKey: key });
    expect(dataOf(viaHeader)).toEqual({ libraryPing: 'pong' });
    const viaBearer = await gw.graphql(`{ libraryPing }`, {}, { headers: { authorization: `Bearer ${key}` } });
    expect(dataOf(viaBearer)).toEqual({ libraryPing: 'pong' });
  });

  it('cannot call admin-only or user-only fields (FORBIDDEN)', async () => {
    const { key } = await createKey();
    for (const query of [`{ users(first: 1) { totalCount } }`, `{ apiKeys(first: 1) { totalCount } }`, `{ auditEntries(first: 1) { totalCount } }`, `{ me { id } }`]) {
      const error = onlyError(await gw.graphql(query, {}, { apiKey: key }));
      expect(error.extensions!['code']).toBe('FORBIDDEN');
    }
    const create = await gw.graphql(CREATE_KEY, { input: { name: 'Self-made', expiresAt: inDays(10) } }, { apiKey: key });
    expect(onlyError(create).extensions!['code']).toBe('FORBIDDEN');
    const createUser = await gw.graphql(
      `mutation { createUser(input: { email: "x@test.example", displayName: "X", password: "long enough pw", role: ADMIN }) { id } }`,
      {},
      { apiKey: key },
    );
    expect(onlyError(createUser).extensions!['code']).toBe('FORBIDDEN');
  });

  it('refuses a revoked key with UNAUTHENTICATED and HTTP 401 at once, and hides it from the default list', async () => {
    const { key, id } = await createKey({ name: 'Revoke me' });
    // Used a moment before: the key is in the principal cache when it is revoked.
    expect(dataOf(await gw.graphql(`{ libraryPing }`, {}, { apiKey: key }))).toBeTruthy();
    const revoked = dataOf(await gw.graphql(REVOKE_KEY, { id }, { token: admin }))['revokeApiKey'];
    expect(Date.parse(revoked.revokedAt)).toBeLessThanOrEqual(Date.now());

    const res = await gw.graphql(`{ libraryPing }`, {}, { apiKey: key });
    expect(res.status).toBe(401);
    const error = onlyError(res);
    expect(error.extensions!['code']).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/revoked/);

    const active = dataOf(await gw.graphql(LIST_KEYS, {}, { token: admin }))['apiKeys'].edges.map((e: any) => e.node.id);
    const all = dataOf(await gw.graphql(LIST_KEYS, { includeRevoked: true }, { token: admin }))['apiKeys'].edges.map((e: any) => e.node.id);
    expect(active).not.toContain(id);
    expect(all).toContain(id);
  });

  it('refuses to revoke a key twice (CONFLICT) and an unknown key (NOT_FOUND)', async () => {
    const { id } = await createKey();
    dataOf(await gw.graphql(REVOKE_KEY, { id }, { token: admin }));
    expect(onlyError(await gw.graphql(REVOKE_KEY, { id }, { token: admin })).extensions!['code']).toBe('CONFLICT');
    expect(onlyError(await gw.graphql(REVOKE_KEY, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin })).extensions!['code']).toBe('NOT_FOUND');
  });

  it('refuses an expired key with UNAUTHENTICATED and HTTP 401', async () => {
    const { key, id } = await createKey({ name: 'Expire me' });
    await gw.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const res = await gw.graphql(`{ libraryPing }`, {}, { apiKey: key });
    expect(res.status).toBe(401);
    const error = onlyError(res);
    expect(error.extensions!['code']).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired/);
  });

  it('refuses unknown keys, forged secrets for a real prefix, and garbage', async () => {
    const { prefix } = await createKey();
    const candidates = [
      `lr_ZZZZZZZZ_${'a'.repeat(32)}`,
      `lr_${prefix}_${'b'.repeat(32)}`,
      'not-a-key-at-all',
    ];
    for (const key of candidates) {
      for (const options of [{ apiKey: key }, { headers: { authorization: `Bearer ${key}` } }]) {
        const res = await gw.graphql(`{ libraryPing }`, {}, options);
        expect(res.status).toBe(401);
        expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('refuses an expiry in the past, or more than two years ahead, on input.expiresAt', async () => {
    for (const expiresAt of [new Date(Date.now() - 60_000).toISOString(), inDays(3 * 365)]) {
      const res = await gw.graphql(CREATE_KEY, { input: { name: 'Bad expiry', expiresAt } }, { token: admin });
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions!['fields'].map((f: any) => f.path)).toEqual(['input.expiresAt']);
    }
    expect(await gw.dataSource.query(`SELECT 1 FROM api_key WHERE name = 'Bad expiry'`)).toHaveLength(0);
  });

  it('refuses key management to non-admins', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['library']);
    expect(onlyError(await gw.graphql(CREATE_KEY, { input: { name: 'Nope', expiresAt: inDays(5) } }, { token: editor })).extensions!['code']).toBe('FORBIDDEN');
    expect(onlyError(await gw.graphql(LIST_KEYS, {}, { token: editor })).extensions!['code']).toBe('FORBIDDEN');
  });
});
