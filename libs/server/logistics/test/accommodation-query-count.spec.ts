import { countStatements, queryDepth, type TestGateway } from '@lr/server-core/testing';
import { ADD_STAY, createRoom, createVenue, teamMember } from './accommodation-helpers';
import { adminToken, createPerson, createRoute, ok, startLogisticsGateway } from './helpers';

// The deepest reads of accommodation: routes → stays → person, room → venue → its rooms; and
// venues → rooms → venue.
const ROUTES = `query($first: Int!) {
  routes(first: $first) { edges { node { stays { nights cost { amount } person { givenName } room { name nightlyRate { amount } venue { name country { code } rooms { name } } } } } } }
}`;
const VENUES = `query($first: Int!) { venues(first: $first) { edges { node { name rooms { name capacity venue { city } } } } } }`;
const STAYS = `query($first: Int!) { stays(first: $first) { edges { node { checkIn person { familyName } room { name venue { name } } route { id } } } } }`;

describe('accommodation reads stay bounded in SQL statements', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway({ MAX_QUERY_COST: '1000000' });
    admin = await adminToken(gw);
    for (let r = 0; r < 3; r += 1) {
      const route = await createRoute(gw);
      const venue = await createVenue(gw);
      const rooms = [await createRoom(gw, venue.id, 2), await createRoom(gw, venue.id, 2)];
      for (const room of rooms) {
        for (let p = 0; p < 2; p += 1) {
          const personId = await teamMember(gw, route.id, await createPerson(gw));
          await ok(gw, ADD_STAY, { input: { routeId: route.id, personId, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-15' } }, { token: admin });
        }
      }
    }
  });
  afterAll(() => gw.close());

  it.each([
    ['routes → stays → person, room → venue → rooms', ROUTES],
    ['venues → rooms → venue', VENUES],
    ['stays → person, room → venue, route', STAYS],
  ])('reads %s in no more statements than the query is deep, whatever the page size', async (_name, query) => {
    const one = await countStatements(gw, query, { first: 1 }, { token: admin });
    const all = await countStatements(gw, query, { first: 3 }, { token: admin });
    expect(all.count).toBe(one.count);
    expect(all.count).toBeLessThanOrEqual(queryDepth(query));
  });
});
