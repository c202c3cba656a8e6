import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppConfig, Role, createGatewayApp, createLogger, platformModule, type GatewayApp } from '../src';
import { createApiKey, startTestGateway, type TestGateway } from '../src/testing';
import { TEST_SECRET, libraryModule } from './support';

const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * With REDIS_URL, gateway replicas count one budget: a partner cannot multiply its limit by
 * spreading requests over them. Uses the Redis on 127.0.0.1:6379, with a key prefix of its own.
 */
describe('rate limits shared across gateway replicas', () => {
  const env = { REDIS_URL, RATE_LIMIT_KEY_PREFIX: `lr-test-${randomBytes(4).toString('hex')}`, API_KEY_REQUESTS_PER_MINUTE: '6' };
  let first: TestGateway;
  let second: { app: GatewayApp; server: Server; url: string };
  let key: string;

  beforeAll(async () => {
    first = await startTestGateway([platformModule, libraryModule], env);
    // A second gateway on the same database, as another replica would be.
    const config = AppConfig.with({ LOG_LEVEL: 'silent', TOKEN_SECRET: TEST_SECRET, ...env });
    const app = await createGatewayApp({ config, dataSource: first.dataSource, modules: [platformModule, libraryModule], logger: createLogger('silent') });
    const server: Server = await new Promise((resolve) => {
      const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    second = { app, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    key = (await createApiKey(first, await first.tokenFor(Role.ADMIN), ['READ'])).key;
  });
  afterAll(async () => {
    second.server.closeAllConnections();
    await new Promise<void>((resolve) => second.server.close(() => resolve()));
    await second.app.stop();
    await first.close();
  });

  const ping = (url: string) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': key }, body: JSON.stringify({ query: '{ libraryPing }' }) }).then((r) => r.status);

  it('refuses the seventh request a minute, whichever replica each went to', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push(await ping(i % 2 === 0 ? first.url : second.url));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });
});
