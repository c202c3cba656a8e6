import { ConfigError } from './config-error';

/** Where the gateway keeps its data when no DATABASE_URL is given. */
export type DatabaseMode = 'external' | 'embedded';

interface Setting<T> {
  description: string;
  parse(raw: string | undefined): T;
}

function integer(name: string, fallback: number, min: number, max: number): Setting<number> {
  return {
    description: `${name}: integer ${min}-${max}, default ${fallback}`,
    parse(raw) {
      if (raw === undefined || raw === '') return fallback;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < min || value > max) {
        throw new ConfigError(name, `must be an integer between ${min} and ${max}, got "${raw}"`);
      }
      return value;
    },
  };
}

function text(name: string, fallback: string | undefined, check?: (v: string) => string | null): Setting<string | undefined> {
  return {
    description: name,
    parse(raw) {
      const value = raw === undefined || raw === '' ? fallback : raw;
      if (value !== undefined && check) {
        const problem = check(value);
        if (problem) throw new ConfigError(name, problem);
      }
      return value;
    },
  };
}

function flag(name: string, fallback: boolean): Setting<boolean> {
  return {
    description: `${name}: true or false, default ${fallback}`,
    parse(raw) {
      if (raw === undefined || raw === '') return fallback;
      if (/^(1|true|yes)$/i.test(raw)) return true;
      if (/^(0|false|no)$/i.test(raw)) return false;
      throw new ConfigError(name, `must be true or false, got "${raw}"`);
    },
  };
}

/** A secret that anyone could guess: the development default, or too few distinct characters. */
function weakSecret(secret: string): boolean {
  return /change-me|development|secret|password/i.test(secret) || new Set(secret).size < 12;
}

const postgresUrl = (v: string) =>
  /^postgres(ql)?:\/\//.test(v) ? null : 'must be a postgres:// or postgresql:// URL';

/** The URL's protocol and host when it parses, else null. */
function urlParts(v: string): { protocol: string; hostname: string } | null {
  try {
    const url = new URL(v);
    return { protocol: url.protocol, hostname: url.hostname };
  } catch {
    return null;
  }
}

// The value is never echoed: an SMTP URL may carry a password.
const smtpUrl = (v: string) => {
  const parts = urlParts(v);
  return parts && ['smtp:', 'smtps:'].includes(parts.protocol) && parts.hostname
    ? null
    : 'must be an smtp:// or smtps:// URL with a host, e.g. smtp://user:password@mail.example.org:587';
};

/** `Name <address>` or a bare address, on one line (it becomes the From header). */
const ADDRESS = /^[^\s<>@",;]+@[^\s<>@",;]+$/;
const mailbox = (v: string) => {
  const named = v.match(/^([^<>\r\n]*)<([^<>]+)>$/);
  const address = named ? named[2] : v;
  return !/[\r\n]/.test(v) && ADDRESS.test(address.trim())
    ? null
    : `must be an address such as "Learning Routes <no-reply@example.org>" or no-reply@example.org, got "${v}"`;
};

const portalUrl = (v: string) => {
  const parts = urlParts(v);
  return parts && ['http:', 'https:'].includes(parts.protocol) && parts.hostname ? null : `must be an http:// or https:// URL, got "${v}"`;
};

/** What the gateway's e-mail uses when MAIL_FROM is unset. */
export const DEFAULT_MAIL_FROM = 'Learning Routes <no-reply@learning-routes.local>';

/** What runs operations: graphql-js, or graphql-jit's compiled queries (see http/jit-executor.ts). */
export type GraphqlExecutor = 'graphql-js' | 'jit';
const GRAPHQL_EXECUTORS: readonly GraphqlExecutor[] = ['graphql-js', 'jit'];

/** The path of the benchmark's throwaway databases (tools/bench): `lr_bench_<pid>`. */
const BENCH_DATABASE = /^\/lr_bench_\d+$/;

