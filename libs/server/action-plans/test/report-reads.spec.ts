import { createLogger, platformModule, RequestContext, Role, seedDemoData, type Principal } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule, plansOfRoutes, routePlansOf } from '../src';
import { startActionPlansGateway, UNKNOWN_ID } from './helpers';

const ADMIN: Principal = { kind: 'user', userId: UNKNOWN_ID, email: 'admin@test.example', displayName: 'Admin', role: Role.ADMIN, modules: [], personId: null };
const PARTNER: Principal = { kind: 'apiKey', keyId: UNKNOWN_ID, name: 'Partner', scopes: [] };

describe('plansOfRoutes (a programme report reads every route at once)', () => {
  let gw: TestGateway;
  let routeIds: string[];
  // A context of its own per call, so no call profits from another's per-request caches.
  const as = (principal: Principal) => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule], createLogger('silent'))).toBe(true);
    routeIds = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code IN ('PE', 'SN') ORDER BY host_country_code`)).map((r: { id: string }) => r.id);
  });
  afterAll(() => gw?.close());

  it.each([
    ['an admin', ADMIN, 5],
    ["a partner's key", PARTNER, 2],
  ])('gives %s for two routes in one call what two single calls give', async (_who, principal, peruPlans) => {
    const [peru, senegal] = routeIds;
    const singles = [await routePlansOf(as(principal), peru), await routePlansOf(as(principal), senegal)];
    expect(singles[0].plans).toHaveLength(peruPlans);
    expect(singles[0].awards.length).toBeGreaterThan(0);
    const batched = await plansOfRoutes(as(principal), [peru, senegal, 'not-a-uuid']);
    expect([batched.get(peru), batched.get(senegal)]).toEqual(singles);
    expect(batched.get('not-a-uuid')).toEqual(await routePlansOf(as(principal), 'not-a-uuid'));
  });

  it('reads plans, funds and awards in one statement each, whatever the number of routes', async () => {
    gw.resetQueryLog();
    await plansOfRoutes(as(ADMIN), routeIds);
    const twoRoutes = gw.queryLog.length;
    gw.resetQueryLog();
    await plansOfRoutes(as(ADMIN), [routeIds[0]]);
    expect(twoRoutes).toBe(gw.queryLog.length);
  });
});
