import { platformModule, Role } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { CREATE_USER, createUser, dataOf, libraryModule, onlyError, PASSWORD, UPDATE_USER, uniqueEmail } from './support';

const USERS = `query($filter: UserFilter) { users(first: 100, filter: $filter) { totalCount edges { node { id email role } } } }`;

describe('users and roles', () => {
  let gw: TestGateway;
  let admin: string;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
    tokens[Role.ADMIN] = admin;
    tokens[Role.EDITOR] = await gw.tokenFor(Role.EDITOR, ['library']);
    tokens[Role.REVIEWER] = await gw.tokenFor(Role.REVIEWER);
    tokens[Role.PARTICIPANT] = await gw.tokenFor(Role.PARTICIPANT);
    tokens[Role.VIEWER] = await gw.tokenFor(Role.VIEWER);
  });
  afterAll(() => gw?.close());

  describe('who may list and create users', () => {
    it('lets an ADMIN list users', async () => {
      const users = dataOf(await gw.graphql(USERS, {}, { token: admin }))['users'];
      expect(users.totalCount).toBeGreaterThanOrEqual(5);
      expect(users.edges.map((e: any) => e.node.role)).toEqual(expect.arrayContaining(['ADMIN', 'EDITOR', 'REVIEWER', 'PARTICIPANT', 'VIEWER']));
    });

    it('lets an ADMIN create a user', async () => {
      const email = uniqueEmail('new');
      const res = await gw.graphql(CREATE_USER, { input: { email, displayName: ' New Person ', password: PASSWORD, role: 'PARTICIPANT' } }, { token: admin });
      expect(dataOf(res)['createUser']).toMatchObject({ email, displayName: 'New Person', role: 'PARTICIPANT', modules: [], active: true, version: 1 });
    });

    it.each([Role.EDITOR, Role.REVIEWER, Role.PARTICIPANT, Role.VIEWER])('refuses %s on users with FORBIDDEN', async (role) => {
      const res = await gw.graphql(USERS, {}, { token: tokens[role] });
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('FORBIDDEN');
      expect(error.message).toContain('Query.users');
      expect(res.data?.['users'] ?? null).toBeNull();
    });

    it.each([Role.EDITOR, Role.REVIEWER, Role.PARTICIPANT, Role.VIEWER])('refuses %s on createUser with FORBIDDEN and creates nobody', async (role) => {
      const email = uniqueEmail('escalation');
      const res = await gw.graphql(CREATE_USER, { input: { email, displayName: 'Escalation', password: PASSWORD, role: 'ADMIN' } }, { token: tokens[role] });
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('FORBIDDEN');
      expect(error.message).toContain('Mutation.createUser');
      expect(await gw.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
    });

    it.each([Role.ADMIN, Role.EDITOR, Role.REVIEWER, Role.PARTICIPANT, Role.VIEWER])('lets %s read a READ field and their own `me`', async (role) => {
      const res = await gw.graphql(`{ libraryPing me { role } }`, {}, { token: tokens[role] });
      expect(dataOf(res)).toEqual({ libraryPing: 'pong', me: { role } });
    });

    it('filters users by role and search term', async () => {
      const email = uniqueEmail('findable');
      await createUser(gw, admin, { email, displayName: 'Zebedee Findable', role: 'REVIEWER' });
      const byRole = dataOf(await gw.graphql(USERS, { filter: { role: 'REVIEWER' } }, { token: admin }))['users'];
      expect(byRole.edges.every((e: any) => e.node.role === 'REVIEWER')).toBe(true);
      const bySearch = dataOf(await gw.graphql(USERS, { filter: { search: 'zebedee' } }, { token: admin }))['users'];
      expect(bySearch.edges.map((e: any) => e.node.email)).toEqual([email]);
    });
  });

  describe('createUser validation', () => {
    async function createError(input: Record<string, unknown>) {
      const res = await gw.graphql(CREATE_USER, { input: { email: uniqueEmail(), displayName: 'Someone', password: PASSWORD, role: 'VIEWER', ...input } }, { token: admin });
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('BAD_USER_INPUT');
      return error.extensions!['fields'] as { path: string; message: string }[];
    }

    it('requires an EDITOR to have at least one module, on input.modules', async () => {
      expect(await createError({ role: 'EDITOR' })).toEqual([{ path: 'input.modules', message: 'an EDITOR needs at least one module', constraint: 'editorNeedsModule' }]);
      expect(await createError({ role: 'EDITOR', modules: [] })).toEqual([{ path: 'input.modules', message: 'an EDITOR needs at least one module', constraint: 'editorNeedsModule' }]);
    });

    it('creates an EDITOR scoped to a known module', async () => {
      const user = await createUser(gw, admin, { role: 'EDITOR', modules: ['library', 'library'] });
      expect(user.modules).toEqual(['library']);
    });

    it('refuses an unknown module and names the known ones', async () => {
      const fields = await createError({ role: 'EDITOR', modules: ['library', 'astrology'] });
      expect(fields).toHaveLength(1);
      expect(fields[0].path).toBe('input.modules');
      expect(fields[0].message).toContain('astrology');
      expect(fields[0].message).toContain('library');
    });

    it('refuses the platform as an editor module', async () => {
      const fields = await createError({ role: 'EDITOR', modules: ['platform'] });
      expect(fields.map((f) => f.path)).toContain('input.modules');
    });

    it('refuses modules on a role that is not EDITOR', async () => {
      expect(await createError({ role: 'VIEWER', modules: ['library'] })).toEqual([{ path: 'input.modules', message: 'only an EDITOR is scoped to modules', constraint: 'modulesOnlyForEditor' }]);
    });

    it('refuses a short password on input.password', async () => {
      expect(await createError({ password: 'short' })).toEqual([{ path: 'input.password', message: 'must be at least 10 characters long', constraint: 'minLength' }]);
    });

    it('refuses a bad e-mail on input.email', async () => {
      // The rule that failed comes with the message, so clients can word it in their user's language.
      expect(await createError({ email: 'not-an-email' })).toEqual([{ path: 'input.email', message: 'must be an e-mail address', constraint: 'isEmail' }]);
    });

    it('refuses a duplicate e-mail, whatever its case, with CONFLICT', async () => {
      const email = uniqueEmail('twin');
      await createUser(gw, admin, { email });
      const res = await gw.graphql(CREATE_USER, { input: { email: email.toUpperCase(), displayName: 'Twin', password: PASSWORD, role: 'VIEWER' } }, { token: admin });
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('CONFLICT');
      expect(error.message).toMatch(/email/);
      expect(await gw.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email])).toHaveLength(1);
    });
  });

  describe('updateUser', () => {
    it('updates with the current version and bumps it', async () => {
      const user = await createUser(gw, admin);
      const updated = dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, displayName: 'Renamed', role: 'EDITOR', modules: ['library'] } }, { token: admin }))['updateUser'];
      expect(updated).toMatchObject({ id: user.id, displayName: 'Renamed', role: 'EDITOR', modules: ['library'], version: user.version + 1 });
    });

    it('refuses a stale version with CONFLICT and leaves the record unchanged', async () => {
      const user = await createUser(gw, admin, { displayName: 'Original' });
      dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, displayName: 'First edit' } }, { token: admin }));
      const res = await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, displayName: 'Second edit' } }, { token: admin });
      const error = onlyError(res);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', entity: 'User', id: user.id, expectedVersion: user.version, currentVersion: user.version + 1 });
      const [row] = await gw.dataSource.query(`SELECT display_name FROM app_user WHERE id = $1`, [user.id]);
      expect(row.display_name).toBe('First edit');
    });

    it('refuses an unknown user with NOT_FOUND', async () => {
      const res = await gw.graphql(UPDATE_USER, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, displayName: 'Ghost' } }, { token: admin });
      expect(onlyError(res).extensions!['code']).toBe('NOT_FOUND');
    });

    it('does not let an admin remove their own admin role or deactivate themselves', async () => {
      const me = dataOf(await gw.graphql(`{ me { id version } }`, {}, { token: admin }))['me'];
      const demote = onlyError(await gw.graphql(UPDATE_USER, { input: { id: me.id, version: me.version, role: 'VIEWER' } }, { token: admin }));
      expect(demote.extensions!['code']).toBe('BAD_USER_INPUT');
      expect(demote.extensions!['fields']).toEqual([{ path: 'input.role', message: 'you cannot remove your own admin access', constraint: 'ownAdminAccess' }]);

      const deactivate = onlyError(await gw.graphql(UPDATE_USER, { input: { id: me.id, version: me.version, active: false } }, { token: admin }));
      expect(deactivate.extensions!['fields']).toEqual([{ path: 'input.active', message: 'you cannot remove your own admin access', constraint: 'ownAdminAccess' }]);

      const [row] = await gw.dataSource.query(`SELECT role, active FROM app_user WHERE id = $1`, [me.id]);
      expect(row).toEqual({ role: 'ADMIN', active: true });
    });

    it('lets one admin demote another', async () => {
      const other = await createUser(gw, admin, { role: 'ADMIN' });
      const updated = dataOf(await gw.graphql(UPDATE_USER, { input: { id: other.id, version: other.version, role: 'VIEWER' } }, { token: admin }))['updateUser'];
      expect(updated.role).toBe('VIEWER');
    });

    it('changes a password so the new one signs in and the old one does not', async () => {
      const email = uniqueEmail('rotate');
      const user = await createUser(gw, admin, { email });
      dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, password: 'a brand new passphrase' } }, { token: admin }));
      const login = `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`;
      expect(onlyError(await gw.graphql(login, { input: { email, password: PASSWORD } })).extensions!['code']).toBe('UNAUTHENTICATED');
      expect(dataOf(await gw.graphql(login, { input: { email, password: 'a brand new passphrase' } }))['login'].user.id).toBe(user.id);
    });
  });
});
