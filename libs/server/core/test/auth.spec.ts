import jwt from 'jsonwebtoken';
import { platformModule, Role, TokenService } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { createUser, dataOf, libraryModule, LOGIN, onlyError, PASSWORD, TEST_SECRET, UPDATE_USER, uniqueEmail } from './support';

describe('signing in and who is calling', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  describe('login', () => {
    it('returns a token and the user for the right password, and records the sign-in', async () => {
      const email = uniqueEmail('reviewer');
      const user = await createUser(gw, admin, { email, role: 'REVIEWER' });
      const before = Date.now();
      const res = await gw.graphql(LOGIN, { input: { email: email.toUpperCase(), password: PASSWORD } });
      expect(res.status).toBe(200);
      const login = dataOf(res)['login'];
      expect(login.user).toMatchObject({ id: user.id, email, role: 'REVIEWER' });
      expect(typeof login.token).toBe('string');
      expect(Date.parse(login.user.lastLoginAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(login.expiresAt)).toBeGreaterThan(Date.now());
      expect(gw.gateway.runtime.tokens.verify(login.token)).toBe(user.id);

      const me = await gw.graphql(`{ me { id email role } }`, {}, { token: login.token });
      expect(dataOf(me)['me']).toEqual({ id: user.id, email, role: 'REVIEWER' });
    });

    it('refuses a wrong password and an unknown e-mail with the same message', async () => {
      const email = uniqueEmail();
      await createUser(gw, admin, { email });
      const wrongPassword = onlyError(await gw.graphql(LOGIN, { input: { email, password: 'not the password' } }));
      const unknownEmail = onlyError(await gw.graphql(LOGIN, { input: { email: uniqueEmail('nobody'), password: PASSWORD } }));
      expect(wrongPassword.extensions!['code']).toBe('UNAUTHENTICATED');
      expect(unknownEmail.extensions!['code']).toBe('UNAUTHENTICATED');
      expect(wrongPassword.message).toBe('E-mail or password is wrong');
      expect(unknownEmail.message).toBe(wrongPassword.message);
    });

    it('refuses a disabled user, and the token they already hold', async () => {
      const email = uniqueEmail('leaver');
      const user = await createUser(gw, admin, { email });
      const token = dataOf(await gw.graphql(LOGIN, { input: { email, password: PASSWORD } }))['login'].token;
      // A request a moment before: who they are is in the principal cache when they are disabled.
      expect(dataOf(await gw.graphql(`{ me { id } }`, {}, { token }))['me']).toEqual({ id: user.id });
      // Signing in stamps lastLoginAt, which moves the record to a new version.
      const [{ version }] = await gw.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
      dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version, active: false } }, { token: admin }));

      const login = onlyError(await gw.graphql(LOGIN, { input: { email, password: PASSWORD } }));
      expect(login.extensions!['code']).toBe('UNAUTHENTICATED');
      expect(login.message).toMatch(/disabled/);

      const res = await gw.graphql(`{ me { id } }`, {}, { token });
      expect(res.status).toBe(401);
      expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
      expect(onlyError(res).message).toMatch(/disabled/);
    });

    it('applies a new role from the next request on', async () => {
      const email = uniqueEmail('promoted');
      const user = await createUser(gw, admin, { email, role: 'VIEWER' });
      const token = dataOf(await gw.graphql(LOGIN, { input: { email, password: PASSWORD } }))['login'].token;
      expect(dataOf(await gw.graphql(`{ me { role } }`, {}, { token }))['me']).toEqual({ role: 'VIEWER' });
      const [{ version }] = await gw.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
      dataOf(await gw.graphql(UPDATE_USER, { input: { id: user.id, version, role: 'ADMIN' } }, { token: admin }));
      expect(dataOf(await gw.graphql(`{ me { role } }`, {}, { token }))['me']).toEqual({ role: 'ADMIN' });
    });

    it('refuses a malformed e-mail on input.email before looking anything up', async () => {
      const error = onlyError(await gw.graphql(LOGIN, { input: { email: 'not-an-email', password: PASSWORD } }));
      expect(error.extensions!['code']).toBe('BAD_USER_INPUT');
      expect(error.extensions!['fields']).toEqual([{ path: 'input.email', message: 'must be an e-mail address', constraint: 'isEmail' }]);
    });
  });

  describe('bearer tokens', () => {
    it('lets `me` answer with the signed-in user', async () => {
      const token = await gw.tokenFor(Role.EDITOR, ['library']);
      const me = dataOf(await gw.graphql(`{ me { role modules active } }`, {}, { token }))['me'];
      expect(me).toEqual({ role: 'EDITOR', modules: ['library'], active: true });
    });

    it('refuses an expired token with HTTP 401', async () => {
      const userId = gw.gateway.runtime.tokens.verify(admin)!;
      const expired = jwt.sign({ sub: userId, exp: Math.floor(Date.now() / 1000) - 60 }, TEST_SECRET, {
        algorithm: 'HS256',
        issuer: 'learning-routes',
      });
      const res = await gw.graphql(`{ me { id } }`, {}, { token: expired });
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('UNAUTHENTICATED');
      expect(error.message).toMatch(/expired/);
    });

    it('refuses a token built by TokenService whose time to live has run out', async () => {
      const userId = gw.gateway.runtime.tokens.verify(admin)!;
      const realNow = Date.now();
      const clock = jest.spyOn(Date, 'now').mockReturnValue(realNow - 2 * 60 * 60_000);
      const { token } = new TokenService(TEST_SECRET, 60).sign(userId);
      clock.mockRestore();
      const res = await gw.graphql(`{ me { id } }`, {}, { token });
      expect(res.status).toBe(401);
      expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses a token signed with another secret', async () => {
      const userId = gw.gateway.runtime.tokens.verify(admin)!;
      const { token } = new TokenService('a-different-secret-that-is-long-enough', 60).sign(userId);
      const res = await gw.graphql(`{ me { id } }`, {}, { token });
      expect(res.status).toBe(401);
      expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
    });

    it('refuses a valid token for a user who no longer exists', async () => {
      const { token } = new TokenService(TEST_SECRET, 60).sign('00000000-0000-4000-8000-000000000000');
      const res = await gw.graphql(`{ me { id } }`, {}, { token });
      expect(res.status).toBe(401);
      expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
    });
  });

  describe('anonymous calls', () => {
    it.each([
      ['me', `{ me { id } }`],
      ['users', `{ users(first: 10) { totalCount } }`],
      ['libraryPing', `{ libraryPing }`],
    ])('refuses %s with UNAUTHENTICATED', async (field, query) => {
      const res = await gw.graphql(query);
      const error = onlyError(res);
      expect(error.extensions!['code']).toBe('UNAUTHENTICATED');
      expect(error.path).toEqual([field]);
      expect(res.data?.[field] ?? null).toBeNull();
    });

    it('refuses an anonymous createUser without creating anyone', async () => {
      const email = uniqueEmail('sneaky');
      const res = await gw.graphql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email, displayName: 'Sneaky', password: PASSWORD, role: 'ADMIN' },
      });
      expect(onlyError(res).extensions!['code']).toBe('UNAUTHENTICATED');
      const rows = await gw.dataSource.query(`SELECT 1 FROM app_user WHERE email = $1`, [email]);
      expect(rows).toHaveLength(0);
    });
  });
});
