import { createLogger, platformModule, RequestContext, Role, seedDemoData, type Principal } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { agendaSummariesOf, agendaSummaryOf } from '../src';
import { seedAgendaDemo } from '../src/demo/agenda-demo';
import { addSession, generateDays } from './agenda-helpers';
import { createRoute, startLogisticsGateway, UNKNOWN_ID } from './helpers';

const ADMIN: Principal = { kind: 'user', userId: UNKNOWN_ID, email: 'admin@test.example', displayName: 'Admin', role: Role.ADMIN, modules: [], personId: null };
const PARTNER: Principal = { kind: 'apiKey', keyId: UNKNOWN_ID, name: 'Partner', scopes: [] };

describe('agendaSummariesOf (a programme report reads every route at once)', () => {
  let gw: TestGateway;
  let peru: string;
  let other: string;
  // A context of its own per call, so no call profits from another's per-request caches.
  const as = (principal: Principal) => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule], createLogger('silent'));
    await gw.dataSource.transaction((manager) => seedAgendaDemo({ manager, logger: createLogger('silent') }));
    peru = (await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`))[0].id;
    // A second route whose agenda has findings: two sessions at the same time, no opening.
    other = (await createRoute(gw)).id;
    const days = await generateDays(gw, other);
    await addSession(gw, days[0].id, '09:00', '11:00');
    await addSession(gw, days[0].id, '10:00', '12:00');
  });
  afterAll(() => gw?.close());

  it.each([
    ['an admin', ADMIN],
    ["a partner's key", PARTNER],
  ])('gives %s for two routes in one call what two single calls give', async (_who, principal) => {
    const singles = [await agendaSummaryOf(as(principal), peru), await agendaSummaryOf(as(principal), other)];
    expect(singles.map((s) => s?.days)).toEqual([8, 8]);
    expect(singles[1]?.sessions).toHaveLength(2);
    if (principal === ADMIN) expect((singles[1]?.blockingFindings ?? 0) + (singles[1]?.warningFindings ?? 0)).toBeGreaterThan(0);
    const batched = await agendaSummariesOf(as(principal), [peru, other]);
    expect([batched.get(peru), batched.get(other)]).toEqual(singles);
  });

  it('reads two agendas in at most one statement more than one agenda', async () => {
    gw.resetQueryLog();
    await agendaSummariesOf(as(ADMIN), [peru]);
    const one = gw.queryLog.length;
    gw.resetQueryLog();
    await agendaSummariesOf(as(ADMIN), [peru, other]);
    // Only the other routes' sessions at the same time are read per route (and only for a route with sessions).
    expect(gw.queryLog.length).toBeLessThanOrEqual(one + 1);
  });
});
