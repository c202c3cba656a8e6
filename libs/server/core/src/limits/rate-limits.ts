import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Principal } from '../auth/principal';

export interface RateLimitSettings {
  partnerRequestsPerMinute: number;
  userRequestsPerMinute: number;
  anonymousRequestsPerMinute: number;
  /** Query cost points a partner key may spend an hour (see `Cost`). */
  partnerPointsPerHour: number;
  /** Counted in Redis, so every gateway replica shares one budget; in this process's memory without. */
  redisUrl?: string;
  keyPrefix: string;
}

/** What a limiter said, for the `RateLimit-*` headers and `extensions.cost`. */
export interface LimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window frees what was spent. */
  resetSeconds: number;
}

type Subject = { kind: 'partner' | 'user' | 'anonymous'; key: string };

/** Who is counted: the API key or the user however the credential was sent, else the address. */
export function rateLimitSubject(principal: Principal, ip: string | undefined): Subject {
  if (principal.kind === 'apiKey') return { kind: 'partner', key: `key:${principal.keyId}` };
  if (principal.kind === 'user') return { kind: 'user', key: `user:${principal.userId}` };
  return { kind: 'anonymous', key: `ip:${ip ?? 'unknown'}` };
}

/**
 * Requests a minute per partner key, user or anonymous address, and query points an hour per
 * partner key, counted by rate-limiter-flexible in Redis (when REDIS_URL is set) or in memory.
 */
export class RateLimits {
  private constructor(
    private readonly requests: Record<Subject['kind'], RateLimiterAbstract>,
    private readonly points: RateLimiterAbstract,
    private readonly redis?: Redis,
  ) {}

  static async create(settings: RateLimitSettings): Promise<RateLimits> {
    let redis: Redis | undefined;
    const limiter = (name: string, points: number, duration: number): RateLimiterAbstract => {
      const options = { keyPrefix: `${settings.keyPrefix}:${name}`, points, duration };
      return redis ? new RateLimiterRedis({ ...options, storeClient: redis }) : new RateLimiterMemory(options);
    };
    if (settings.redisUrl) {
      // Commands wait for the connection rather than failing: the gateway starts after Redis answers.
      redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 });
      await redis.connect();
    }
    return new RateLimits(
      {
        partner: limiter('req-partner', settings.partnerRequestsPerMinute, 60),
        user: limiter('req-user', settings.userRequestsPerMinute, 60),
        anonymous: limiter('req-anon', settings.anonymousRequestsPerMinute, 60),
      },
      limiter('points-partner', settings.partnerPointsPerHour, 3600),
      redis,
    );
  }

  /** Counts one request of the caller. */
  takeRequest(principal: Principal, ip: string | undefined): Promise<LimitDecision> {
    const subject = rateLimitSubject(principal, ip);
    return take(this.requests[subject.kind], subject.key, 1);
  }

  /** Spends a query's cost from a partner key's hourly points; other callers have no point budget. */
  async takePoints(principal: Principal, points: number): Promise<LimitDecision | null> {
    if (principal.kind !== 'apiKey') return null;
    return take(this.points, rateLimitSubject(principal, undefined).key, points);
  }

  /** What a partner key has spent in the current windows: requests this minute, query points this hour. */
  async keyUsage(keyId: string): Promise<{ requests: LimitUsage; points: LimitUsage }> {
    const key = `key:${keyId}`;
    return { requests: await usage(this.requests.partner, key), points: await usage(this.points, key) };
  }

  async close(): Promise<void> {
    await this.redis?.quit();
  }
}

/** Spent of a budget in its current window; nothing spent when the window has not started. */
export interface LimitUsage {
  spent: number;
  limit: number;
  /** Seconds until the window frees what was spent; 0 when nothing is spent. */
  resetSeconds: number;
}

async function usage(limiter: RateLimiterAbstract, key: string): Promise<LimitUsage> {
  const res = await limiter.get(key);
  if (!res) return { spent: 0, limit: limiter.points, resetSeconds: 0 };
  return { spent: res.consumedPoints, limit: limiter.points, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
}

async function take(limiter: RateLimiterAbstract, key: string, points: number): Promise<LimitDecision> {
  try {
    const res = await limiter.consume(key, Math.max(1, Math.ceil(points)));
    return { allowed: true, limit: limiter.points, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (refusal) {
    // The library rejects with its answer when the budget is spent, and with an Error when the store fails.
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { allowed: false, limit: limiter.points, remaining: refusal.remainingPoints, resetSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}

/** The IETF `RateLimit-*` headers (and `Retry-After` when refused) for a decision. */
export function rateLimitHeaders(decision: LimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    'ratelimit-limit': String(decision.limit),
    'ratelimit-remaining': String(Math.max(0, decision.remaining)),
    'ratelimit-reset': String(decision.resetSeconds),
  };
  if (!decision.allowed) headers['retry-after'] = String(decision.resetSeconds);
  return headers;
}
