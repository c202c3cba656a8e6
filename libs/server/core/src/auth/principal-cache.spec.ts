import { PrincipalCache, type CachedUser } from './principal-cache';
import { Role } from './roles';

const user = (id: string, active = true): CachedUser => ({ id, email: `${id}@test.example`, displayName: id, role: Role.EDITOR, modules: ['core'], personId: null, active, sessionsFrom: null });

describe('PrincipalCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000;
  });

  it('reads a user once while the entry is fresh, and again once it has expired', async () => {
    const cache = new PrincipalCache(5_000, 100, clock);
    const load = jest.fn(async () => user('a'));
    await cache.user('a', load);
    now += 4_999;
    await cache.user('a', load);
    expect(load).toHaveBeenCalledTimes(1);
    now += 1;
    await cache.user('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shares one lookup between concurrent requests', async () => {
    const cache = new PrincipalCache(5_000, 100, clock);
    const load = jest.fn(async () => user('a'));
    const [first, second] = await Promise.all([cache.user('a', load), cache.user('a', load)]);
    expect(first).toBe(second);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads again after forgetUser, as the user service does once a change commits', async () => {
    const cache = new PrincipalCache(5_000, 100, clock);
    await cache.user('a', async () => user('a'));
    cache.forgetUser('a');
    expect(await cache.user('a', async () => user('a', false))).toMatchObject({ active: false });
  });

  it('reads again after forgetKey', async () => {
    const cache = new PrincipalCache(5_000, 100, clock);
    const key = { id: 'k', name: 'Partner', secretHash: 'h', scopes: [], expiresAt: new Date(9e12), revokedAt: null };
    await cache.apiKey('prefix01', async () => key);
    cache.forgetKey('prefix01');
    expect(await cache.apiKey('prefix01', async () => ({ ...key, revokedAt: new Date() }))).toMatchObject({ revokedAt: expect.any(Date) });
  });

  it('does not remember a failed lookup', async () => {
    const cache = new PrincipalCache(5_000, 100, clock);
    await expect(cache.user('a', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.user('a', async () => user('a'))).toMatchObject({ id: 'a' });
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new PrincipalCache(5_000, 2, clock);
    for (const id of ['a', 'b', 'c']) await cache.user(id, async () => user(id));
    const load = jest.fn(async () => user('a'));
    await cache.user('a', load);
    await cache.user('c', load);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reads every time with a time to live of 0', async () => {
    const cache = new PrincipalCache(0, 100, clock);
    const load = jest.fn(async () => user('a'));
    await cache.user('a', load);
    await cache.user('a', load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
