import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { ADD_STAY, createRoom, createVenue, participantToken, STAY_FIELDS, teamMember } from './accommodation-helpers';
import { adminToken, createApiKey, createPerson, createRoute, errorOf, fieldsOf, logisticsEditor, ok, selectedParticipant, startLogisticsGateway, UNKNOWN_ID, type RouteFixture } from './helpers';

const UPDATE_STAY = `mutation($input: UpdateStayInput!) { updateStay(input: $input) { ${STAY_FIELDS} } }`;
const STAYS = `query($first: Int!, $after: String, $filter: StayFilter) { stays(first: $first, after: $after, filter: $filter) { totalCount edges { node { id personId checkIn cost { amount } } } pageInfo { hasNextPage endCursor } } }`;

describe('stays', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  /** A route (2025-05-12 to 2025-05-19), a venue with a double room at USD 62.50, and two people travelling. */
  async function setting(): Promise<{ route: RouteFixture; venue: { id: string; name: string }; room: { id: string; name: string; version: number }; a: string; b: string }> {
    const route = await createRoute(gw);
    const venue = await createVenue(gw);
    const room = await createRoom(gw, venue.id, 2);
    const a = await selectedParticipant(gw, route.id);
    const b = await teamMember(gw, route.id, await createPerson(gw));
    return { route, venue, room, a, b };
  }
  const add = (input: Record<string, unknown>, token = admin) => gw.graphql(ADD_STAY, { input }, { token });

  it("books a traveller's nights, with the room's rate unless the stay sets its own, and costs nights × rate exactly", async () => {
    const { route, room, a, b } = await setting();
    const editor = await logisticsEditor(gw);
    const stay = await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-15' } }, { token: editor });
    expect(stay).toMatchObject({ nights: 3, nightlyRate: { amount: '62.50', currency: 'USD' }, cost: { amount: '187.50', currency: 'USD', minorUnits: '18750' } });
    // The night of the route's last day may be booked: check-out the morning after.
    const own = await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: room.id, checkIn: '2025-05-18', checkOut: '2025-05-20', nightlyRate: { amount: '215.5', currency: 'PEN' } } }, { token: editor });
    expect(own).toMatchObject({ nights: 2, nightlyRate: { amount: '215.50', currency: 'PEN' }, cost: { amount: '431.00', currency: 'PEN' } });
    const viewer = await gw.tokenFor(Role.VIEWER);
    expect(errorOf(await add({ routeId: route.id, personId: b, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-13' }, viewer), 'FORBIDDEN')).toBeDefined();
  });

  it("refuses nights outside the route's dates, naming the first and last night", async () => {
    const { route, room, a } = await setting();
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-11', checkOut: '2025-05-13' }))).toEqual([
      { path: 'input.checkIn', message: 'the first night (2025-05-11) is before the route starts (2025-05-12)' },
    ]);
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-18', checkOut: '2025-05-21' }))).toEqual([
      { path: 'input.checkOut', message: 'the last night (2025-05-20) is after the route ends (2025-05-19): check out on 2025-05-20 at the latest' },
    ]);
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-14', checkOut: '2025-05-14' }))).toEqual([
      { path: 'input.checkOut', message: 'must be after checkIn (2025-05-14): a stay has at least one night' },
    ]);
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-02-30', checkOut: '2025-05-14' })).map((f) => f.path)).toEqual(['input.checkIn']);
  });

  it('refuses someone who is not travelling on the route, and unknown records, on their fields', async () => {
    const { route, room } = await setting();
    const stranger = await createPerson(gw);
    expect(fieldsOf(await add({ routeId: route.id, personId: stranger, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-13' }))).toEqual([
      { path: 'input.personId', message: 'is not travelling on this route: rooms are for its selected participants and its route team' },
    ]);
    expect(fieldsOf(await add({ routeId: route.id, personId: stranger, roomId: UNKNOWN_ID, checkIn: '2025-05-12', checkOut: '2025-05-13' }))).toEqual([{ path: 'input.roomId', message: `no room has the id ${UNKNOWN_ID}` }]);
    expect(fieldsOf(await add({ routeId: UNKNOWN_ID, personId: UNKNOWN_ID, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-13' }))).toEqual([
      { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
      { path: 'input.personId', message: `no person has the id ${UNKNOWN_ID}` },
    ]);
  });

  it('refuses a room over capacity on any night, naming the room and only the full nights', async () => {
    const { route, venue, room, a, b } = await setting();
    const single = await createRoom(gw, venue.id, 1);
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: single.id, checkIn: '2025-05-13', checkOut: '2025-05-15' } }, { token: admin });
    expect(fieldsOf(await add({ routeId: route.id, personId: b, roomId: single.id, checkIn: '2025-05-12', checkOut: '2025-05-17' }))).toEqual([
      { path: 'input.roomId', message: `room ${single.name} at ${venue.name} is full on the nights of 2025-05-13 to 2025-05-14 (1 bed)` },
    ]);
    // The nights either side are free.
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: single.id, checkIn: '2025-05-15', checkOut: '2025-05-17' } }, { token: admin });
    // A double takes two, not three: the third person of another route is refused on the shared night.
    const otherRoute = await createRoute(gw);
    const c = await teamMember(gw, otherRoute.id, await createPerson(gw));
    const d = await teamMember(gw, otherRoute.id, await createPerson(gw));
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-16', checkOut: '2025-05-17' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: otherRoute.id, personId: c, roomId: room.id, checkIn: '2025-05-15', checkOut: '2025-05-17' } }, { token: admin });
    expect(fieldsOf(await add({ routeId: otherRoute.id, personId: d, roomId: room.id, checkIn: '2025-05-16', checkOut: '2025-05-18' }))).toEqual([
      { path: 'input.roomId', message: `room ${room.name} at ${venue.name} is full on the night of 2025-05-16 (2 beds)` },
    ]);
  });

  it('names the rule each refusal breaks, for clients that word it in their language', async () => {
    const { route, venue, room, a, b } = await setting();
    const stranger = await createPerson(gw);
    expect(constraintsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-11', checkOut: '2025-05-21' }))).toEqual([
      { path: 'input.checkIn', constraint: 'nightsWithinRoute' },
      { path: 'input.checkOut', constraint: 'nightsWithinRoute' },
    ]);
    expect(constraintsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-14', checkOut: '2025-05-14' }))).toEqual([{ path: 'input.checkOut', constraint: 'afterCheckIn' }]);
    expect(constraintsOf(await add({ routeId: route.id, personId: stranger, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-13' }))).toEqual([{ path: 'input.personId', constraint: 'notTravelling' }]);
    expect(constraintsOf(await add({ routeId: route.id, personId: a, roomId: UNKNOWN_ID, checkIn: '2025-05-12', checkOut: '2025-05-13' }))).toEqual([{ path: 'input.roomId', constraint: 'roomExists' }]);
    const single = await createRoom(gw, venue.id, 1);
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: single.id, checkIn: '2025-05-13', checkOut: '2025-05-15' } }, { token: admin });
    expect(constraintsOf(await add({ routeId: route.id, personId: b, roomId: single.id, checkIn: '2025-05-14', checkOut: '2025-05-16' }))).toEqual([{ path: 'input.roomId', constraint: 'roomFull' }]);
    expect(constraintsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-14', checkOut: '2025-05-16' }))).toEqual([{ path: 'input.personId', constraint: 'personHasRoom' }]);
  });

  it('refuses a person already in a room (any room, any route) on one of the nights', async () => {
    const { route, venue, room, a } = await setting();
    const other = await createRoom(gw, venue.id, 2);
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-14' } }, { token: admin });
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: other.id, checkIn: '2025-05-13', checkOut: '2025-05-16' }))).toEqual([
      { path: 'input.personId', message: `already has a room on the night of 2025-05-13 (room ${room.name} at ${venue.name})` },
    ]);
    // Their own room counts too: the same bed twice is still two rooms on one night.
    expect(fieldsOf(await add({ routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-13' })).map((f) => f.path)).toEqual(['input.personId']);
    // On another route with overlapping dates, the same person still has one bed a night.
    const second = await createRoute(gw, { startDate: '2025-05-10', endDate: '2025-05-14' });
    await teamMember(gw, second.id, a);
    expect(fieldsOf(await add({ routeId: second.id, personId: a, roomId: other.id, checkIn: '2025-05-10', checkOut: '2025-05-13' }))).toEqual([
      { path: 'input.personId', message: `already has a room on the night of 2025-05-12 (room ${room.name} at ${venue.name})` },
    ]);
    await ok(gw, ADD_STAY, { input: { routeId: second.id, personId: a, roomId: other.id, checkIn: '2025-05-10', checkOut: '2025-05-12' } }, { token: admin });
  });

  it('moves a stay under the same rules, not counting the stay against itself, and refuses a stale version', async () => {
    const { route, venue, room, a, b } = await setting();
    const single = await createRoom(gw, venue.id, 1, { amount: '85', currency: 'USD' });
    const stay = await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: single.id, checkIn: '2025-05-12', checkOut: '2025-05-14' } }, { token: admin });
    const longer = await ok(gw, UPDATE_STAY, { input: { id: stay.id, version: stay.version, checkOut: '2025-05-16' } }, { token: admin });
    expect(longer).toMatchObject({ nights: 4, version: 2, cost: { amount: '340.00' } });
    expect(errorOf(await gw.graphql(UPDATE_STAY, { input: { id: stay.id, version: 1, checkOut: '2025-05-15' } }, { token: admin }), 'CONFLICT')).toBeDefined();
    // Another room takes that room's rate; a rate of its own stays until cleared.
    const moved = await ok(gw, UPDATE_STAY, { input: { id: stay.id, version: 2, roomId: room.id } }, { token: admin });
    expect(moved).toMatchObject({ roomId: room.id, nightlyRate: { amount: '62.50', currency: 'USD' }, cost: { amount: '250.00' } });
    const priced = await ok(gw, UPDATE_STAY, { input: { id: stay.id, version: 3, nightlyRate: { amount: '50', currency: 'USD' } } }, { token: admin });
    expect(priced.cost).toEqual({ amount: '200.00', currency: 'USD', minorUnits: '20000' });
    const cleared = await ok(gw, UPDATE_STAY, { input: { id: stay.id, version: 4, nightlyRate: null } }, { token: admin });
    expect(cleared.nightlyRate).toEqual({ amount: '62.50', currency: 'USD' });
    // b fills the single; a cannot move back into it over b's night.
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: single.id, checkIn: '2025-05-15', checkOut: '2025-05-16' } }, { token: admin });
    expect(fieldsOf(await gw.graphql(UPDATE_STAY, { input: { id: stay.id, version: 5, roomId: single.id } }, { token: admin }))).toEqual([
      { path: 'input.roomId', message: `room ${single.name} at ${venue.name} is full on the night of 2025-05-15 (1 bed)` },
    ]);
    expect(fieldsOf(await gw.graphql(UPDATE_STAY, { input: { id: stay.id, version: 5, checkIn: '2025-05-17' } }, { token: admin }))).toEqual([
      { path: 'input.checkIn', message: 'check-out (2025-05-16) must be after check-in (2025-05-17)' },
    ]);
    expect(await ok(gw, `mutation { removeStay(id: "${stay.id}", version: 5) }`, {}, { token: admin })).toBe(stay.id);
  });

  it('lists stays filtered by route, person, venue, night and name, page by page', async () => {
    const { route, venue, room, a, b } = await setting();
    const elsewhere = await createVenue(gw, { city: 'Ayacucho' });
    const far = await createRoom(gw, elsewhere.id, 2, { amount: '140', currency: 'PEN' });
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-15' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: far.id, checkIn: '2025-05-15', checkOut: '2025-05-16' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: room.id, checkIn: '2025-05-13', checkOut: '2025-05-19' } }, { token: admin });
    const page = await ok(gw, STAYS, { first: 2, filter: { routeId: route.id } }, { token: admin });
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e: { node: { checkIn: string } }) => e.node.checkIn)).toEqual(['2025-05-12', '2025-05-13']);
    const rest = await ok(gw, STAYS, { first: 2, after: page.pageInfo.endCursor, filter: { routeId: route.id } }, { token: admin });
    expect(rest.edges.map((e: { node: { checkIn: string } }) => e.node.checkIn)).toEqual(['2025-05-15']);
    expect((await ok(gw, STAYS, { first: 10, filter: { personId: a } }, { token: admin })).totalCount).toBe(2);
    expect((await ok(gw, STAYS, { first: 10, filter: { venueId: elsewhere.id } }, { token: admin })).edges.map((e: { node: { cost: { amount: string } } }) => e.node.cost)).toEqual([{ amount: '140.00' }]);
    expect((await ok(gw, STAYS, { first: 10, filter: { routeId: route.id, night: '2025-05-14' } }, { token: admin })).totalCount).toBe(2);
    expect((await ok(gw, STAYS, { first: 10, filter: { routeId: route.id, search: venue.name.toUpperCase() } }, { token: admin })).totalCount).toBe(2);
    const [{ given_name }] = await gw.dataSource.query(`SELECT given_name FROM person WHERE id = $1`, [b]);
    expect((await ok(gw, STAYS, { first: 10, filter: { search: given_name } }, { token: admin })).edges.map((e: { node: { personId: string } }) => e.node.personId)).toEqual([b]);
  });

  it('shows participants their own stays only (no costs), partners none', async () => {
    const { route, room, a, b } = await setting();
    const mine = await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-14' } }, { token: admin });
    const theirs = await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-14' } }, { token: admin });
    const me = await participantToken(gw, a);
    const list = await ok(gw, STAYS, { first: 10, filter: { routeId: route.id } }, { token: me });
    expect(list.edges.map((e: { node: { id: string; cost: unknown } }) => e.node)).toEqual([{ id: mine.id, personId: a, checkIn: '2025-05-12', cost: null }]);
    expect(errorOf(await gw.graphql(`query { stay(id: "${theirs.id}") { id } }`, {}, { token: me }), 'NOT_FOUND')).toBeDefined();
    expect(await ok(gw, `query { stay(id: "${mine.id}") { id room { name } } }`, {}, { token: me })).toEqual({ id: mine.id, room: { name: room.name } });
    const routeStays = `query($id: ID!) { route(id: $id) { stays { id person { id } } } }`;
    expect((await ok(gw, routeStays, { id: route.id }, { token: me })).stays).toEqual([{ id: mine.id, person: { id: a } }]);
    expect((await ok(gw, routeStays, { id: route.id }, { token: admin })).stays).toHaveLength(2);
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect((await ok(gw, routeStays, { id: route.id }, { apiKey: key })).stays).toBeNull();
    expect(errorOf(await gw.graphql(STAYS, { first: 10 }, { apiKey: key }), 'FORBIDDEN')).toBeDefined();
    expect(errorOf(await gw.graphql(`query { roomingNights(routeId: "${route.id}") { night } }`, {}, { apiKey: key }), 'FORBIDDEN')).toBeDefined();
  });

  it('gives the rooming list of a night: rooms by venue with their people, other routes in them and free beds', async () => {
    const { route, venue, room, a, b } = await setting();
    const single = await createRoom(gw, venue.id, 1);
    const otherRoute = await createRoute(gw);
    const c = await teamMember(gw, otherRoute.id, await createPerson(gw));
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: a, roomId: room.id, checkIn: '2025-05-12', checkOut: '2025-05-15' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: route.id, personId: b, roomId: single.id, checkIn: '2025-05-13', checkOut: '2025-05-14' } }, { token: admin });
    await ok(gw, ADD_STAY, { input: { routeId: otherRoute.id, personId: c, roomId: room.id, checkIn: '2025-05-13', checkOut: '2025-05-14' } }, { token: admin });
    const ROOMING = `query($routeId: ID!, $night: String!) { roomingList(routeId: $routeId, night: $night) { night people rooms { venue { name } room { id } capacity people { id } stays { checkIn } otherRoutesPeople freeBeds } } }`;
    const list = await ok(gw, ROOMING, { routeId: route.id, night: '2025-05-13' }, { token: admin });
    const byRoom = Object.fromEntries(list.rooms.map((r: { room: { id: string } }) => [r.room.id, r]));
    expect(list.people).toBe(2);
    expect(byRoom[room.id]).toEqual({ venue: { name: venue.name }, room: { id: room.id }, capacity: 2, people: [{ id: a }], stays: [{ checkIn: '2025-05-12' }], otherRoutesPeople: 1, freeBeds: 0 });
    expect(byRoom[single.id]).toMatchObject({ people: [{ id: b }], otherRoutesPeople: 0, freeBeds: 0 });
    expect((await ok(gw, ROOMING, { routeId: route.id, night: '2025-05-14' }, { token: admin })).rooms.map((r: { people: { id: string }[] }) => r.people)).toEqual([[{ id: a }]]);
    expect(fieldsOf(await gw.graphql(ROOMING, { routeId: route.id, night: '2025-05-20' }, { token: admin }))).toEqual([{ path: 'night', message: "is outside the route's dates (2025-05-12 to 2025-05-19)" }]);
    expect(fieldsOf(await gw.graphql(ROOMING, { routeId: route.id, night: 'tomorrow' }, { token: admin }))).toEqual([{ path: 'night', message: 'must be a date written YYYY-MM-DD' }]);
    // A participant sees their own room only.
    const me = await participantToken(gw, b);
    expect((await ok(gw, ROOMING, { routeId: route.id, night: '2025-05-13' }, { token: me })).rooms.map((r: { room: { id: string } }) => r.room.id)).toEqual([single.id]);

    const nights = await ok(gw, `query($routeId: ID!) { roomingNights(routeId: $routeId) { night people rooms } }`, { routeId: route.id }, { token: admin });
    expect(nights).toEqual([
      { night: '2025-05-12', people: 1, rooms: 1 },
      { night: '2025-05-13', people: 2, rooms: 2 },
      { night: '2025-05-14', people: 1, rooms: 1 },
      ...['2025-05-15', '2025-05-16', '2025-05-17', '2025-05-18', '2025-05-19'].map((night) => ({ night, people: 0, rooms: 0 })),
    ]);
  });
});
