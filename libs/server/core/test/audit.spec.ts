import { platformModule, Role } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { createUser, dataOf, libraryModule, LOGIN, onlyError, PASSWORD, UPDATE_USER, uniqueEmail } from './support';

const AUDIT = `query($first: Int!, $filter: AuditFilter) {
  auditEntries(first: $first, filter: $filter) {
    totalCount
    edges { node { id at actorKind actorId actorLabel action entityType entityId changes requestId } }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { from?: unknown; to?: unknown }>;
  requestId: string | null;
}

describe('the audit trail', () => {
  let gw: TestGateway;
  let admin: string;
  let adminId: string;

  async function entries(filter: Record<string, unknown>, first = 100): Promise<{ totalCount: number; nodes: Entry[] }> {
    const res = dataOf(await gw.graphql(AUDIT, { first, filter }, { token: admin }))['auditEntries'];
    return { totalCount: res.totalCount, nodes: res.edges.map((e: any) => e.node) };
  }

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
    adminId = gw.gateway.runtime.tokens.verify(admin)!;
  });
  afterAll(() => gw?.close());

  it('records createUser with the admin as actor and the password hash redacted', async () => {
    const email = uniqueEmail('audited');
    const user = await createUser(gw, admin, { email, displayName: 'Audited Person', role: 'EDITOR', modules: ['library'] });
    const { nodes } = await entries({ entityType: 'User', entityId: user.id });
    expect(nodes).toHaveLength(1);
    const [entry] = nodes;
    expect(entry).toMatchObject({ actorKind: 'user', actorId: adminId, action: 'CREATE', entityType: 'User', entityId: user.id });
    expect(entry.actorLabel).toContain('@test.example');
    expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry.changes['email']).toEqual({ to: email });
    expect(entry.changes['role']).toEqual({ to: 'EDITOR' });
    expect(entry.changes['modules']).toEqual({ to: ['library'] });
    expect(entry.changes['passwordHash']).toEqual({ to: '[redacted]' });
    const [row] = await gw.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [user.id]);
    expect(JSON.stringify(entry)).not.toContain(row.password_hash.split('$')[5]);
    expect(JSON.stringify(entry)).not.toContain(PASSWORD);
  });

  it('records updateUser as from/to of the changed fields only, with a new password redacted', async () => {
    const user = await createUser(gw, admin, { displayName: 'Before' });
    dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, displayName: 'After', password: 'another good passphrase' } }, { token: admin }));
    const { nodes } = await entries({ entityType: 'User', entityId: user.id, action: 'UPDATE' });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ actorId: adminId, action: 'UPDATE', entityType: 'User', entityId: user.id });
    expect(nodes[0].changes).toEqual({
      displayName: { from: 'Before', to: 'After' },
      passwordHash: { from: '[redacted]', to: '[redacted]' },
      // A new password ends earlier sessions, and the trail says from when.
      sessionsFrom: { from: null, to: expect.any(String) },
    });
    expect(JSON.stringify(nodes[0])).not.toContain('another good passphrase');
  });

  it('records createApiKey and revokeApiKey, never the key or its hash', async () => {
    const created = dataOf(
      await gw.graphql(
        `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }`,
        { input: { name: 'Audited partner', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
        { token: admin },
      ),
    )['createApiKey'];
    const id = created.apiKey.id;
    dataOf(await gw.graphql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id }, { token: admin }));

    const { nodes } = await entries({ entityType: 'ApiKey', entityId: id });
    expect(nodes.map((n) => n.action).sort()).toEqual(['CREATE', 'UPDATE']);
    const create = nodes.find((n) => n.action === 'CREATE')!;
    const revoke = nodes.find((n) => n.action === 'UPDATE')!;
    expect(create).toMatchObject({ actorKind: 'user', actorId: adminId, entityType: 'ApiKey', entityId: id });
    expect(create.changes['name']).toEqual({ to: 'Audited partner' });
    expect(create.changes['secretHash']).toEqual({ to: '[redacted]' });
    expect(revoke).toMatchObject({ actorId: adminId, entityType: 'ApiKey', entityId: id });
    expect(Object.keys(revoke.changes)).toEqual(['revokedAt']);
    expect(revoke.changes['revokedAt'].from).toBeNull();
    expect(typeof revoke.changes['revokedAt'].to).toBe('string');

    const [row] = await gw.dataSource.query(`SELECT secret_hash FROM api_key WHERE id = $1`, [id]);
    const trail = JSON.stringify(nodes);
    expect(trail).not.toContain(created.key);
    expect(trail).not.toContain(row.secret_hash);
  });

  it('records a sign-in as an update of lastLoginAt by the user who signed in', async () => {
    const email = uniqueEmail('signer');
    const user = await createUser(gw, admin, { email });
    dataOf(await gw.graphql(LOGIN, { input: { email, password: PASSWORD } }));
    const { nodes } = await entries({ entityType: 'User', entityId: user.id, action: 'UPDATE' });
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ actorKind: 'user', actorId: user.id, action: 'UPDATE', entityType: 'User', entityId: user.id });
    expect(nodes[0].actorLabel).toContain(email);
    expect(Object.keys(nodes[0].changes)).toEqual(['lastLoginAt']);
    expect(nodes[0].changes['lastLoginAt'].from).toBeNull();
    expect(JSON.stringify(nodes[0])).not.toContain(PASSWORD);
  });

  it('records nothing for a failed sign-in', async () => {
    const email = uniqueEmail('failer');
    const user = await createUser(gw, admin, { email });
    onlyError(await gw.graphql(LOGIN, { input: { email, password: 'definitely wrong' } }));
    const { nodes } = await entries({ entityId: user.id });
    expect(nodes.map((n) => n.action)).toEqual(['CREATE']);
  });

  it('filters by entityType, action and entityId, newest first', async () => {
    const a = await createUser(gw, admin);
    const b = await createUser(gw, admin);
    dataOf(await gw.graphql(UPDATE_USER, { input: { id: a.id, version: a.version, displayName: 'Changed A' } }, { token: admin }));

    const byType = await entries({ entityType: 'User' });
    expect(byType.nodes.every((n) => n.entityType === 'User')).toBe(true);
    expect(byType.nodes.map((n) => n.entityId)).toEqual(expect.arrayContaining([a.id, b.id]));
    const times = byType.nodes.map((n) => Date.parse(n.at));
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const creates = await entries({ entityType: 'User', action: 'CREATE' });
    expect(creates.nodes.every((n) => n.action === 'CREATE')).toBe(true);
    const updates = await entries({ action: 'UPDATE' });
    expect(updates.nodes.every((n) => n.action === 'UPDATE')).toBe(true);
    expect(updates.nodes.map((n) => n.entityId)).toContain(a.id);
    expect(updates.nodes.map((n) => n.entityId)).not.toContain(b.id);

    const onlyB = await entries({ entityId: b.id });
    expect(onlyB.totalCount).toBe(1);
    expect(onlyB.nodes[0]).toMatchObject({ entityId: b.id, action: 'CREATE' });

    const byActor = await entries({ actorId: adminId, entityId: a.id });
    expect(byActor.nodes).toHaveLength(2);

    expect((await entries({ entityType: 'NoSuchThing' })).totalCount).toBe(0);
  });

  it('pages through entries with first/after', async () => {
    const all = await entries({ entityType: 'User' });
    expect(all.totalCount).toBeGreaterThan(2);
    const first = dataOf(await gw.graphql(
      `query($filter: AuditFilter) { auditEntries(first: 2, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { filter: { entityType: 'User' } },
      { token: admin },
    ))['auditEntries'];
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = dataOf(await gw.graphql(
      `query($filter: AuditFilter, $after: String) { auditEntries(first: 2, filter: $filter, after: $after) { edges { node { id } } } }`,
      { filter: { entityType: 'User' }, after: first.pageInfo.endCursor },
      { token: admin },
    ))['auditEntries'];
    expect(second.edges.map((e: any) => e.node.id)).toEqual(all.nodes.slice(2, 4).map((n) => n.id));
  });

  it('is for admins only', async () => {
    for (const role of [Role.EDITOR, Role.REVIEWER, Role.PARTICIPANT, Role.VIEWER]) {
      const token = await gw.tokenFor(role, role === Role.EDITOR ? ['library'] : []);
      expect(onlyError(await gw.graphql(AUDIT, { first: 1 }, { token })).extensions!['code']).toBe('FORBIDDEN');
    }
    expect(onlyError(await gw.graphql(AUDIT, { first: 1 })).extensions!['code']).toBe('UNAUTHENTICATED');
  });

  it('refuses a page size out of range on `first`', async () => {
    const error = onlyError(await gw.graphql(AUDIT, { first: 1000 }, { token: admin }));
    expect(error.extensions!['code']).toBe('BAD_USER_INPUT');
    expect(error.extensions!['fields'].map((f: any) => f.path)).toEqual(['first']);
  });
});
