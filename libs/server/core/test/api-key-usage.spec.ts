import { platformModule, Role } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { dataOf, libraryModule } from './support';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`;
const KEYS = `{ apiKeys(first: 100) { edges { node { id lastUsedAt usage { requests { spent limit resetSeconds } points { spent limit resetSeconds } } } } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('what a partner key has spent, for the admins', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule], { API_KEY_REQUESTS_PER_MINUTE: '50', PARTNER_POINTS_PER_HOUR: '500' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  async function createKey(name: string) {
    const created = dataOf(await gw.graphql(CREATE_KEY, { input: { name, expiresAt: inDays(30) } }, { token: admin }))['createApiKey'];
    return { key: created.key as string, id: created.apiKey.id as string };
  }

  async function keyRow(id: string) {
    const nodes = dataOf(await gw.graphql(KEYS, {}, { token: admin }))['apiKeys'].edges.map((e: any) => e.node);
    return nodes.find((n: any) => n.id === id);
  }

  it('shows a new key as never used, with nothing spent of its limits', async () => {
    const { id } = await createKey('Unused partner');
    expect(await keyRow(id)).toEqual({
      id,
      lastUsedAt: null,
      usage: { requests: { spent: 0, limit: 50, resetSeconds: 0 }, points: { spent: 0, limit: 500, resetSeconds: 0 } },
    });
  });

  it('counts the requests and points of that key only, and notes when it was last used', async () => {
    const busy = await createKey('Busy partner');
    const quiet = await createKey('Quiet partner');
    const before = Date.now();
    for (let i = 0; i < 3; i++) dataOf(await gw.graphql(`{ libraryPing }`, {}, { apiKey: busy.key }));

    const row = await keyRow(busy.id);
    expect(row.usage.requests).toMatchObject({ spent: 3, limit: 50 });
    expect(row.usage.requests.resetSeconds).toBeGreaterThan(0);
    expect(row.usage.points.spent).toBeGreaterThanOrEqual(3);
    expect(Date.parse(row.lastUsedAt)).toBeGreaterThanOrEqual(before - 1000);

    const other = await keyRow(quiet.id);
    expect(other.usage.requests.spent).toBe(0);
    expect(other.lastUsedAt).toBeNull();
  });

  it('does not audit a key being used', async () => {
    const { key, id } = await createKey('Audited partner');
    const before = await gw.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [id]);
    dataOf(await gw.graphql(`{ libraryPing }`, {}, { apiKey: key }));
    const after = await gw.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [id]);
    expect(after[0].n).toBe(before[0].n);
    const [stored] = await gw.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [id]);
    expect(stored.last_used_at).not.toBeNull();
  });
});
