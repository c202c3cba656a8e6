import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, createRoute, errorOf, fieldsOf, logisticsEditor, ok, startLogisticsGateway, UNKNOWN_ID } from './helpers';
import {
  ADD_LEG,
  addLeg,
  CHANGE_TRAVEL,
  CHANGE_VISA,
  participantUser,
  REMOVE_LEG,
  roundTrip,
  travellerOnRoute,
  UPDATE_LEG,
  UPDATE_TRAVELLER,
  type TravellerFixture,
} from './travel-helpers';

const LEGS = `query($id: ID!) { traveller(id: $id) { version travelStatus legs { id fromPlace toPlace departsAt } } }`;

describe('travel legs and statuses', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
    editor = await logisticsEditor(gw);
    routeId = (await createRoute(gw)).id;
  });
  afterAll(() => gw?.close());

  /** A fresh traveller on a fresh route (a route takes five national teams). */
  const traveller = async (): Promise<TravellerFixture> => travellerOnRoute(gw, (await createRoute(gw)).id);
  const current = async (id: string) => ok(gw, LEGS, { id }, { token: admin });

  describe('legs', () => {
    it('keep local times with their zones, and give the instants, the cost and who meets them', async () => {
      const t = await travellerOnRoute(gw, routeId);
      const host = await createPerson(gw, { givenName: 'Carolina' });
      const leg = await ok(
        gw,
        ADD_LEG,
        {
          input: {
            travellerId: t.id,
            direction: 'INBOUND',
            fromPlace: ' Dar es Salaam (DAR) ',
            departLocal: '2025-05-09T22:40',
            departTimeZone: 'Africa/Dar_es_Salaam',
            toPlace: 'Amsterdam (AMS)',
            arriveLocal: '2025-05-10T07:10',
            arriveTimeZone: 'Europe/Amsterdam',
            carrier: 'KLM KL570',
            bookingReference: 'kq7tzb',
            cost: { amount: '1240.5', currency: 'USD' },
            meetPersonId: host,
            meetingNote: 'Exit B',
          },
        },
        { token: editor },
      );
      expect(leg).toMatchObject({
        routeId,
        fromPlace: 'Dar es Salaam (DAR)',
        departLocal: '2025-05-09T22:40',
        arriveLocal: '2025-05-10T07:10',
        bookingReference: 'KQ7TZB',
        cost: { amount: '1240.50', currency: 'USD', minorUnits: '124050' },
        meetPersonId: host,
        departsAt: '2025-05-09T19:40:00.000Z',
        arrivesAt: '2025-05-10T05:10:00.000Z',
      });
      const read = await ok(gw, `query($id: ID!) { traveller(id: $id) { legs { departLocal arriveLocal meetPerson { givenName } } } }`, { id: t.id }, { token: editor });
      expect(read.legs).toEqual([{ departLocal: '2025-05-09T22:40', arriveLocal: '2025-05-10T07:10', meetPerson: { givenName: 'Carolina' } }]);
    });

    it('refuse an arrival before the departure once both zones are taken into account, on input.arriveLocal', async () => {
      const t = await traveller();
      // 16:15 in Lima is 21:15 UTC; 23:30 in Amsterdam is 21:30 UTC: it would land before it left.
      const res = await gw.graphql(ADD_LEG, { input: legInput(t.id, { departLocal: '2025-05-10T23:30', arriveLocal: '2025-05-10T16:15' }) }, { token: editor });
      expect(fieldsOf(res)).toEqual([{ path: 'input.arriveLocal', message: 'must be after the departure: it arrives at 2025-05-10 21:15 UTC and departs at 2025-05-10 21:30 UTC' }]);
      // Read as text, the same times would have looked fine the other way round: 07:00 < 16:15 but
      // 07:00 in Lima (12:00 UTC) is after 13:00 in Amsterdam (11:00 UTC).
      await addLeg(gw, t.id, { departLocal: '2025-05-10T13:00', arriveLocal: '2025-05-10T07:00' });
    });

    it('name every bad time, zone, place and amount on its field', async () => {
      const t = await traveller();
      const res = await gw.graphql(
        ADD_LEG,
        { input: legInput(t.id, { fromPlace: '  ', departLocal: '2025-05-10 10:30', arriveTimeZone: 'Peru/Lima', cost: { amount: '10.505', currency: 'USD' } }) },
        { token: editor },
      );
      expect(fieldsOf(res)).toEqual([
        { path: 'input.fromPlace', message: 'must not be blank' },
        { path: 'input.departLocal', message: 'must be a local date and time written YYYY-MM-DDTHH:MM, e.g. 2025-05-11T08:30' },
        { path: 'input.arriveTimeZone', message: 'Peru/Lima is not an IANA time zone such as America/Lima' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_LEG, { input: legInput(t.id, { cost: { amount: '10.505', currency: 'USD' } }) }, { token: editor }))).toEqual([
        { path: 'input.cost.amount', message: 'USD has 2 decimal places' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_LEG, { input: legInput(t.id, { cost: { amount: '10', currency: 'XYZ' } }) }, { token: editor }))).toEqual([
        { path: 'input.cost.currency', message: 'XYZ is not an ISO 4217 currency' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_LEG, { input: legInput(t.id, { arriveLocal: '2025-05-14T16:15' }) }, { token: editor }))[0]).toMatchObject({
        path: 'input.arriveLocal',
        message: expect.stringContaining('a leg lasts at most 72'),
      });
      expect(fieldsOf(await gw.graphql(ADD_LEG, { input: legInput(t.id, { departLocal: '2025-03-30T02:30', departTimeZone: 'Europe/Paris', arriveLocal: '2025-03-30T12:00' }) }, { token: editor }))).toEqual([
        { path: 'input.departLocal', message: '2025-03-30T02:30 does not exist in Europe/Paris: the clocks go forward over it' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_LEG, { input: legInput(UNKNOWN_ID, { meetPersonId: UNKNOWN_ID }) }, { token: editor }))).toEqual([
        { path: 'input.travellerId', message: `no traveller has the id ${UNKNOWN_ID}` },
        { path: 'input.meetPersonId', message: `no person has the id ${UNKNOWN_ID}` },
      ]);
    });

    it('keep costs exact in currencies with no minor unit', async () => {
      const t = await traveller();
      const leg = await ok(gw, ADD_LEG, { input: legInput(t.id, { cost: { amount: '152000', currency: 'JPY' } }) }, { token: editor });
      expect(leg.cost).toEqual({ amount: '152000', currency: 'JPY', minorUnits: '152000' });
    });

    it('change what is sent, check the times as they end up, and clear with null, at the version read', async () => {
      const t = await traveller();
      const added = await ok(gw, ADD_LEG, { input: legInput(t.id, { cost: { amount: '100', currency: 'EUR' } }) }, { token: editor });
      expect(fieldsOf(await gw.graphql(UPDATE_LEG, { input: { id: added.id, version: added.version, arriveLocal: '2025-05-10T03:00' } }, { token: editor }))).toEqual([
        { path: 'input.arriveLocal', message: 'must be after the departure: it arrives at 2025-05-10 08:00 UTC and departs at 2025-05-10 08:30 UTC' },
      ]);
      const changed = await ok(gw, UPDATE_LEG, { input: { id: added.id, version: added.version, arriveLocal: '2025-05-10T17:05', cost: null, carrier: null } }, { token: editor });
      expect(changed).toMatchObject({ arriveLocal: '2025-05-10T17:05', departLocal: '2025-05-10T10:30', cost: null, carrier: null, bookingReference: 'ABC123', version: added.version + 1 });
      errorOf(await gw.graphql(UPDATE_LEG, { input: { id: added.id, version: added.version, toPlace: 'Cusco (CUZ)' } }, { token: editor }), 'CONFLICT');
      errorOf(await gw.graphql(UPDATE_LEG, { input: { id: UNKNOWN_ID, version: 1, toPlace: 'Cusco (CUZ)' } }, { token: editor }), 'NOT_FOUND');
    });

    it('are listed in the order they are flown, whatever their local times read', async () => {
      const t = await traveller();
      // Leaves Lima at 23:00 local (04:00 UTC next day); the earlier-looking 20:00 in Madrid is later (18:00 UTC).
      await addLeg(gw, t.id, { direction: 'OUTBOUND', fromPlace: 'Madrid (MAD)', departLocal: '2025-05-20T20:00', departTimeZone: 'Europe/Madrid', toPlace: 'Brussels (BRU)', arriveLocal: '2025-05-20T22:20', arriveTimeZone: 'Europe/Brussels' });
      await addLeg(gw, t.id, { direction: 'OUTBOUND', fromPlace: 'Lima (LIM)', departLocal: '2025-05-19T23:00', departTimeZone: 'America/Lima', toPlace: 'Madrid (MAD)', arriveLocal: '2025-05-20T17:20', arriveTimeZone: 'Europe/Madrid' });
      await addLeg(gw, t.id);
      expect((await current(t.id)).legs.map((l: { fromPlace: string }) => l.fromPlace)).toEqual(['Amsterdam (AMS)', 'Lima (LIM)', 'Madrid (MAD)']);
    });

    it('are written by logistics editors and read by the traveller themself', async () => {
      const t = await traveller();
      await addLeg(gw, t.id);
      const own = await participantUser(gw, t.personId);
      errorOf(await gw.graphql(ADD_LEG, { input: legInput(t.id) }, { token: own }), 'FORBIDDEN');
      errorOf(await gw.graphql(ADD_LEG, { input: legInput(t.id) }, { token: await gw.tokenFor(Role.VIEWER) }), 'FORBIDDEN');
      expect((await ok(gw, `query($id: ID!) { traveller(id: $id) { legs { carrier cost { amount } } } }`, { id: t.id }, { token: own })).legs).toEqual([{ carrier: 'KLM KL743', cost: null }]);
    });
  });

  describe("the tickets' machine", () => {
    it('books only a journey with a way in and a way home, saying what is missing', async () => {
      const t = await traveller();
      let res = await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      expect(errorOf(res, 'PHASE_RULE').extensions).toMatchObject({ from: 'REQUESTED', to: 'BOOKED', missing: ['INBOUND_LEG', 'OUTBOUND_LEG'] });
      await addLeg(gw, t.id);
      res = await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      expect(errorOf(res, 'PHASE_RULE')).toMatchObject({ message: 'A traveller needs an OUTBOUND leg (the journey home) before it is BOOKED', extensions: { missing: ['OUTBOUND_LEG'] } });
      await roundTripHome(t.id);
      const booked = await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      expect(booked).toMatchObject({ travelStatus: 'BOOKED', allowedNextTravelStatuses: ['TICKETED', 'REQUESTED'], travelHistory: [{ from: 'REQUESTED', to: 'BOOKED', reason: null }] });
    });

    it('tickets only with a booking reference on every leg, and never skips BOOKED', async () => {
      const t = await traveller();
      await roundTrip(gw, t.id);
      const domestic = await addLeg(gw, t.id, { direction: 'DOMESTIC', fromPlace: 'Lima (LIM)', toPlace: 'Ayacucho (AYP)', departLocal: '2025-05-14T07:00', departTimeZone: 'America/Lima', arriveLocal: '2025-05-14T08:05', arriveTimeZone: 'America/Lima', bookingReference: null });
      const skip = await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'TICKETED', v: t.version }, { token: editor });
      expect(errorOf(skip, 'PHASE_RULE').extensions).toMatchObject({ from: 'REQUESTED', to: 'TICKETED', allowed: ['BOOKED'] });
      const booked = await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      const res = await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'TICKETED', v: booked.version }, { token: editor });
      expect(errorOf(res, 'PHASE_RULE')).toMatchObject({
        message: 'A traveller needs a booking reference on every leg (missing on Lima (LIM) → Ayacucho (AYP)) before it is TICKETED',
        extensions: { missing: ['BOOKING_REFERENCE'] },
      });
      await ok(gw, UPDATE_LEG, { input: { id: domestic.id, version: domestic.version, bookingReference: 'LA2140' } }, { token: editor });
      expect((await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'TICKETED', v: booked.version }, { token: editor })).travelStatus).toBe('TICKETED');
    });

    it('goes back to REQUESTED only with a reason, kept in the history; a stale version is CONFLICT', async () => {
      const t = await traveller();
      await roundTrip(gw, t.id);
      const booked = await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      expect(fieldsOf(await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'REQUESTED', v: booked.version }, { token: editor }))).toEqual([
        { path: 'reason', message: 'is required to move a traveller from BOOKED to REQUESTED' },
      ]);
      const back = await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'REQUESTED', v: booked.version, reason: 'The route moved a week later' }, { token: editor });
      expect(back.travelHistory.map((h: { to: string; reason: string | null }) => [h.to, h.reason])).toEqual([
        ['BOOKED', null],
        ['REQUESTED', 'The route moved a week later'],
      ]);
      errorOf(await gw.graphql(CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: booked.version }, { token: editor }), 'CONFLICT');
    });

    it('keeps a booked journey from losing its way in or home through a leg change', async () => {
      const t = await traveller();
      const { inbound } = await roundTrip(gw, t.id);
      const booked = await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'BOOKED', v: t.version }, { token: editor });
      const removal = await gw.graphql(REMOVE_LEG, { id: inbound.id, v: inbound.version }, { token: editor });
      expect(errorOf(removal, 'PHASE_RULE')).toMatchObject({
        message: 'The traveller is BOOKED: their journey must keep an INBOUND leg (the journey to the host country). Move them back to REQUESTED (a change of plans) first',
        extensions: { missing: ['INBOUND_LEG'] },
      });
      errorOf(await gw.graphql(UPDATE_LEG, { input: { id: inbound.id, version: inbound.version, direction: 'DOMESTIC' } }, { token: editor }), 'PHASE_RULE');
      // Another INBOUND leg takes its place: then it may go.
      await addLeg(gw, t.id, { departLocal: '2025-05-11T10:30', arriveLocal: '2025-05-11T16:15' });
      expect(await ok(gw, REMOVE_LEG, { id: inbound.id, v: inbound.version }, { token: editor })).toBe(inbound.id);
      await ok(gw, CHANGE_TRAVEL, { id: t.id, to: 'REQUESTED', v: booked.version, reason: 'New dates' }, { token: editor });
      const legs = (await current(t.id)).legs as { id: string }[];
      const [{ version }] = await gw.dataSource.query(`SELECT version FROM travel_leg WHERE id = $1`, [legs[0].id]);
      expect(await ok(gw, REMOVE_LEG, { id: legs[0].id, v: version }, { token: editor })).toBe(legs[0].id);
    });
  });

  describe("the visa's machine", () => {
    it('applies only with the passport details the letter prints, then is granted or refused (with a reason) and applied for again', async () => {
      const t = await traveller();
      const refused = await gw.graphql(CHANGE_VISA, { id: t.id, to: 'APPLIED', v: t.version }, { token: editor });
      expect(errorOf(refused, 'PHASE_RULE')).toMatchObject({
        message: 'A traveller needs their passport number; their nationality; their date of birth before it is APPLIED',
        extensions: { missing: ['PASSPORT_NUMBER', 'NATIONALITY_CODE', 'DATE_OF_BIRTH'] },
      });
      const ready = await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, passportNumber: 'GT7654321', nationalityCode: 'GT', dateOfBirth: '1990-01-01' } }, { token: editor });
      const applied = await ok(gw, CHANGE_VISA, { id: t.id, to: 'APPLIED', v: ready.version }, { token: editor });
      expect(applied.allowedNextVisaStatuses).toEqual(['GRANTED', 'REFUSED', 'TO_APPLY']);
      expect(fieldsOf(await gw.graphql(CHANGE_VISA, { id: t.id, to: 'REFUSED', v: applied.version }, { token: editor }))[0].path).toBe('reason');
      const no = await ok(gw, CHANGE_VISA, { id: t.id, to: 'REFUSED', v: applied.version, reason: 'Bank statements missing' }, { token: editor });
      const again = await ok(gw, CHANGE_VISA, { id: t.id, to: 'APPLIED', v: no.version }, { token: editor });
      const granted = await ok(gw, CHANGE_VISA, { id: t.id, to: 'GRANTED', v: again.version }, { token: editor });
      expect(granted.visaHistory.map((h: { from: string; to: string; reason: string | null }) => [h.from, h.to, h.reason])).toEqual([
        ['TO_APPLY', 'APPLIED', null],
        ['APPLIED', 'REFUSED', 'Bank statements missing'],
        ['REFUSED', 'APPLIED', null],
        ['APPLIED', 'GRANTED', null],
      ]);
    });

    it('moves between NOT_NEEDED and TO_APPLY freely, never from a decision back to NOT_NEEDED, and undoes a grant by an admin only', async () => {
      const t = await traveller();
      const notNeeded = await ok(gw, CHANGE_VISA, { id: t.id, to: 'NOT_NEEDED', v: t.version }, { token: editor });
      const toApply = await ok(gw, CHANGE_VISA, { id: t.id, to: 'TO_APPLY', v: notNeeded.version }, { token: editor });
      const ready = await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: toApply.version, passportNumber: 'GT7654321', nationalityCode: 'GT', dateOfBirth: '1990-01-01' } }, { token: editor });
      const applied = await ok(gw, CHANGE_VISA, { id: t.id, to: 'APPLIED', v: ready.version }, { token: editor });
      const granted = await ok(gw, CHANGE_VISA, { id: t.id, to: 'GRANTED', v: applied.version }, { token: editor });
      expect(granted.allowedNextVisaStatuses).toEqual([]);
      expect(errorOf(await gw.graphql(CHANGE_VISA, { id: t.id, to: 'NOT_NEEDED', v: granted.version }, { token: admin }), 'PHASE_RULE').extensions).toMatchObject({ allowed: ['TO_APPLY'] });
      expect(errorOf(await gw.graphql(CHANGE_VISA, { id: t.id, to: 'TO_APPLY', v: granted.version, reason: 'New dates' }, { token: editor }), 'PHASE_RULE').message).toMatch(/^Only an admin/);
      expect((await ok(gw, CHANGE_VISA, { id: t.id, to: 'TO_APPLY', v: granted.version, reason: 'New dates beyond the visa' }, { token: admin })).visaStatus).toBe('TO_APPLY');
    });
  });

  /** The way home to a journey that has its way in. */
  async function roundTripHome(travellerId: string) {
    await addLeg(gw, travellerId, {
      direction: 'OUTBOUND',
      fromPlace: 'Lima (LIM)',
      departLocal: '2025-05-19T19:00',
      departTimeZone: 'America/Lima',
      toPlace: 'Amsterdam (AMS)',
      arriveLocal: '2025-05-20T13:50',
      arriveTimeZone: 'Europe/Amsterdam',
    });
  }
});

function legInput(travellerId: string, overrides: Record<string, unknown> = {}) {
  return {
    travellerId,
    direction: 'INBOUND',
    fromPlace: 'Amsterdam (AMS)',
    departLocal: '2025-05-10T10:30',
    departTimeZone: 'Europe/Amsterdam',
    toPlace: 'Lima (LIM)',
    arriveLocal: '2025-05-10T16:15',
    arriveTimeZone: 'America/Lima',
    carrier: 'KLM KL743',
    bookingReference: 'ABC123',
    ...overrides,
  };
}
