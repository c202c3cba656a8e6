import { afterFailure, delaySeconds, waitSeconds } from './throttle-rules';

const limits = { freeAttempts: 3, lockAfter: 10, lockMinutes: 15 };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds));

describe('sign-in throttle rules', () => {
  it('lets the first failures through, then waits 1, 2, 4… seconds, at most a minute', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((f) => delaySeconds(f, 3))).toEqual([0, 0, 0, 1, 2, 4, 8, 60]);
  });

  it('asks to wait until the delay after the last failure has passed', () => {
    const state = { failures: 5, lastFailureAt: at(0), lockedUntil: null };
    expect(waitSeconds(state, limits, at(1))).toBe(3);
    expect(waitSeconds(state, limits, at(4))).toBe(0);
    expect(waitSeconds(null, limits, at(0))).toBe(0);
  });

  it('locks the account at the threshold for the lock time, whatever the delay', () => {
    let state = null;
    for (let i = 0; i < 9; i += 1) state = afterFailure(state, limits, at(0));
    expect(state!.lockedUntil).toBeNull();
    state = afterFailure(state, limits, at(0));
    expect(state.lockedUntil).toEqual(new Date(at(0).getTime() + 15 * 60_000));
    expect(waitSeconds(state, limits, at(120))).toBe(15 * 60 - 120);
  });

  it('never locks a key without a lock threshold (client addresses are only slowed)', () => {
    let state = null;
    for (let i = 0; i < 50; i += 1) state = afterFailure(state, { freeAttempts: 30, lockMinutes: 15 }, at(0));
    expect(state!.lockedUntil).toBeNull();
  });
});
