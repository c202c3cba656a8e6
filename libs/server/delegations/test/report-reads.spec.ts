import { createLogger, platformModule, RequestContext, Role, seedDemoData, type Principal } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule, routeCompositionOf, routeCompositionsOf } from '../src';
import { startDelegationsGateway, UNKNOWN_ID } from './helpers';

const ADMIN: Principal = { kind: 'user', userId: UNKNOWN_ID, email: 'admin@test.example', displayName: 'Admin', role: Role.ADMIN, modules: [], personId: null };
const PARTNER: Principal = { kind: 'apiKey', keyId: UNKNOWN_ID, name: 'Partner', scopes: [] };

describe('routeCompositionsOf (a programme report reads every route at once)', () => {
  let gw: TestGateway;
  let routeIds: string[];
  // A context of its own per call, so no call profits from another's per-request caches.
  const as = (principal: Principal) => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });

  beforeAll(async () => {
    gw = await startDelegationsGateway();
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule], createLogger('silent'));
    routeIds = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code IN ('PE', 'SN') ORDER BY host_country_code`)).map((r: { id: string }) => r.id);
  });
  afterAll(() => gw?.close());

  it.each([
    ['an admin', ADMIN],
    ["a partner's key", PARTNER],
  ])('gives %s for two routes in one call what two single calls give, in two statements', async (_who, principal) => {
    const [peru, senegal] = routeIds;
    const singles = [await routeCompositionOf(as(principal), peru), await routeCompositionOf(as(principal), senegal)];
    expect(singles.every((c) => c.delegations.length > 0 && c.participants.length > 0)).toBe(true);
    gw.resetQueryLog();
    const batched = await routeCompositionsOf(as(principal), [peru, senegal, UNKNOWN_ID]);
    expect(gw.queryLog).toHaveLength(2);
    expect([batched.get(peru), batched.get(senegal)]).toEqual(singles);
    expect(batched.get(UNKNOWN_ID)).toEqual({ delegations: [], participants: [] });
  });
});
