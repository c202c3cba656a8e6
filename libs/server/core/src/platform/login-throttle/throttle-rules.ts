/** What the throttle knows about one key, and what it decides. */
export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export interface ThrottleLimits {
  /** Failures answered at once; from then on each attempt waits a growing delay. */
  freeAttempts: number;
  /** Failures after which the key is locked (accounts only). */
  lockAfter?: number;
  lockMinutes: number;
}

/** The longest wait between attempts before the lock takes over. */
export const MAX_DELAY_SECONDS = 60;

/** 1 s after the first failure beyond the free ones, then 2, 4, 8… up to a minute. */
export function delaySeconds(failures: number, freeAttempts: number): number {
  if (failures < freeAttempts) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - freeAttempts));
}

/** Seconds the caller must wait before trying again with this key, or 0. */
export function waitSeconds(state: ThrottleState | null, limits: ThrottleLimits, now: Date): number {
  if (!state) return 0;
  if (state.lockedUntil && state.lockedUntil > now) return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000);
  const readyAt = state.lastFailureAt.getTime() + delaySeconds(state.failures, limits.freeAttempts) * 1000;
  return readyAt > now.getTime() ? Math.ceil((readyAt - now.getTime()) / 1000) : 0;
}

/** The state after one more failure: counted, and locked when the lock threshold is reached. */
export function afterFailure(state: ThrottleState | null, limits: ThrottleLimits, now: Date): ThrottleState {
  const failures = (state?.failures ?? 0) + 1;
  const locks = limits.lockAfter !== undefined && failures >= limits.lockAfter;
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: locks ? new Date(now.getTime() + limits.lockMinutes * 60_000) : (state?.lockedUntil ?? null),
  };
}
