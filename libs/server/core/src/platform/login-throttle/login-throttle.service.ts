import type { RequestContext } from '../../context/request-context';
import { lockRowIfExists } from '../../database/row-lock';
import { RateLimitedError } from '../../errors';
import { Service } from '../../module/service-container';
import { LoginThrottle } from './login-throttle.entity';
import { afterFailure, waitSeconds, type ThrottleLimits } from './throttle-rules';

const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

/**
 * Slows down password guessing, per account and per client address: after a few failures each
 * attempt must wait a growing delay (refused before the password is even hashed), and an
 * account that keeps failing is locked for a while, until an admin lifts it. The rows live in
 * the database, so every gateway replica counts the same attempts.
 */
@Service()
export class LoginThrottleService {
  private limits(ctx: RequestContext): { account: ThrottleLimits; ip: ThrottleLimits } {
    const c = ctx.runtime.config.loginThrottle;
    return {
      account: { freeAttempts: c.freeAttempts, lockAfter: c.lockAfter, lockMinutes: c.lockMinutes },
      ip: { freeAttempts: c.ipFreeAttempts, lockMinutes: c.lockMinutes },
    };
  }

  /**
   * RATE_LIMITED (with `retryAfter`) when the account or the address must wait, else null.
   * Without an e-mail (an invitation link is tried), only the address counts.
   */
  async refusal(ctx: RequestContext, email: string | null): Promise<RateLimitedError | null> {
    const limits = this.limits(ctx);
    const now = new Date();
    const [account, address] = await Promise.all([
      email !== null ? ctx.repo(LoginThrottle).findOneBy({ key: accountKey(email) }) : Promise.resolve(null),
      ctx.clientIp ? ctx.repo(LoginThrottle).findOneBy({ key: ipKey(ctx.clientIp) }) : Promise.resolve(null),
    ]);
    if (account?.lockedUntil && account.lockedUntil > now) {
      const wait = waitSeconds(account, limits.account, now);
      return new RateLimitedError(`This account is locked after too many failed sign-ins; try again in ${Math.ceil(wait / 60)} min or ask an admin to unlock it`, wait);
    }
    const wait = Math.max(waitSeconds(account, limits.account, now), waitSeconds(address, limits.ip, now));
    return wait > 0 ? new RateLimitedError(`Too many failed sign-ins; try again in ${wait} s`, wait) : null;
  }

  /** Counts a failure against the account (when there is one) and the address, inside the attempt's transaction. */
  async recordFailure(ctx: RequestContext, email: string | null): Promise<void> {
    const limits = this.limits(ctx);
    if (email !== null) await this.bump(ctx, accountKey(email), limits.account);
    if (ctx.clientIp) await this.bump(ctx, ipKey(ctx.clientIp), limits.ip);
  }

  /** A successful sign-in clears the account's count (the address's count stays). */
  async recordSuccess(ctx: RequestContext, email: string): Promise<void> {
    const row = await ctx.repo(LoginThrottle).findOneBy({ key: accountKey(email) });
    if (row) await ctx.repo(LoginThrottle).remove(row);
  }

  /** Lifts an account's lock and forgets its failures. True when there was something to lift. */
  async unlock(ctx: RequestContext, email: string): Promise<boolean> {
    const row = await lockRowIfExists(ctx, LoginThrottle, accountKey(email));
    if (!row) return false;
    await ctx.repo(LoginThrottle).remove(row);
    return true;
  }

  private async bump(ctx: RequestContext, key: string, limits: ThrottleLimits): Promise<void> {
    const repo = ctx.repo(LoginThrottle);
    // Locked so two failures at the same moment both count.
    const current = await lockRowIfExists(ctx, LoginThrottle, key);
    const next = afterFailure(current, limits, new Date());
    await repo.save(repo.create({ key, ...next }));
  }
}
