import { auditServer } from 'graphql-http';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { gatewayModules } from '../src/modules';

/**
 * The gateway against the GraphQL-over-HTTP specification's own audit suite (graphql-http's
 * `auditServer`): every MUST (`error`) and every SHOULD (`warn`) passes. The MAYs (`notice`) left
 * are GET requests without a preflight header, which Apollo's CSRF prevention refuses on purpose.
 */
describe('GraphQL over HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway(gatewayModules);
  });
  afterAll(() => gw.close());

  it('passes the specification audit', async () => {
    const results = await auditServer({ url: `${gw.url}/graphql` });
    const failures = results.filter((r) => r.status === 'error' || r.status === 'warn').map((r) => `${r.status} ${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failures).toEqual([]);
    const notices = results.filter((r) => r.status === 'notice').map((r) => r.name);
    expect(notices.every((name) => /GET/.test(name))).toBe(true);
    expect(results.length).toBeGreaterThan(30);
  });
});
