import { AppConfig } from './app-config';
import { ConfigError } from './config-error';

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected AppConfig.fromEnv(${JSON.stringify(env)}) to throw`);
}

describe('AppConfig.fromEnv', () => {
  it('uses the documented defaults for an empty environment', () => {
    const config = AppConfig.fromEnv({});
    expect(config.port).toBe(4000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.databaseMode).toBe('embedded');
    expect(config.poolSize).toBe(10);
    expect(config.tokenTtlMinutes).toBe(480);
    expect(config.seedDemo).toBe(false);
    expect(config.corsOrigins).toBe('*');
    expect(config.logLevel).toBe('info');
    expect(config.production).toBe(false);
    expect(config.tokenSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('treats an empty string as unset', () => {
    expect(AppConfig.fromEnv({ PORT: '', SEED_DEMO: '' }).port).toBe(4000);
  });

  it('reads a valid PORT', () => {
    expect(AppConfig.fromEnv({ PORT: '8080' }).port).toBe(8080);
  });

  it.each(['abc', '70000', '0', '-1', '40.5'])('refuses PORT=%s with a ConfigError naming PORT', (port) => {
    const error = configError({ PORT: port });
    expect(error.variable).toBe('PORT');
    expect(error.message).toContain('PORT');
    expect(error.message).toContain(port);
  });

  it('accepts postgres:// and postgresql:// database URLs and switches to external mode', () => {
    const a = AppConfig.fromEnv({ DATABASE_URL: 'postgres://u:p@db:5432/lr' });
    expect(a.databaseUrl).toBe('postgres://u:p@db:5432/lr');
    expect(a.databaseMode).toBe('external');
    expect(AppConfig.fromEnv({ DATABASE_URL: 'postgresql://db/lr' }).databaseMode).toBe('external');
  });

  it.each(['mysql://db/lr', 'db:5432/lr', 'http://postgres/'])('refuses DATABASE_URL=%s', (url) => {
    const error = configError({ DATABASE_URL: url });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/postgres:\/\//);
  });

  it('refuses a TOKEN_SECRET shorter than 32 characters', () => {
    const error = configError({ TOKEN_SECRET: 'x'.repeat(31) });
    expect(error.variable).toBe('TOKEN_SECRET');
    expect(error.message).toMatch(/32/);
    expect(AppConfig.fromEnv({ TOKEN_SECRET: 'x'.repeat(32) }).tokenSecret).toBe('x'.repeat(32));
  });

  it('refuses a guessable TOKEN_SECRET in production: the development default, a word, too few distinct characters', () => {
    for (const weak of ['s'.repeat(40), 'change-me-to-a-long-random-secret-of-32-chars-or-more', 'development-only-secret-change-me-in-production!', 'abcabcabcabcabcabcabcabcabcabcabcabc']) {
      const error = configError({ NODE_ENV: 'production', TOKEN_SECRET: weak });
      expect([error.variable, error.message]).toEqual(['TOKEN_SECRET', expect.stringMatching(/too weak/)]);
    }
    // Outside production the same values are accepted (tests and development).
    expect(AppConfig.fromEnv({ TOKEN_SECRET: 's'.repeat(40) }).tokenSecret).toBe('s'.repeat(40));
  });

  it('requires TOKEN_SECRET in production and falls back to a development secret elsewhere', () => {
    const error = configError({ NODE_ENV: 'production' });
    expect(error.variable).toBe('TOKEN_SECRET');
    expect(error.message).toMatch(/production/);
    expect(configError({ NODE_ENV: 'production', TOKEN_SECRET: '' }).variable).toBe('TOKEN_SECRET');

    const strong = 'kQ7v2ZpX9mL4tR8wB1nC6yH3jF5dG0sAeU';
    const prod = AppConfig.fromEnv({ NODE_ENV: 'production', TOKEN_SECRET: strong });
    expect(prod.production).toBe(true);
    expect(prod.tokenSecret).toBe(strong);
    expect(AppConfig.fromEnv({ NODE_ENV: 'test' }).production).toBe(false);
  });

  it.each([
    ['true', true],
    ['TRUE', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['No', false],
    [undefined, false],
  ])('parses SEED_DEMO=%s as %s', (raw, expected) => {
    expect(AppConfig.fromEnv({ SEED_DEMO: raw }).seedDemo).toBe(expected);
  });

  it('refuses a SEED_DEMO that is not a boolean', () => {
    expect(configError({ SEED_DEMO: 'maybe' }).variable).toBe('SEED_DEMO');
  });

  it('splits CORS_ORIGINS on commas and trims each origin', () => {
    expect(AppConfig.fromEnv({ CORS_ORIGINS: 'https://a.org, https://b.org' }).corsOrigins).toEqual(['https://a.org', 'https://b.org']);
  });

  it('refuses an unknown LOG_LEVEL and a pool size out of range', () => {
    expect(configError({ LOG_LEVEL: 'verbose' }).variable).toBe('LOG_LEVEL');
    expect(configError({ DB_POOL_SIZE: '0' }).variable).toBe('DB_POOL_SIZE');
    expect(configError({ TOKEN_TTL_MINUTES: 'soon' }).variable).toBe('TOKEN_TTL_MINUTES');
  });
  describe('e-mail and the portal', () => {
    it('holds mail without SMTP_URL, sends from the default address, polls every 30 s and links to the local portal', () => {
      const config = AppConfig.fromEnv({});
      expect(config.smtpUrl).toBeUndefined();
      expect(config.mailFrom).toBe('Learning Routes <no-reply@learning-routes.local>');
      expect(config.mailPollSeconds).toBe(30);
      expect(config.portalUrl).toBe('http://localhost:4200');
    });

    it.each(['smtp://mail.example.org', 'smtp://user:p%40ss@mail.example.org:587', 'smtps://mail.example.org:465', 'smtp://127.0.0.1:1025'])('accepts SMTP_URL=%s', (url) => {
      expect(AppConfig.fromEnv({ SMTP_URL: url }).smtpUrl).toBe(url);
    });

    it.each(['http://mail.example.org', 'mail.example.org:25', 'smtp://', 'smtp:mail.example.org', 'postgres://db/lr'])('refuses SMTP_URL=%s without echoing it', (url) => {
      const error = configError({ SMTP_URL: url });
      expect(error.variable).toBe('SMTP_URL');
      expect(error.message).toMatch(/smtp:\/\/ or smtps:\/\//);
      expect(configError({ SMTP_URL: 'http://user:hunter2@mail.example.org' }).message).not.toContain('hunter2');
    });

    it.each(['Programme team <team@example.org>', 'no-reply@example.org', '"Équipe" <equipe@example.org>'])('accepts MAIL_FROM=%s', (from) => {
      expect(AppConfig.fromEnv({ MAIL_FROM: from }).mailFrom).toBe(from);
    });

    it.each(['not an address', 'Team <team>', 'a@b.org\r\nBcc: victim@example.org', 'Team <a@b.org', 'a@b.org, c@d.org'])('refuses MAIL_FROM=%j', (from) => {
      expect(configError({ MAIL_FROM: from }).variable).toBe('MAIL_FROM');
    });

    it('reads MAIL_POLL_SECONDS from 0 (only after commits) to an hour', () => {
      expect(AppConfig.fromEnv({ MAIL_POLL_SECONDS: '0' }).mailPollSeconds).toBe(0);
      expect(AppConfig.fromEnv({ MAIL_POLL_SECONDS: '3600' }).mailPollSeconds).toBe(3600);
      for (const bad of ['-1', '3601', 'often', '1.5']) expect(configError({ MAIL_POLL_SECONDS: bad }).variable).toBe('MAIL_POLL_SECONDS');
    });

    it('polls for scheduled jobs every 30 s by default, from 0 (never by itself) to an hour', () => {
      expect(AppConfig.fromEnv({}).jobPollSeconds).toBe(30);
      expect(AppConfig.fromEnv({ JOB_POLL_SECONDS: '0' }).jobPollSeconds).toBe(0);
      expect(AppConfig.fromEnv({ JOB_POLL_SECONDS: '3600' }).jobPollSeconds).toBe(3600);
      for (const bad of ['-1', '3601', 'hourly']) expect(configError({ JOB_POLL_SECONDS: bad }).variable).toBe('JOB_POLL_SECONDS');
    });

    it('reads PORTAL_URL without its trailing slash, and refuses what is not an http(s) URL', () => {
      expect(AppConfig.fromEnv({ PORTAL_URL: 'https://portal.example.org/' }).portalUrl).toBe('https://portal.example.org');
      expect(AppConfig.fromEnv({ PORTAL_URL: 'https://example.org/lr' }).portalUrl).toBe('https://example.org/lr');
      for (const bad of ['portal.example.org', 'ftp://portal.example.org', 'javascript:alert(1)']) expect(configError({ PORTAL_URL: bad }).variable).toBe('PORTAL_URL');
    });
  });
});