/** Every variable the gateway reads, with its default. `process.env` is read here only. */
export const CONFIG_SETTINGS = {
  PORT: integer('PORT', 4000, 1, 65535),
  DATABASE_URL: text('DATABASE_URL', undefined, postgresUrl),
  EMBEDDED_DATA_DIR: text('EMBEDDED_DATA_DIR', '.data/pglite'),
  EMBEDDED_PORT: integer('EMBEDDED_PORT', 0, 0, 65535),
  DB_POOL_SIZE: integer('DB_POOL_SIZE', 10, 1, 200),
  TOKEN_SECRET: text('TOKEN_SECRET', undefined, (v) =>
    v.length >= 32 ? null : 'must be at least 32 characters long',
  ),
  TOKEN_TTL_MINUTES: integer('TOKEN_TTL_MINUTES', 480, 1, 60 * 24 * 30),
  SEED_DEMO: flag('SEED_DEMO', false),
  CORS_ORIGINS: text('CORS_ORIGINS', '*'),
  LOG_LEVEL: text('LOG_LEVEL', 'info', (v) =>
    ['debug', 'info', 'warn', 'error', 'silent'].includes(v) ? null : 'must be debug, info, warn, error or silent',
  ),
  NODE_ENV: text('NODE_ENV', 'development'),
  FILE_STORAGE_DIR: text('FILE_STORAGE_DIR', '.data/files', (v) =>
    v.trim() !== v || v.includes('\0') ? 'must be a directory path without surrounding spaces' : null,
  ),
  API_KEY_REQUESTS_PER_MINUTE: integer('API_KEY_REQUESTS_PER_MINUTE', 600, 1, 1_000_000),
  MAX_QUERY_DEPTH: integer('MAX_QUERY_DEPTH', 12, 2, 100),
  REDIS_URL: text('REDIS_URL', undefined, (v) => (/^rediss?:\/\//.test(v) ? null : 'must be a redis:// or rediss:// URL')),
  USER_REQUESTS_PER_MINUTE: integer('USER_REQUESTS_PER_MINUTE', 1200, 1, 1_000_000),
  ANONYMOUS_REQUESTS_PER_MINUTE: integer('ANONYMOUS_REQUESTS_PER_MINUTE', 120, 1, 1_000_000),
  PARTNER_POINTS_PER_HOUR: integer('PARTNER_POINTS_PER_HOUR', 500_000, 1, 1_000_000_000),
  RATE_LIMIT_KEY_PREFIX: text('RATE_LIMIT_KEY_PREFIX', 'lr', (v) => (/^[A-Za-z0-9_.:-]{1,60}$/.test(v) ? null : 'must be 1-60 letters, digits or _.:-')),
  WEBHOOK_POLL_SECONDS: integer('WEBHOOK_POLL_SECONDS', 10, 0, 3600),
  MAX_QUERY_COST: integer('MAX_QUERY_COST', 10_000, 10, 10_000_000),
  MAX_ALIASES: integer('MAX_ALIASES', 30, 1, 10_000),
  MAX_DIRECTIVES: integer('MAX_DIRECTIVES', 50, 1, 10_000),
  MAX_QUERY_TOKENS: integer('MAX_QUERY_TOKENS', 5_000, 100, 1_000_000),
  LOGIN_FREE_ATTEMPTS: integer('LOGIN_FREE_ATTEMPTS', 3, 1, 100),
  LOGIN_LOCK_AFTER: integer('LOGIN_LOCK_AFTER', 10, 2, 1000),
  LOGIN_LOCK_MINUTES: integer('LOGIN_LOCK_MINUTES', 15, 1, 24 * 60),
  LOGIN_IP_FREE_ATTEMPTS: integer('LOGIN_IP_FREE_ATTEMPTS', 30, 1, 100_000),
  PRINCIPAL_CACHE_SECONDS: integer('PRINCIPAL_CACHE_SECONDS', 5, 0, 300),
  GRAPHQL_EXECUTOR: text('GRAPHQL_EXECUTOR', 'graphql-js', (v) => (GRAPHQL_EXECUTORS.includes(v as GraphqlExecutor) ? null : `must be ${GRAPHQL_EXECUTORS.join(' or ')}`)),
  SMTP_URL: text('SMTP_URL', undefined, smtpUrl),
  MAIL_FROM: text('MAIL_FROM', DEFAULT_MAIL_FROM, mailbox),
  MAIL_POLL_SECONDS: integer('MAIL_POLL_SECONDS', 30, 0, 3600),
  JOB_POLL_SECONDS: integer('JOB_POLL_SECONDS', 30, 0, 3600),
  PORTAL_URL: text('PORTAL_URL', 'http://localhost:4200', portalUrl),
} as const;


export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * The gateway's whole configuration, validated once at start-up.
 *
 * @example
 *   const config = AppConfig.fromEnv(process.env); // throws ConfigError naming the variable
 */
export class AppConfig {
  readonly port: number;
  readonly databaseUrl?: string;
  readonly databaseMode: DatabaseMode;
  readonly embeddedDataDir: string;
  readonly embeddedPort: number;
  readonly poolSize: number;
  readonly tokenSecret: string;
  readonly tokenTtlMinutes: number;
  /** Load demo data into a real database. An empty embedded database always gets it. */
  readonly seedDemo: boolean;
  readonly corsOrigins: string[] | '*';
  readonly logLevel: LogLevel;
  readonly production: boolean;
  /** Where uploaded files (practice materials) are kept by the local-disk storage. */
  readonly fileStorageDir: string;
  /** Requests one partner API key may send per minute before getting HTTP 429. */
  readonly apiKeyRequestsPerMinute: number;
  /** Deepest selection a query may nest; deeper ones are refused before they run. */
  readonly maxQueryDepth: number;
  /** How often the webhook dispatcher looks for due deliveries (0: only after commits that publish). */
  readonly webhookPollSeconds: number;
  /** How many requests and query points callers may spend (see RateLimits). */
  readonly rateLimits: import('../limits/rate-limits').RateLimitSettings;
  /** What one operation may ask for (see the limits folder): cost points, aliases, directives, tokens. */
  readonly queryLimits: { maxCost: number; maxAliases: number; maxDirectives: number; maxTokens: number };
  /** Sign-in throttling: see LoginThrottleService. */
  readonly loginThrottle: { freeAttempts: number; lockAfter: number; lockMinutes: number; ipFreeAttempts: number };
  /**
   * How long a process remembers who a user id or API key is (0: never). Changes made through
   * the API apply at once on the process that made them; other replicas see them after this.
   */
  readonly principalCacheSeconds: number;
  /** What runs operations (GRAPHQL_EXECUTOR). */
  readonly graphqlExecutor: GraphqlExecutor;
  /**
   * The security layer: helmet, request ids, authentication, rate limits, query limits (cost,
   * aliases, directives, depth, tokens), input hygiene, schema visibility, idempotency and the
   * GraphQL-over-HTTP checks. Always on; only `withoutSecurityLayerForBenchmark()` turns it off.
   */
  readonly securityLayer: boolean;
  /**
   * Where e-mail is sent (`smtp://` or `smtps://`, credentials in the URL). Unset: messages are
   * held in the outbox (QUEUED) and admins read them with `mailMessages`.
   */
  readonly smtpUrl?: string;
  /** The From header of every message. */
  readonly mailFrom: string;
  /** How often the mail dispatcher looks for due messages (0: only after commits that queue mail). */
  readonly mailPollSeconds: number;
  /** How often the job runner looks for due scheduled jobs (0: never by itself; tests run them). */
  readonly jobPollSeconds: number;
  /** The portal's address, without a trailing slash: links in e-mail point there (`/welcome?token=…`). */
  readonly portalUrl: string;

  private constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
  }

  static fromEnv(env: Record<string, string | undefined>): AppConfig {
    const read = <K extends keyof typeof CONFIG_SETTINGS>(key: K) =>
      CONFIG_SETTINGS[key].parse(env[key]) as ReturnType<(typeof CONFIG_SETTINGS)[K]['parse']>;
    const production = read('NODE_ENV') === 'production';
    const databaseUrl = read('DATABASE_URL');
    let tokenSecret = read('TOKEN_SECRET');
    if (production && tokenSecret && weakSecret(tokenSecret)) {
      throw new ConfigError('TOKEN_SECRET', 'is too weak for production: use at least 32 random characters (e.g. `openssl rand -base64 48`)');
    }
    if (!tokenSecret) {
      if (production) throw new ConfigError('TOKEN_SECRET', 'is required when NODE_ENV=production');
      // A fixed development secret keeps tokens valid across restarts on a developer's machine.
      tokenSecret = 'development-only-secret-change-me-in-production!';
    }
    const cors = read('CORS_ORIGINS') ?? '*';
    return new AppConfig({
      port: read('PORT'),
      databaseUrl,
      databaseMode: databaseUrl ? 'external' : 'embedded',
      embeddedDataDir: read('EMBEDDED_DATA_DIR') ?? '.data/pglite',
      embeddedPort: read('EMBEDDED_PORT'),
      poolSize: read('DB_POOL_SIZE'),
      tokenSecret,
      tokenTtlMinutes: read('TOKEN_TTL_MINUTES'),
      seedDemo: read('SEED_DEMO'),
      corsOrigins: cors === '*' ? '*' : cors.split(',').map((o) => o.trim()),
      logLevel: (read('LOG_LEVEL') ?? 'info') as LogLevel,
      production,
      fileStorageDir: read('FILE_STORAGE_DIR') ?? '.data/files',
      apiKeyRequestsPerMinute: read('API_KEY_REQUESTS_PER_MINUTE'),
      maxQueryDepth: read('MAX_QUERY_DEPTH'),
      webhookPollSeconds: read('WEBHOOK_POLL_SECONDS'),
      rateLimits: {
        partnerRequestsPerMinute: read('API_KEY_REQUESTS_PER_MINUTE'),
        userRequestsPerMinute: read('USER_REQUESTS_PER_MINUTE'),
        anonymousRequestsPerMinute: read('ANONYMOUS_REQUESTS_PER_MINUTE'),
        partnerPointsPerHour: read('PARTNER_POINTS_PER_HOUR'),
        redisUrl: read('REDIS_URL'),
        keyPrefix: read('RATE_LIMIT_KEY_PREFIX') ?? 'lr',
      },
      queryLimits: { maxCost: read('MAX_QUERY_COST'), maxAliases: read('MAX_ALIASES'), maxDirectives: read('MAX_DIRECTIVES'), maxTokens: read('MAX_QUERY_TOKENS') },
      loginThrottle: {
        freeAttempts: read('LOGIN_FREE_ATTEMPTS'),
        lockAfter: read('LOGIN_LOCK_AFTER'),
        lockMinutes: read('LOGIN_LOCK_MINUTES'),
        ipFreeAttempts: read('LOGIN_IP_FREE_ATTEMPTS'),
      },
      principalCacheSeconds: read('PRINCIPAL_CACHE_SECONDS'),
      graphqlExecutor: read('GRAPHQL_EXECUTOR') as GraphqlExecutor,
      securityLayer: true,
      smtpUrl: read('SMTP_URL'),
      mailFrom: (read('MAIL_FROM') ?? DEFAULT_MAIL_FROM).trim(),
      mailPollSeconds: read('MAIL_POLL_SECONDS'),
      jobPollSeconds: read('JOB_POLL_SECONDS'),
      portalUrl: (read('PORTAL_URL') ?? 'http://localhost:4200').replace(/\/+$/, ''),
    } as AppConfig);
  }

  /**
   * For `npm run bench` only, to measure what the security layer costs a request: the same
   * configuration with that layer off, every request served as an admin without credentials.
   * No environment variable can ask for it: only the benchmark's entry point
   * (apps/gateway/src/bench-main.ts) calls this, and it refuses any database but the
   * benchmark's throwaway `lr_bench_<pid>`, so it can never serve real data.
   */
  withoutSecurityLayerForBenchmark(): AppConfig {
    if (!this.databaseUrl || !BENCH_DATABASE.test(new URL(this.databaseUrl).pathname)) {
      throw new ConfigError('DATABASE_URL', 'must name a benchmark database (lr_bench_<pid>) to run without the security layer');
    }
    return new AppConfig({ ...this, securityLayer: false });
  }

  /** Builds a config for tests and tools from explicit values over the defaults. */
  static with(overrides: Record<string, string | undefined>): AppConfig {
    return AppConfig.fromEnv(overrides);
  }
}
