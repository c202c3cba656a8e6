import { countStatements, queryDepth, type TestGateway } from '@lr/server-core/testing';
import { addSession, generateDays } from './agenda-helpers';
import { adminToken, attachCase, createApiKey, createChampion, createPerson, createRoute, startLogisticsGateway } from './helpers';

// The deepest read of the agenda: routes, their days, each day's sessions with their instants,
// case, champions (and their people) and interpreters.
const DEEPEST = `query($first: Int!) {
  routes(first: $first) { edges { node { agenda { date title sessions { title startsAt endsAt day { date } practice { title status }
    champions { person { givenName } } interpreters { givenName } } } } } }
}`;

describe('agenda reads stay bounded in SQL statements', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway({ MAX_QUERY_COST: '1000000' });
    admin = await adminToken(gw);
    for (let r = 0; r < 3; r += 1) {
      const route = await createRoute(gw, { startDate: `2025-0${5 + r}-12`, endDate: `2025-0${5 + r}-15` });
      const days = await generateDays(gw, route.id);
      const practiceId = await attachCase(gw, route.id, 'PUBLISHED');
      const [championId, interpreterId] = [await createChampion(gw), await createPerson(gw)];
      for (const day of days) {
        await addSession(gw, day.id, '09:00', '10:00', { type: 'CONTEXT_SETTING', practiceId, championIds: [championId], interpreterIds: [interpreterId] });
        await addSession(gw, day.id, '11:00', '12:00', { championIds: [championId] });
      }
    }
  });
  afterAll(() => gw.close());

  it('reads routes → days → sessions → cases, champions, people in no more statements than the query is deep, whatever the page size', async () => {
    const one = await countStatements(gw, DEEPEST, { first: 1 }, { token: admin });
    const all = await countStatements(gw, DEEPEST, { first: 3 }, { token: admin });
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(queryDepth(DEEPEST));
    const sessions = all.data['routes'].edges.flatMap((e: any) => e.node.agenda.flatMap((d: any) => d.sessions));
    expect(sessions).toHaveLength(24);
    expect(sessions[0].champions[0].person.givenName).toMatch(/^Person-/);
  });

  it('costs partners the same: what they may see is decided with the page, not per session', async () => {
    const { key } = await createApiKey(gw, admin, ['READ']);
    const one = await countStatements(gw, DEEPEST, { first: 1 }, { apiKey: key });
    const all = await countStatements(gw, DEEPEST, { first: 3 }, { apiKey: key });
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(queryDepth(DEEPEST) + 2);
  });
});
