import type { ApiKeyScope, Role } from './roles';

/** What a request needs of a user row to know who calls. */
export interface CachedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  modules: string[];
  personId: string | null;
  active: boolean;
  /** Sessions signed before this instant are refused (see `User.sessionsFrom`). */
  sessionsFrom: Date | null;
}

/** What a request needs of an API key row; the secret's hash is checked on every request. */
export interface CachedApiKey {
  id: string;
  name: string;
  secretHash: string;
  scopes: ApiKeyScope[];
  expiresAt: Date;
  revokedAt: Date | null;
}

interface Entry<V> {
  value: Promise<V>;
  expiresAt: number;
}

/**
 * Remembers, for a few seconds, the user and API key rows that say who is calling, so a request
 * with credentials costs no statement when its caller called a moment ago. Per process and
 * bounded (the oldest entries go first).
 *
 * Staying correct: the services that change users and keys `forgetUser`/`forgetKey` once their
 * transaction has committed, so on this process a deactivated user or a revoked key is refused
 * from the next request on. Other processes (replicas) and changes made outside the services
 * are seen when the entry expires, `ttlMs` at most. A lookup in flight is shared by concurrent
 * requests; forgetting drops it, so a lookup that began before the commit is not kept.
 */
export class PrincipalCache {
  private readonly users = new Map<string, Entry<CachedUser | null>>();
  private readonly keys = new Map<string, Entry<CachedApiKey | null>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The user with this id (null when there is none), from the cache or from `load`. */
  user(id: string, load: () => Promise<CachedUser | null>): Promise<CachedUser | null> {
    return this.remembered(this.users, id, load);
  }

  /** The API key with this prefix (null when there is none), from the cache or from `load`. */
  apiKey(prefix: string, load: () => Promise<CachedApiKey | null>): Promise<CachedApiKey | null> {
    return this.remembered(this.keys, prefix, load);
  }

  forgetUser(id: string): void {
    this.users.delete(id);
  }

  forgetKey(prefix: string): void {
    this.keys.delete(prefix);
  }

  private remembered<V>(entries: Map<string, Entry<V>>, key: string, load: () => Promise<V>): Promise<V> {
    if (this.ttlMs <= 0) return load();
    const t = this.now();
    const cached = entries.get(key);
    if (cached && cached.expiresAt > t) return cached.value;
    if (cached) entries.delete(key);
    const value = load();
    const entry = { value, expiresAt: t + this.ttlMs };
    entries.set(key, entry);
    // A failed lookup is not remembered: the next request tries again.
    value.catch(() => entries.get(key) === entry && entries.delete(key));
    if (entries.size > this.maxEntries) entries.delete(entries.keys().next().value as string);
    return value;
  }
}
