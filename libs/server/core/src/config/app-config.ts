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

const postgresUrl = (v: string) =>
  /^postgres(ql)?:\/\//.test(v) ? null : 'must be a postgres:// or postgresql:// URL';

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
  PRINCIPAL_CACHE_SECONDS: integer('PRINCIPAL_CACHE_SECONDS', 5, 0, 300),
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
  /**
   * How long a process remembers who a user id or API key is (0: never). Changes made through
   * the API apply at once on the process that made them; other replicas see them after this.
   */
  readonly principalCacheSeconds: number;

  private constructor(values: Omit<AppConfig, never>) {
    Object.assign(this, values);
  }

  static fromEnv(env: Record<string, string | undefined>): AppConfig {
    const read = <K extends keyof typeof CONFIG_SETTINGS>(key: K) =>
      CONFIG_SETTINGS[key].parse(env[key]) as ReturnType<(typeof CONFIG_SETTINGS)[K]['parse']>;
    const production = read('NODE_ENV') === 'production';
    const databaseUrl = read('DATABASE_URL');
    let tokenSecret = read('TOKEN_SECRET');
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
      principalCacheSeconds: read('PRINCIPAL_CACHE_SECONDS'),
    } as AppConfig);
  }

  /** Builds a config for tests and tools from explicit values over the defaults. */
  static with(overrides: Record<string, string | undefined>): AppConfig {
    return AppConfig.fromEnv(overrides);
  }
}
