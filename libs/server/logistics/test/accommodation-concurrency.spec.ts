import { Role } from '@lr/server-core';
import { assertRealPostgres, outcome, type TestGateway } from '@lr/server-core/testing';
import { ADD_STAY, createRoom, createVenue, teamMember } from './accommodation-helpers';
import { adminToken, createPerson, createRoute, ok, startLogisticsGateway } from './helpers';

/** Bookings that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent stays', () => {
  let gw: TestGateway;
  let admin: string;
  let callers: string[];

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    assertRealPostgres(gw.database);
    admin = await adminToken(gw);
    // Different people at their desks: an admin and three logistics editors.
    callers = [admin, ...(await Promise.all([0, 1, 2].map(() => gw.tokenFor(Role.EDITOR, ['logistics']))))];
  });
  afterAll(() => gw.close());

  const peopleIn = async (roomId: string, night: string): Promise<number> =>
    (await gw.dataSource.query(`SELECT count(*)::int AS n FROM stay WHERE room_id = $1 AND check_in <= $2 AND check_out > $2`, [roomId, night]))[0].n;

  it('gives the last bed of a room to exactly one of several travellers booked at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const route = await createRoute(gw);
      const room = await createRoom(gw, (await createVenue(gw)).id, 2);
      const first = await teamMember(gw, route.id, await createPerson(gw));
      await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: first, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-14' } }, { token: admin });
      const people = await Promise.all(callers.map(async () => teamMember(gw, route.id, await createPerson(gw))));
      const responses = await Promise.all(
        people.map((personId, i) => gw.graphql(ADD_STAY, { input: { routeId: route.id, personId, roomId: room.id, checkIn: '2025-05-13', checkOut: '2025-05-15' } }, { token: callers[i] })),
      );
      expect(responses.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ok']);
      expect(await peopleIn(room.id, '2025-05-13')).toBe(2);
    }
  });

  it('gives the last bed to one of two routes booking the same room at once (venues are shared)', async () => {
    for (let round = 0; round < 3; round += 1) {
      const room = await createRoom(gw, (await createVenue(gw)).id, 1);
      const routes = await Promise.all([createRoute(gw), createRoute(gw)]);
      const people = await Promise.all(routes.map(async (r) => teamMember(gw, r.id, await createPerson(gw))));
      const responses = await Promise.all(
        routes.map((r, i) => gw.graphql(ADD_STAY, { input: { routeId: r.id, personId: people[i], roomId: room.id, checkIn: '2025-05-14', checkOut: '2025-05-15' } }, { token: callers[i] })),
      );
      expect(responses.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'ok']);
      expect(await peopleIn(room.id, '2025-05-14')).toBe(1);
    }
  });

  it('gives a person one room a night when two routes book them into different rooms at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const venue = await createVenue(gw);
      const rooms = await Promise.all([createRoom(gw, venue.id, 2), createRoom(gw, venue.id, 2)]);
      const routes = await Promise.all([createRoute(gw), createRoute(gw)]);
      const person = await createPerson(gw);
      for (const r of routes) await teamMember(gw, r.id, person);
      const responses = await Promise.all(
        routes.map((r, i) => gw.graphql(ADD_STAY, { input: { routeId: r.id, personId: person, roomId: rooms[i].id, checkIn: '2025-05-14', checkOut: '2025-05-16' } }, { token: callers[i] })),
      );
      expect(responses.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'ok']);
      const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM stay WHERE person_id = $1`, [person]);
      expect(n).toBe(1);
    }
  });
});
