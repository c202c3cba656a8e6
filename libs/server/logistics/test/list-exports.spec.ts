import { parse } from 'csv-parse/sync';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createApiKey, createPerson, createRoute, logisticsEditor, ok, selectedParticipant, startLogisticsGateway } from './helpers';
import { ADD_STAY, createRoom, createVenue, participantToken, teamMember } from './accommodation-helpers';
import { participantUser, travellerOnRoute } from './travel-helpers';

const HEADER = ['traveller_id', 'given_name', 'family_name', 'route', 'travel_status', 'visa_status', 'nationality_code', 'passport_number', 'passport_expiry', 'date_of_birth', 'insurance', 'insured_until', 'letter_language'];

describe('GET /logistics/travellers.csv', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let routeId: string;
  let withPassport: { id: string; personId: string };
  let withoutPassport: { id: string; personId: string };

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
    editor = await logisticsEditor(gw);
    routeId = (await createRoute(gw)).id;
    withPassport = await travellerOnRoute(gw, routeId, 'GT', { passportNumber: 'P1234567', nationalityCode: 'GT', dateOfBirth: '1980-02-03' });
    withoutPassport = await travellerOnRoute(gw, routeId, 'BJ');
    await travellerOnRoute(gw, (await createRoute(gw)).id, 'GT');
  });
  afterAll(() => gw?.close());

  const download = async (query: string, headers: Record<string, string>) => {
    const res = await fetch(`${gw.url}/logistics/travellers.csv${query}`, { headers });
    return { status: res.status, rows: parse(await res.text(), { bom: true }) as string[][] };
  };
  const column = (rows: string[][], name: string) => rows.slice(1).map((r) => r[HEADER.indexOf(name)]);

  it('applies the list’s filters, and shows passport data only as the privacy policy allows', async () => {
    const all = await download(`?routeId=${routeId}`, { authorization: `Bearer ${editor}` });
    expect(all.status).toBe(200);
    expect(all.rows[0]).toEqual(HEADER);
    expect(column(all.rows, 'traveller_id').sort()).toEqual([withPassport.id, withoutPassport.id].sort());
    // Identity data is for admins and the traveller: an editor reads the statuses, not the passport.
    expect(column(all.rows, 'passport_number')).toEqual(['', '']);
    expect(column(all.rows, 'visa_status').sort()).toEqual(['TO_APPLY', 'TO_APPLY']);
    const missing = await download(`?routeId=${routeId}&missingPassport=true`, { authorization: `Bearer ${admin}` });
    expect(column(missing.rows, 'traveller_id')).toEqual([withoutPassport.id]);
    const complete = await download(`?routeId=${routeId}&missingPassport=false`, { authorization: `Bearer ${admin}` });
    expect(column(complete.rows, 'passport_number')).toEqual(['P1234567']);
  });

  it('gives a participant their own record and partners none', async () => {
    const own = await download(`?routeId=${routeId}`, { authorization: `Bearer ${await participantUser(gw, withPassport.personId)}` });
    expect(column(own.rows, 'traveller_id')).toEqual([withPassport.id]);
    expect(column(own.rows, 'date_of_birth')).toEqual(['1980-02-03']);
    const { key } = await createApiKey(gw, admin, ['READ']);
    const partner = await download(`?routeId=${routeId}`, { 'x-api-key': key });
    expect(partner.rows).toEqual([HEADER]);
  });
});

describe('GET /logistics/venues.csv', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    const hotel = await createVenue(gw, { name: 'Hostal Export', city: 'Cusco', countryCode: 'PE' });
    await createRoom(gw, hotel.id);
    await createRoom(gw, hotel.id);
    await createVenue(gw, { name: 'Export Lodge', city: 'Nairobi', countryCode: 'KE' });
  });
  afterAll(() => gw?.close());

  it('holds the venues the filters show, with their rooms counted', async () => {
    const res = await fetch(`${gw.url}/logistics/venues.csv?countryCode=PE&search=export`, { headers: { authorization: `Bearer ${await logisticsEditor(gw)}` } });
    const rows = parse(await res.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['venue_id', 'name', 'city', 'country_code', 'country', 'address', 'phone', 'rooms']);
    expect(rows.slice(1).map((r) => [r[1], r[2], r[3], r[7]])).toEqual([['Hostal Export', 'Cusco', 'PE', '2']]);
  });
});

describe('GET /logistics/stays.csv', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
  });
  afterAll(() => gw?.close());

  it('holds the stays the list shows the caller; the rate only for the team, never for API keys', async () => {
    const route = await createRoute(gw);
    const room = await createRoom(gw, (await createVenue(gw, { name: 'Hostal Stays' })).id, 2);
    const a = await selectedParticipant(gw, route.id);
    const b = await teamMember(gw, route.id, await createPerson(gw));
    const editor = await logisticsEditor(gw);
    for (const [personId, checkIn] of [[a, '2025-05-12'], [b, '2025-05-13']]) {
      await ok(gw, ADD_STAY, { input: { routeId: route.id, personId, roomId: room.id, checkIn, checkOut: '2025-05-15' } }, { token: editor });
    }
    const get = (headers: Record<string, string>) => fetch(`${gw.url}/logistics/stays.csv?routeId=${route.id}`, { headers });
    const rows = parse(await (await get({ authorization: `Bearer ${editor}` })).text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['stay_id', 'given_name', 'family_name', 'venue', 'room', 'check_in', 'check_out', 'nightly_rate', 'currency']);
    expect(rows.slice(1).map((r) => [r[3], r[5], r[7], r[8]])).toEqual([
      ['Hostal Stays', '2025-05-12', '62.50', 'USD'],
      ['Hostal Stays', '2025-05-13', '62.50', 'USD'],
    ]);
    // A participant: their own stay, without the rate.
    const own = parse(await (await get({ authorization: `Bearer ${await participantToken(gw, a)}` })).text(), { bom: true }) as string[][];
    expect(own.slice(1).map((r) => [r[5], r[7]])).toEqual([['2025-05-12', '']]);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    expect((await get({ 'x-api-key': key })).status).toBe(403);
  });
});
