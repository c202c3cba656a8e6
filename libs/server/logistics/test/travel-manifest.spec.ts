import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createApiKey, createPerson, createRoute, errorOf, fieldsOf, logisticsEditor, ok, startLogisticsGateway, UNKNOWN_ID } from './helpers';
import { addLeg, participantUser, travellerOnRoute, type TravellerFixture } from './travel-helpers';

const DAY = `query($r: ID!, $d: String!) { arrivalsAndDepartures(routeId: $r, date: $d) {
  date timeZone
  arrivals { time at fromPlace toPlace carrier bookingReference meetingNote kind traveller { id } person { familyName } delegationCountry { code } meetPerson { givenName } leg { arriveLocal } }
  departures { time toPlace carrier traveller { id } } } }`;
const DAYS = `query($r: ID!) { manifestDays(routeId: $r) { date arrivals departures } }`;

describe('the arrivals-and-departures manifest', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;
  let late: TravellerFixture;
  let afternoon: TravellerFixture;
  let morning: TravellerFixture;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    editor = await logisticsEditor(gw);
    routeId = (await createRoute(gw)).id;
    const greeter = await createPerson(gw, { givenName: 'Carolina' });
    late = await travellerOnRoute(gw, routeId, 'GT');
    afternoon = await travellerOnRoute(gw, routeId, 'TZ');
    morning = await travellerOnRoute(gw, routeId, 'SL');
    // Guatemala City → Panama → Lima, landing at 22:30 in Lima: 03:30 UTC on the 11th.
    await addLeg(gw, late.id, { fromPlace: 'Guatemala City (GUA)', departLocal: '2025-05-10T13:00', departTimeZone: 'America/Guatemala', toPlace: 'Panama City (PTY)', arriveLocal: '2025-05-10T16:15', arriveTimeZone: 'America/Panama', carrier: 'Copa CM391' });
    await addLeg(gw, late.id, { fromPlace: 'Panama City (PTY)', departLocal: '2025-05-10T19:00', departTimeZone: 'America/Panama', toPlace: 'Lima (LIM)', arriveLocal: '2025-05-10T22:30', arriveTimeZone: 'America/Lima', carrier: 'Copa CM493', bookingReference: 'gtq123', meetPersonId: greeter, meetingNote: 'Exit B, with a sign' });
    await addLeg(gw, late.id, { direction: 'OUTBOUND', fromPlace: 'Lima (LIM)', departLocal: '2025-05-19T15:05', departTimeZone: 'America/Lima', toPlace: 'Panama City (PTY)', arriveLocal: '2025-05-19T18:25', arriveTimeZone: 'America/Panama', carrier: 'Copa CM492' });
    await addLeg(gw, afternoon.id, { meetPersonId: greeter });
    await addLeg(gw, afternoon.id, { direction: 'OUTBOUND', fromPlace: 'Lima (LIM)', departLocal: '2025-05-19T19:00', departTimeZone: 'America/Lima', toPlace: 'Amsterdam (AMS)', arriveLocal: '2025-05-20T13:50', arriveTimeZone: 'Europe/Amsterdam', carrier: 'KLM KL744' });
    await addLeg(gw, afternoon.id, { direction: 'OUTBOUND', fromPlace: 'Amsterdam (AMS)', departLocal: '2025-05-20T20:30', departTimeZone: 'Europe/Amsterdam', toPlace: 'Dar es Salaam (DAR)', arriveLocal: '2025-05-21T06:30', arriveTimeZone: 'Africa/Dar_es_Salaam', carrier: 'KLM KL569' });
    await addLeg(gw, morning.id, { fromPlace: 'Madrid (MAD)', departLocal: '2025-05-10T23:55', departTimeZone: 'Europe/Madrid', arriveLocal: '2025-05-11T05:00', carrier: 'Iberia IB6651' });
  });
  afterAll(() => gw?.close());

  it("lists a day's arrivals by time, with who they are, where from, how, and who meets them", async () => {
    const day = await ok(gw, DAY, { r: routeId, d: '2025-05-10' }, { token: editor });
    expect(day).toMatchObject({ date: '2025-05-10', timeZone: 'America/Lima', departures: [] });
    expect(day.arrivals).toEqual([
      expect.objectContaining({ time: '16:15', fromPlace: 'Amsterdam (AMS)', carrier: 'KLM KL743', kind: 'PARTICIPANT', traveller: { id: afternoon.id }, delegationCountry: { code: 'TZ' }, meetPerson: { givenName: 'Carolina' } }),
      // The journey's last INBOUND leg only: the connection landing in Panama is no arrival.
      expect.objectContaining({
        time: '22:30',
        at: '2025-05-11T03:30:00.000Z',
        fromPlace: 'Panama City (PTY)',
        toPlace: 'Lima (LIM)',
        bookingReference: 'GTQ123',
        meetingNote: 'Exit B, with a sign',
        traveller: { id: late.id },
        person: { familyName: 'Traveller' },
        delegationCountry: { code: 'GT' },
        leg: { arriveLocal: '2025-05-10T22:30' },
      }),
    ]);
  });

  it("puts a landing after midnight UTC but before midnight in Lima on the Lima date, and follows the route's time zone", async () => {
    const next = await ok(gw, DAY, { r: routeId, d: '2025-05-11' }, { token: editor });
    expect(next.arrivals.map((a: { traveller: { id: string }; time: string }) => [a.traveller.id, a.time])).toEqual([[morning.id, '05:00']]);
    // Written in UTC, the same landing is on the 11th.
    const settings = await ok(gw, `query($r: ID!) { routeLogistics(routeId: $r) { version } }`, { r: routeId }, { token: editor });
    await ok(gw, `mutation($i: UpdateRouteLogisticsInput!) { updateRouteLogistics(input: $i) { timeZone } }`, { i: { routeId, version: settings.version, timeZone: 'UTC' } }, { token: editor });
    try {
      const utc = await ok(gw, DAY, { r: routeId, d: '2025-05-11' }, { token: editor });
      expect(utc.arrivals.map((a: { traveller: { id: string }; time: string }) => [a.traveller.id, a.time])).toEqual([
        [late.id, '03:30'],
        [morning.id, '10:00'],
      ]);
    } finally {
      await ok(gw, `mutation($i: UpdateRouteLogisticsInput!) { updateRouteLogistics(input: $i) { timeZone } }`, { i: { routeId, version: settings.version + 1, timeZone: 'America/Lima' } }, { token: editor });
    }
  });

  it("lists a day's departures: each journey's first OUTBOUND leg", async () => {
    const day = await ok(gw, DAY, { r: routeId, d: '2025-05-19' }, { token: editor });
    expect(day.departures).toEqual([
      { time: '15:05', toPlace: 'Panama City (PTY)', carrier: 'Copa CM492', traveller: { id: late.id } },
      { time: '19:00', toPlace: 'Amsterdam (AMS)', carrier: 'KLM KL744', traveller: { id: afternoon.id } },
    ]);
    expect((await ok(gw, DAY, { r: routeId, d: '2025-05-20' }, { token: editor })).departures).toEqual([]);
  });

  it('gives the days that have arrivals or departures, with counts, for the tabs', async () => {
    expect(await ok(gw, DAYS, { r: routeId }, { token: editor })).toEqual([
      { date: '2025-05-10', arrivals: 2, departures: 0 },
      { date: '2025-05-11', arrivals: 1, departures: 0 },
      { date: '2025-05-19', arrivals: 0, departures: 2 },
    ]);
  });

  it('shows a participant themself only, and no partner anything', async () => {
    const token = await participantUser(gw, late.personId);
    expect(await ok(gw, DAYS, { r: routeId }, { token })).toEqual([
      { date: '2025-05-10', arrivals: 1, departures: 0 },
      { date: '2025-05-19', arrivals: 0, departures: 1 },
    ]);
    expect((await ok(gw, DAY, { r: routeId, d: '2025-05-10' }, { token })).arrivals.map((a: { traveller: { id: string } }) => a.traveller.id)).toEqual([late.id]);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    errorOf(await gw.graphql(DAYS, { r: routeId }, { apiKey: key }), 'FORBIDDEN');
  });

  it('refuses a date that is not one, and an unknown route', async () => {
    expect(fieldsOf(await gw.graphql(DAY, { r: routeId, d: '2025-02-30' }, { token: editor }))).toEqual([{ path: 'date', message: 'must be a date written YYYY-MM-DD' }]);
    errorOf(await gw.graphql(DAYS, { r: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });
});
