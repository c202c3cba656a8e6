import { createLogger, platformModule, RequestContext, Role, seedDemoData, type Principal } from '@lr/server-core';
import { coreDomainModule } from '@lr/server-core-domain';
import { casePracticeIdsOfRoute, casePracticeIdsOfRoutes, practicesModule } from '../src';
import { startPracticesGateway, UNKNOWN_ID, type PracticesGateway } from './practices-gateway';

const ADMIN: Principal = { kind: 'user', userId: UNKNOWN_ID, email: 'admin@test.example', displayName: 'Admin', role: Role.ADMIN, modules: [], personId: null };

describe('casePracticeIdsOfRoutes (a programme report reads every route at once)', () => {
  let gw: PracticesGateway;
  // A context of its own per call, so no call profits from another's per-request caches.
  const ctx = () => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal: ADMIN });

  beforeAll(async () => {
    gw = await startPracticesGateway();
    expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, practicesModule], createLogger('silent'))).toBe(true);
  });
  afterAll(() => gw?.close());

  it('gives two routes in one call, in one statement, what two single calls give', async () => {
    const [peru, senegal] = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code IN ('PE', 'SN') ORDER BY host_country_code`)).map((r: { id: string }) => r.id);
    const singles = [await casePracticeIdsOfRoute(ctx(), peru), await casePracticeIdsOfRoute(ctx(), senegal)];
    expect(singles.every((ids) => ids.length > 0)).toBe(true);
    gw.resetQueryLog();
    const batched = await casePracticeIdsOfRoutes(ctx(), [peru, senegal, UNKNOWN_ID]);
    expect(gw.queryLog).toHaveLength(1);
    expect([batched.get(peru), batched.get(senegal)]).toEqual(singles);
    expect(batched.get(UNKNOWN_ID)).toEqual([]);
  });
});
