import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppConfig, ConfigError, createGatewayApp, createLogger, createModuleDataSource, platformModule, type GatewayApp } from '../src';
import { createTestDatabase, type TestDatabase } from '../src/testing';

const BENCH_URL = 'postgres://postgres@127.0.0.1:5432/lr_bench_4242';

describe('the security layer', () => {
  it('is on whatever the environment says', () => {
    expect(AppConfig.fromEnv({}).securityLayer).toBe(true);
    expect(AppConfig.fromEnv({ NODE_ENV: 'production', TOKEN_SECRET: 'Zq8#vL2!pX9@mR4$tW7%yB1^cN6&hJ3*', SECURITY_LAYER: 'false' }).securityLayer).toBe(true);
  });

  it.each([undefined, 'postgres://postgres@db.example.org:5432/learning_routes', 'postgres://x@h/lr_bench_1_copy', 'postgres://x@h/lr_bench_'])(
    'is only turned off for the benchmark database, never for %s',
    (url) => {
      expect(() => AppConfig.with({ DATABASE_URL: url }).withoutSecurityLayerForBenchmark()).toThrow(ConfigError);
    },
  );

  it('can be turned off for the benchmark database, leaving everything else as it was', () => {
    const config = AppConfig.with({ DATABASE_URL: BENCH_URL, MAX_QUERY_DEPTH: '7' });
    const off = config.withoutSecurityLayerForBenchmark();
    expect(off.securityLayer).toBe(false);
    expect(off).toEqual({ ...config, securityLayer: false });
    expect(config.securityLayer).toBe(true);
  });
});

/** What `npm run bench` measures against: the gateway with its security layer off. */
describe('a gateway without its security layer (benchmark only)', () => {
  let database: TestDatabase;
  let gateway: GatewayApp;
  let server: Server;
  let url: string;
  let destroy: () => Promise<void>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const modules = [platformModule];
    const dataSource = createModuleDataSource(database.url, modules, 2);
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    destroy = () => dataSource.destroy();
    // The test database is not a benchmark one: the URL only passes the check; the data source is the test's.
    const config = AppConfig.with({ NODE_ENV: 'production', TOKEN_SECRET: 'Zq8#vL2!pX9@mR4$tW7%yB1^cN6&hJ3*', DATABASE_URL: BENCH_URL, LOG_LEVEL: 'silent', WEBHOOK_POLL_SECONDS: '0', MAX_QUERY_COST: '10' });
    gateway = await createGatewayApp({ config: config.withoutSecurityLayerForBenchmark(), dataSource, modules, logger: createLogger('silent') });
    server = await new Promise((resolve) => {
      const s = gateway.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await gateway?.stop();
    await destroy?.();
    await database?.drop();
  });

  it('answers an admin-only query without credentials, with no security headers, request id, rate limit or cost', async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ users(first: 5) { totalCount } }` }) });
    const body = (await res.json()) as { data?: unknown; errors?: unknown; extensions?: unknown };
    expect(res.status).toBe(200);
    // MAX_QUERY_COST is 10: with the layer on, this query would be refused before it ran.
    expect(body).toEqual({ data: { users: { totalCount: 0 } } });
    for (const header of ['content-security-policy', 'x-request-id', 'ratelimit-limit', 'x-content-type-options']) expect(res.headers.get(header)).toBeNull();
  });
});
