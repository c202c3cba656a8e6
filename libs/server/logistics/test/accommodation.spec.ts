import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { ADD_STAY, createRoom, createVenue, ROOM_FIELDS, teamMember, VENUE_FIELDS } from './accommodation-helpers';
import { adminToken, createApiKey, createPerson, createRoute, errorOf, fieldsOf, logisticsEditor, ok, startLogisticsGateway, unique, UNKNOWN_ID } from './helpers';

const VENUES = `query($first: Int!, $after: String, $filter: VenueFilter) { venues(first: $first, after: $after, filter: $filter) { totalCount edges { node { id name city countryCode country { code } } } pageInfo { hasNextPage endCursor } } }`;

describe('venues and rooms', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  it('creates, updates and reads a venue with its rooms; logistics editors write, others read', async () => {
    const editor = await logisticsEditor(gw);
    const venue = await ok(
      gw,
      `mutation($input: CreateVenueInput!) { createVenue(input: $input) { ${VENUE_FIELDS} } }`,
      { input: { name: '  Hotel Mirador  ', address: 'Av. Larco 1150', city: 'Lima', countryCode: 'PE', phone: '+51 1 000 2000' } },
      { token: editor },
    );
    expect(venue).toMatchObject({ name: 'Hotel Mirador', address: 'Av. Larco 1150', city: 'Lima', countryCode: 'PE', version: 1 });
    const room = await ok(gw, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { ${ROOM_FIELDS} } }`, { input: { venueId: venue.id, name: '204', capacity: 2, nightlyRate: { amount: '62.5', currency: 'USD' } } }, { token: editor });
    expect(room).toMatchObject({ name: '204', capacity: 2, nightlyRate: { amount: '62.50', currency: 'USD', minorUnits: '6250' } });
    const updated = await ok(gw, `mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { ${VENUE_FIELDS} } }`, { input: { id: venue.id, version: venue.version, phone: null, address: 'Av. José Larco 1150' } }, { token: editor });
    expect(updated).toMatchObject({ phone: null, address: 'Av. José Larco 1150', version: 2 });
    const read = await ok(gw, `query($id: ID!) { venue(id: $id) { name country { code } rooms { name capacity venue { name } } } }`, { id: venue.id }, { token: await gw.tokenFor(Role.VIEWER) });
    expect(read).toEqual({ name: 'Hotel Mirador', country: { code: 'PE' }, rooms: [{ name: '204', capacity: 2, venue: { name: 'Hotel Mirador' } }] });
    const viewer = await gw.tokenFor(Role.VIEWER);
    expect(errorOf(await gw.graphql(`mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`, { input: { name: 'X', city: 'Lima', countryCode: 'PE' } }, { token: viewer }), 'FORBIDDEN')).toBeDefined();
    const otherEditor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    expect(errorOf(await gw.graphql(`mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, { input: { venueId: venue.id, name: 'X', capacity: 1 } }, { token: otherEditor }), 'FORBIDDEN')).toBeDefined();
  });

  it('refuses bad venues and rooms on the fields concerned', async () => {
    const venue = await createVenue(gw, { name: 'Hostal Huamanga', city: 'Ayacucho' });
    const create = `mutation($input: CreateVenueInput!) { createVenue(input: $input) { id } }`;
    expect(fieldsOf(await gw.graphql(create, { input: { name: ' ', city: 'Lima', countryCode: 'pe' } }, { token: admin })).map((f) => f.path).sort()).toEqual(['input.countryCode', 'input.name']);
    expect(fieldsOf(await gw.graphql(create, { input: { name: 'Hotel', city: 'Nowhere', countryCode: 'XX' } }, { token: admin }))).toEqual([{ path: 'input.countryCode', message: 'no country has the code XX' }]);
    expect(fieldsOf(await gw.graphql(create, { input: { name: 'Hostal Huamanga', city: 'Ayacucho', countryCode: 'PE' } }, { token: admin }))).toEqual([
      { path: 'input.name', message: 'a venue called Hostal Huamanga is already on record in Ayacucho' },
    ]);
    const room = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`;
    expect(fieldsOf(await gw.graphql(room, { input: { venueId: venue.id, name: '1', capacity: 0 } }, { token: admin })).map((f) => f.path)).toEqual(['input.capacity']);
    expect(fieldsOf(await gw.graphql(room, { input: { venueId: venue.id, name: '1', capacity: 51 } }, { token: admin })).map((f) => f.path)).toEqual(['input.capacity']);
    expect(fieldsOf(await gw.graphql(room, { input: { venueId: UNKNOWN_ID, name: '1', capacity: 1 } }, { token: admin }))).toEqual([{ path: 'input.venueId', message: `no venue has the id ${UNKNOWN_ID}` }]);
    expect(fieldsOf(await gw.graphql(room, { input: { venueId: venue.id, name: '1', capacity: 1, nightlyRate: { amount: '10.001', currency: 'USD' } } }, { token: admin }))).toEqual([
      { path: 'input.nightlyRate.amount', message: 'USD has 2 decimal places' },
    ]);
    await ok(gw, room, { input: { venueId: venue.id, name: '1', capacity: 1 } }, { token: admin });
    expect(fieldsOf(await gw.graphql(room, { input: { venueId: venue.id, name: '1', capacity: 2 } }, { token: admin }))).toEqual([{ path: 'input.name', message: 'the venue already has a room called 1' }]);
  });

  it('lists venues by country, city and name, filtered and searched ignoring accents, page by page', async () => {
    const tag = unique('Búsqueda').replace(/-/g, '');
    await createVenue(gw, { name: `Ávila ${tag}`, city: 'Cusco' });
    await createVenue(gw, { name: `Bolívar ${tag}`, city: 'Lima' });
    await createVenue(gw, { name: `Cóndor ${tag}`, city: 'Dakar', countryCode: 'SN' });
    const first = await ok(gw, VENUES, { first: 2, filter: { search: tag.replace('ú', 'u') } }, { token: admin });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([`Ávila ${tag}`, `Bolívar ${tag}`]);
    const next = await ok(gw, VENUES, { first: 2, after: first.pageInfo.endCursor, filter: { search: tag } }, { token: admin });
    expect(next.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([`Cóndor ${tag}`]);
    expect(next.pageInfo.hasNextPage).toBe(false);
    const inPeru = await ok(gw, VENUES, { first: 10, filter: { search: tag, countryCode: 'PE' } }, { token: admin });
    expect(inPeru.totalCount).toBe(2);
    const inCusco = await ok(gw, VENUES, { first: 10, filter: { search: tag, city: 'cusco' } }, { token: admin });
    expect(inCusco.edges.map((e: { node: { city: string } }) => e.node.city)).toEqual(['Cusco']);
  });

  it("hides room rates from partners and participants, who may still read venues", async () => {
    const venue = await createVenue(gw);
    await createRoom(gw, venue.id, 2, { amount: '85', currency: 'USD' });
    const query = `query($id: ID!) { venue(id: $id) { name rooms { capacity nightlyRate { amount } } } }`;
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect(await ok(gw, query, { id: venue.id }, { apiKey: key })).toEqual({ name: venue.name, rooms: [{ capacity: 2, nightlyRate: null }] });
    const participant = await gw.tokenFor(Role.PARTICIPANT);
    expect((await ok(gw, query, { id: venue.id }, { token: participant })).rooms[0].nightlyRate).toBeNull();
    expect((await ok(gw, query, { id: venue.id }, { token: await gw.tokenFor(Role.VIEWER) })).rooms[0].nightlyRate).toEqual({ amount: '85.00' });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const venue = await createVenue(gw);
    await ok(gw, `mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { id } }`, { input: { id: venue.id, version: 1, city: 'Callao' } }, { token: admin });
    expect(errorOf(await gw.graphql(`mutation($input: UpdateVenueInput!) { updateVenue(input: $input) { id } }`, { input: { id: venue.id, version: 1, city: 'Lima' } }, { token: admin }), 'CONFLICT')).toBeDefined();
    const room = await createRoom(gw, venue.id);
    expect(errorOf(await gw.graphql(`mutation { deleteRoom(id: "${room.id}", version: 7) }`, {}, { token: admin }), 'CONFLICT')).toBeDefined();
  });

  it('refuses deleting a room, or a venue, while stays are booked in it, and a capacity below the nights booked; deletes them once free', async () => {
    const route = await createRoute(gw);
    const venue = await createVenue(gw);
    const room = await createRoom(gw, venue.id, 2);
    const spare = await createRoom(gw, venue.id, 1);
    const [a, b] = [await teamMember(gw, route.id, await createPerson(gw)), await teamMember(gw, route.id, await createPerson(gw))];
    const stays = [];
    for (const personId of [a, b]) stays.push(await ok(gw, ADD_STAY, { input: { routeId: route.id, personId, roomId: room.id, checkIn: '2025-05-13', checkOut: '2025-05-15' } }, { token: admin }));

    const refusedRoom = errorOf(await gw.graphql(`mutation { deleteRoom(id: "${room.id}", version: ${room.version}) }`, {}, { token: admin }), 'CONFLICT');
    expect(refusedRoom.message).toBe(`This room (${room.name}) is still referred to by 2 stays; remove or move those first`);
    const refusedVenue = errorOf(await gw.graphql(`mutation { deleteVenue(id: "${venue.id}", version: ${venue.version}) }`, {}, { token: admin }), 'CONFLICT');
    expect(refusedVenue.message).toMatch(/still referred to by 2 stays/);
    const lower = await gw.graphql(`mutation($input: UpdateRoomInput!) { updateRoom(input: $input) { id } }`, { input: { id: room.id, version: room.version, capacity: 1 } }, { token: admin });
    expect(constraintsOf(lower)).toEqual([{ path: 'input.capacity', constraint: 'capacityBelowBooked' }]);
    expect(fieldsOf(lower)).toEqual([{ path: 'input.capacity', message: `2 people are booked in room ${room.name} on the night of 2025-05-13: move some of them before lowering its capacity to 1` }]);
    // Nothing was deleted by the refusals.
    expect(await ok(gw, `query($id: ID!) { venue(id: $id) { rooms { id } } }`, { id: venue.id }, { token: admin })).toEqual({ rooms: expect.arrayContaining([{ id: room.id }, { id: spare.id }]) });

    for (const stay of stays) await ok(gw, `mutation { removeStay(id: "${stay.id}", version: ${stay.version}) }`, {}, { token: admin });
    expect(await ok(gw, `mutation { deleteVenue(id: "${venue.id}", version: ${venue.version}) }`, {}, { token: admin })).toBe(venue.id);
    const [{ rooms }] = await gw.dataSource.query(`SELECT count(*)::int AS rooms FROM room WHERE venue_id = $1`, [venue.id]);
    expect(rooms).toBe(0);
    const audited = await gw.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'Room' AND entity_id = ANY($1::text[]) AND action = 'DELETE'`, [[room.id, spare.id]]);
    expect(audited[0].n).toBe(2);
  });
});
