import { Role } from '@lr/server-core';
import { countStatements, queryDepth, type TestGateway } from '@lr/server-core/testing';
import { addParticipant, createDelegation, createRoute, select, startDelegationsGateway } from './helpers';

// The deepest read partners pull from this module: a route's delegations, their participants,
// each participant's person and country.
const DEEPEST = `query($first: Int!) {
  routes(first: $first) { edges { node { title delegations { name country { name } headPerson { givenName }
    participants { status sector person { givenName familyName country { name } } } } } } }
}`;

const PARTICIPANTS = `query { participants(first: 100) { edges { node { status consents { given } allowedNextStatuses person { givenName } delegation { name } route { title } } } } }`;

describe('SQL statements per request stay bounded', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startDelegationsGateway({ MAX_QUERY_COST: '1000000' });
    admin = await gw.tokenFor(Role.ADMIN);
    for (let r = 0; r < 3; r += 1) {
      const route = await createRoute(gw, admin);
      for (const country of ['GT', 'BJ']) {
        const delegation = await createDelegation(gw, admin, route.id, 'NATIONAL_TEAM', country);
        for (let i = 0; i < 3; i += 1) await select(gw, admin, await addParticipant(gw, admin, delegation.id, i ? 'UN' : 'GOVERNMENT'));
      }
    }
  });
  afterAll(() => gw.close());

  it('reads routes → delegations → participants → people in no more statements than the query is deep, whatever the page size', async () => {
    const one = await countStatements(gw, DEEPEST, { first: 1 }, { token: admin });
    const all = await countStatements(gw, DEEPEST, { first: 3 }, { token: admin });
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(queryDepth(DEEPEST));
    const participants = all.data['routes'].edges.flatMap((e: any) => e.node.delegations.flatMap((d: any) => d.participants));
    expect(participants).toHaveLength(18);
    expect(participants[0].person.givenName).toMatch(/^Person-/);
  });

  it('lists 18 participants with their person, delegation and route in a fixed number of statements', async () => {
    const { count, data } = await countStatements(gw, PARTICIPANTS, {}, { token: admin });
    expect(data['participants'].edges).toHaveLength(18);
    expect(count).toBeLessThanOrEqual(5);
  });
});
