import { auditServer } from 'graphql-http';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { gatewayModules } from '../src/modules';

/**
 * The GraphQL-over-HTTP audit of the `graphql-http` package, against the gateway as it serves
 * partners: every MUST of the spec holds, whatever the executor behind Apollo Server. (Its
 * SHOULDs are warnings, not failures: Apollo answers some of them its own way.)
 */
describe('GraphQL over HTTP', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway(gatewayModules);
  });
  afterAll(() => gw?.close());

  it('passes every MUST of the graphql-http server audit', async () => {
    const results = await auditServer({ url: `${gw.url}/graphql` });
    const failures = results.filter((r) => r.status === 'error').map((r) => `${r.name}: ${r.reason}`);
    expect(failures).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(20);
  });
});
