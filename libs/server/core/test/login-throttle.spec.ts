import { Role, platformModule } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { LOGIN, PASSWORD, createUser, dataOf, libraryModule, onlyError, uniqueEmail } from './support';

/** Password guessing is slowed per account and per address, then an account is locked until an admin lifts it. */
describe('sign-in throttling', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule], { LOGIN_FREE_ATTEMPTS: '2', LOGIN_LOCK_AFTER: '4', LOGIN_LOCK_MINUTES: '15', LOGIN_IP_FREE_ATTEMPTS: '1000' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  const login = (email: string, password: string) => gw.graphql(LOGIN, { input: { email, password } });
  const codeOf = async (email: string, password: string) => onlyError(await login(email, password)).extensions!['code'];
  /** Moves the account's last failure back in time, as if the caller had waited out the delay. */
  const waitOutDelay = (email: string) => gw.dataSource.query(`UPDATE login_throttle SET last_failure_at = now() - interval '10 minutes' WHERE key = $1`, [`account:${email}`]);

  it('answers the first failures at once, then refuses further attempts, even the right password, until the delay has passed', async () => {
    const email = uniqueEmail('guessed');
    await createUser(gw, admin, { email });
    expect(await codeOf(email, 'guess 1')).toBe('UNAUTHENTICATED');
    expect(await codeOf(email, 'guess 2')).toBe('UNAUTHENTICATED');
    const refused = onlyError(await login(email, PASSWORD));
    expect(refused.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.extensions!['retryAfter']).toBeGreaterThanOrEqual(1);
    await waitOutDelay(email);
    expect(dataOf(await login(email, PASSWORD))['login'].token).toEqual(expect.any(String));
    // A success clears the account's count.
    expect(await gw.dataSource.query(`SELECT 1 FROM login_throttle WHERE key = $1`, [`account:${email}`])).toEqual([]);
  });

  it('locks an account that keeps failing, records it in the audit trail, and lets an admin lift the lock', async () => {
    const email = uniqueEmail('locked');
    await createUser(gw, admin, { email });
    for (let i = 1; i <= 4; i += 1) {
      expect(await codeOf(email, `guess ${i}`)).toBe('UNAUTHENTICATED');
      await waitOutDelay(email);
    }
    const locked = onlyError(await login(email, PASSWORD));
    expect(locked.extensions!['code']).toBe('RATE_LIMITED');
    expect(locked.message).toMatch(/locked/);
    expect(locked.extensions!['retryAfter']).toBeGreaterThan(14 * 60);

    const audited = await gw.dataSource.query(
      `SELECT action, changes FROM audit_entry WHERE entity_type = 'LoginThrottle' AND entity_id = $1 ORDER BY at`,
      [`account:${email}`],
    );
    expect(audited.length).toBeGreaterThanOrEqual(4);
    expect(audited.some((a: { changes: Record<string, { to?: unknown }> }) => a.changes['lockedUntil']?.to)).toBe(true);

    const unlock = `mutation($email: String!) { unlockSignIn(email: $email) }`;
    expect(onlyError(await gw.graphql(unlock, { email }, { token: await gw.tokenFor(Role.EDITOR, ['library']) })).extensions!['code']).toBe('FORBIDDEN');
    expect(dataOf(await gw.graphql(unlock, { email }, { token: admin }))['unlockSignIn']).toBe(true);
    expect(dataOf(await login(email, PASSWORD))['login'].token).toEqual(expect.any(String));
    expect(dataOf(await gw.graphql(unlock, { email }, { token: admin }))['unlockSignIn']).toBe(false);
  });

  it('counts failures from one address across accounts', async () => {
    const strict = await startTestGateway([platformModule, libraryModule], { LOGIN_IP_FREE_ATTEMPTS: '3' });
    try {
      const attempt = (email: string) => strict.graphql(LOGIN, { input: { email, password: 'wrong' } });
      for (let i = 0; i < 3; i += 1) expect(onlyError(await attempt(uniqueEmail(`spray${i}`))).extensions!['code']).toBe('UNAUTHENTICATED');
      expect(onlyError(await attempt(uniqueEmail('spray-next'))).extensions!['code']).toBe('RATE_LIMITED');
    } finally {
      await strict.close();
    }
  });
});
