import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createApiKey, createPerson, createRoute, errorOf, fieldsOf, logisticsEditor, ok, startLogisticsGateway, UNKNOWN_ID } from './helpers';
import { ADD_TRAVELLER, addLeg, joinRouteTeam, participantUser, selectOnRoute, TRAVELLER_FIELDS, travellerOnRoute, UPDATE_TRAVELLER } from './travel-helpers';

const TRAVELLER = `query($id: ID!) { traveller(id: $id) { ${TRAVELLER_FIELDS} delegationCountry { code } person { id familyName } visaLetterUrl } }`;
const TRAVELLERS = `query($first: Int!, $after: String, $filter: TravellerFilter) {
  travellers(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id personId person { familyName } } } } }`;
const ROUTE_TRAVELLERS = `query($id: ID!) { route(id: $id) { travellers { id personId } } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removeTraveller(id: $id, version: $v) }`;

describe('travellers', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
    editor = await logisticsEditor(gw);
  });
  afterAll(() => gw?.close());

  describe('are added', () => {
    it('for a SELECTED participant: requested, a visa to apply for, their kind and delegation country, the letter in their language', async () => {
      const route = await createRoute(gw);
      const { personId } = await selectOnRoute(gw, route.id, { countryCode: 'BJ', person: { languages: ['yo', 'fr', 'en'] } });
      const added = await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId, notes: '  Vegetarian meals  ' } }, { token: editor });
      expect(added).toMatchObject({ routeId: route.id, personId, travelStatus: 'REQUESTED', visaStatus: 'TO_APPLY', letterLanguage: 'FR', kind: 'PARTICIPANT', notes: 'Vegetarian meals', hasPassportDetails: false });
      expect(added.missingPassportDetails).toEqual(['passportNumber', 'nationalityCode', 'dateOfBirth']);
      const read = await ok(gw, TRAVELLER, { id: added.id }, { token: editor });
      expect(read.delegationCountry).toEqual({ code: 'BJ' });
      expect(read.visaLetterUrl).toBe(`/logistics/travellers/${added.id}/visa-letter.pdf`);
    });

    it('for a member of the route team, without a delegation country', async () => {
      const route = await createRoute(gw);
      const personId = await createPerson(gw);
      await joinRouteTeam(gw, route.id, personId);
      const added = await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId } }, { token: editor });
      expect(added.kind).toBe('TEAM');
      expect((await ok(gw, TRAVELLER, { id: added.id }, { token: editor })).delegationCountry).toBeNull();
    });

    it('with no visa to get when the passport is the host country’s', async () => {
      const route = await createRoute(gw);
      const { personId } = await selectOnRoute(gw, route.id);
      expect((await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId, nationalityCode: 'PE' } }, { token: editor })).visaStatus).toBe('NOT_NEEDED');
    });

    it('never for someone who does not travel on the route, nor twice', async () => {
      const route = await createRoute(gw);
      const stranger = await createPerson(gw);
      expect(fieldsOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: route.id, personId: stranger } }, { token: editor }))).toEqual([
        { path: 'input.personId', message: 'is neither a SELECTED participant nor a member of the route team of this route' },
      ]);
      // Nominated is not selected.
      const nominated = await createPerson(gw);
      const delegation = await ok(gw, `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`, { input: { routeId: route.id, name: 'Benin', kind: 'NATIONAL_TEAM', countryCode: 'BJ' } }, { token: admin });
      await ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId: delegation.id, personId: nominated, sector: 'UN' } }, { token: admin });
      expect(fieldsOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: route.id, personId: nominated } }, { token: editor }))[0].path).toBe('input.personId');

      const { personId } = await selectOnRoute(gw, route.id, { delegationId: delegation.id });
      await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId } }, { token: editor });
      expect(fieldsOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: route.id, personId } }, { token: editor }))).toEqual([
        { path: 'input.personId', message: 'already has a traveller record on this route' },
      ]);
    });

    it('naming an unknown route or person on its field', async () => {
      const route = await createRoute(gw);
      expect(fieldsOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: UNKNOWN_ID, personId: UNKNOWN_ID } }, { token: editor }))).toEqual([
        { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
        { path: 'input.personId', message: `no person has the id ${UNKNOWN_ID}` },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: route.id, personId: UNKNOWN_ID } }, { token: editor }))).toEqual([
        { path: 'input.personId', message: `no person has the id ${UNKNOWN_ID}` },
      ]);
    });

    it('by logistics editors and admins only', async () => {
      const route = await createRoute(gw);
      const { personId } = await selectOnRoute(gw, route.id);
      for (const token of [await gw.tokenFor(Role.VIEWER), await gw.tokenFor(Role.EDITOR, ['delegations'])]) {
        errorOf(await gw.graphql(ADD_TRAVELLER, { input: { routeId: route.id, personId } }, { token }), 'FORBIDDEN');
      }
    });
  });

  it("prefill passport details from the person's latest trip, but not a passport that expires before the new route ends", async () => {
    const earlier = await createRoute(gw, { startDate: '2024-03-04', endDate: '2024-03-11' });
    const first = await travellerOnRoute(gw, earlier.id);
    await ok(
      gw,
      UPDATE_TRAVELLER,
      { input: { id: first.id, version: first.version, passportNumber: 'GT1234567', passportExpiry: '2029-01-31', nationalityCode: 'GT', dateOfBirth: '1980-04-02', letterLanguage: 'ES', insurance: 'Allianz 1' } },
      { token: admin },
    );
    const again = await createRoute(gw, { startDate: '2025-05-12', endDate: '2025-05-19' });
    await selectOnRoute(gw, again.id, { personId: first.personId });
    const second = await ok(gw, ADD_TRAVELLER, { input: { routeId: again.id, personId: first.personId } }, { token: admin });
    expect(second).toMatchObject({ passportNumber: 'GT1234567', passportExpiry: '2029-01-31', nationalityCode: 'GT', dateOfBirth: '1980-04-02', letterLanguage: 'ES', insurance: null, hasPassportDetails: true });

    // A later route, after that passport expires: nationality and birth date still come along.
    const later = await createRoute(gw, { startDate: '2029-06-04', endDate: '2029-06-11' });
    await selectOnRoute(gw, later.id, { personId: first.personId });
    const third = await ok(gw, `mutation($r: ID!) { addRouteTravellers(routeId: $r) { ${TRAVELLER_FIELDS} } }`, { r: later.id }, { token: admin });
    expect(third).toEqual([expect.objectContaining({ passportNumber: null, passportExpiry: null, nationalityCode: 'GT', dateOfBirth: '1980-04-02', missingPassportDetails: ['passportNumber'] })]);
  });

  it('are added for everyone who travels and has no record yet, once', async () => {
    const route = await createRoute(gw);
    const a = await selectOnRoute(gw, route.id, { countryCode: 'TZ' });
    const b = await selectOnRoute(gw, route.id, { countryCode: 'TZ', delegationId: a.delegationId });
    const lead = await createPerson(gw);
    await joinRouteTeam(gw, route.id, lead);
    await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId: a.personId } }, { token: editor });
    const made = await ok(gw, `mutation($r: ID!) { addRouteTravellers(routeId: $r) { personId kind } }`, { r: route.id }, { token: editor });
    expect(made).toEqual(expect.arrayContaining([{ personId: b.personId, kind: 'PARTICIPANT' }, { personId: lead, kind: 'TEAM' }]));
    expect(made).toHaveLength(2);
    expect(await ok(gw, `mutation($r: ID!) { addRouteTravellers(routeId: $r) { id } }`, { r: route.id }, { token: editor })).toEqual([]);
    errorOf(await gw.graphql(`mutation($r: ID!) { addRouteTravellers(routeId: $r) { id } }`, { r: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });

  describe('are updated', () => {
    it('with passport numbers written as people type them', async () => {
      const route = await createRoute(gw);
      const t = await travellerOnRoute(gw, route.id);
      const updated = await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, passportNumber: ' ab 123-4567 ', insuredUntil: '2025-05-25', letterLanguage: 'FR' } }, { token: admin });
      expect(updated).toMatchObject({ passportNumber: 'AB1234567', insuredUntil: '2025-05-25', letterLanguage: 'FR', version: t.version + 1 });
      const cleared = await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: updated.version, passportNumber: null, notes: '   ' } }, { token: admin });
      expect(cleared).toMatchObject({ passportNumber: null, notes: null, insuredUntil: '2025-05-25' });
    });

    it('refusing every bad field at once, each on its path', async () => {
      const route = await createRoute(gw, { startDate: '2025-05-12', endDate: '2025-05-19' });
      const t = await travellerOnRoute(gw, route.id);
      const res = await gw.graphql(
        UPDATE_TRAVELLER,
        { input: { id: t.id, version: t.version, passportNumber: 'A1', passportExpiry: '2025-05-19', nationalityCode: 'XX', dateOfBirth: '2999-01-01' } },
        { token: editor },
      );
      expect(fieldsOf(res)).toEqual([
        { path: 'input.passportNumber', message: 'must be 5 to 20 letters and digits (spaces and hyphens are left out)' },
        { path: 'input.passportExpiry', message: "must be after the route's end date (2025-05-19): the passport must be valid for the whole trip" },
        { path: 'input.nationalityCode', message: 'no country has the code XX' },
        { path: 'input.dateOfBirth', message: 'must be in the past' },
      ]);
      expect(constraintsOf(res)).toEqual([
        { path: 'input.passportNumber', constraint: 'passportNumberFormat' },
        { path: 'input.passportExpiry', constraint: 'passportValidForTrip' },
        { path: 'input.nationalityCode', constraint: undefined },
        { path: 'input.dateOfBirth', constraint: 'inPast' },
      ]);
      // Nothing was saved.
      expect((await ok(gw, TRAVELLER, { id: t.id }, { token: admin })).version).toBe(t.version);
      expect(fieldsOf(await gw.graphql(UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, dateOfBirth: '1990-02-30' } }, { token: editor }))[0]).toMatchObject({
        path: 'input.dateOfBirth',
      });
    });

    it('at the version read only', async () => {
      const route = await createRoute(gw);
      const t = await travellerOnRoute(gw, route.id);
      await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, insurance: 'AXA 1' } }, { token: editor });
      errorOf(await gw.graphql(UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, insurance: 'AXA 2' } }, { token: editor }), 'CONFLICT');
    });
  });

  it('are removed with their legs and history, at the version read', async () => {
    const route = await createRoute(gw);
    const t = await travellerOnRoute(gw, route.id);
    const leg = await addLeg(gw, t.id);
    errorOf(await gw.graphql(REMOVE, { id: t.id, v: t.version + 5 }, { token: editor }), 'CONFLICT');
    expect(await ok(gw, REMOVE, { id: t.id, v: t.version }, { token: editor })).toBe(t.id);
    errorOf(await gw.graphql(TRAVELLER, { id: t.id }, { token: editor }), 'NOT_FOUND');
    const [{ legs }] = await gw.dataSource.query(`SELECT count(*)::int AS legs FROM travel_leg WHERE traveller_id = $1`, [t.id]);
    expect(legs).toBe(0);
    // The leg went one by one through the audit trail, not silently with a foreign key's cascade.
    const [{ deleted }] = await gw.dataSource.query(`SELECT count(*)::int AS deleted FROM audit_entry WHERE entity_type = 'TravelLeg' AND entity_id = $1 AND action = 'DELETE'`, [leg.id]);
    expect(deleted).toBe(1);
  });

  describe('passport data', () => {
    it('is read by admins and the person themself; editors see only whether it is complete', async () => {
      const route = await createRoute(gw);
      const t = await travellerOnRoute(gw, route.id, 'GT', { passportNumber: 'P9876543', passportExpiry: '2030-01-01', nationalityCode: 'GT', dateOfBirth: '1985-07-14' });
      const fields = `query($id: ID!) { traveller(id: $id) { passportNumber passportExpiry nationalityCode dateOfBirth hasPassportDetails } }`;
      const full = { passportNumber: 'P9876543', passportExpiry: '2030-01-01', nationalityCode: 'GT', dateOfBirth: '1985-07-14', hasPassportDetails: true };
      const hidden = { passportNumber: null, passportExpiry: null, nationalityCode: null, dateOfBirth: null, hasPassportDetails: true };
      expect(await ok(gw, fields, { id: t.id }, { token: admin })).toEqual(full);
      expect(await ok(gw, fields, { id: t.id }, { token: await participantUser(gw, t.personId) })).toEqual(full);
      expect(await ok(gw, fields, { id: t.id }, { token: editor })).toEqual(hidden);
      expect(await ok(gw, fields, { id: t.id }, { token: await gw.tokenFor(Role.VIEWER) })).toEqual(hidden);
    });
  });

  describe('are read', () => {
    it('by a participant: their own record only, everywhere', async () => {
      const route = await createRoute(gw);
      const mine = await travellerOnRoute(gw, route.id, 'GT');
      const other = await travellerOnRoute(gw, route.id, 'BJ');
      const token = await participantUser(gw, mine.personId);
      const list = await ok(gw, TRAVELLERS, { first: 10, filter: { routeId: route.id } }, { token });
      expect(list.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([mine.id]);
      expect(list.totalCount).toBe(1);
      errorOf(await gw.graphql(TRAVELLER, { id: other.id }, { token }), 'NOT_FOUND');
      expect((await ok(gw, TRAVELLER, { id: mine.id }, { token })).visaLetterUrl).toBe(`/logistics/travellers/${mine.id}/visa-letter.pdf`);
      expect((await ok(gw, ROUTE_TRAVELLERS, { id: route.id }, { token })).travellers).toEqual([{ id: mine.id, personId: mine.personId }]);
      // Others see both, but may not download letters.
      const viewer = await gw.tokenFor(Role.VIEWER);
      expect((await ok(gw, ROUTE_TRAVELLERS, { id: route.id }, { token: viewer })).travellers).toHaveLength(2);
      expect((await ok(gw, TRAVELLER, { id: other.id }, { token: viewer })).visaLetterUrl).toBeNull();
    });

    it('by partners: never (travel is internal)', async () => {
      const route = await createRoute(gw);
      const t = await travellerOnRoute(gw, route.id);
      const { key } = await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA']);
      expect((await ok(gw, TRAVELLERS, { first: 10, filter: { routeId: route.id } }, { apiKey: key })).totalCount).toBe(0);
      errorOf(await gw.graphql(TRAVELLER, { id: t.id }, { apiKey: key }), 'NOT_FOUND');
      expect((await ok(gw, ROUTE_TRAVELLERS, { id: route.id }, { apiKey: key })).travellers).toBeNull();
    });

    it('filtered by statuses, missing passport details and name (accents ignored), a page at a time by family name', async () => {
      const route = await createRoute(gw);
      const ids: Record<string, string> = {};
      for (const [family, country] of [
        ['Ñáñez', 'GT'],
        ['Abara', 'BJ'],
        ['Mwakyusa', 'TZ'],
      ] as const) {
        const { personId } = await selectOnRoute(gw, route.id, { countryCode: country, person: { familyName: family } });
        ids[family] = (await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId, ...(family === 'Abara' ? { passportNumber: 'BJ1234567', nationalityCode: 'BJ', dateOfBirth: '1979-01-01' } : {}) } }, { token: admin })).id;
      }
      await ok(gw, `mutation($id: ID!) { changeVisaStatus(travellerId: $id, toStatus: NOT_NEEDED, version: 1) { id } }`, { id: ids['Ñáñez'] }, { token: editor });
      const names = async (filter: Record<string, unknown>) =>
        (await ok(gw, TRAVELLERS, { first: 10, filter: { routeId: route.id, ...filter } }, { token: editor })).edges.map((e: { node: { person: { familyName: string } } }) => e.node.person.familyName);
      expect(await names({})).toEqual(['Abara', 'Mwakyusa', 'Ñáñez']);
      expect(await names({ search: 'nanez' })).toEqual(['Ñáñez']);
      expect(await names({ visaStatus: 'NOT_NEEDED' })).toEqual(['Ñáñez']);
      expect(await names({ visaStatus: 'TO_APPLY', travelStatus: 'REQUESTED' })).toEqual(['Abara', 'Mwakyusa']);
      expect(await names({ missingPassport: true })).toEqual(['Mwakyusa', 'Ñáñez']);
      expect(await names({ missingPassport: false })).toEqual(['Abara']);
      const first = await ok(gw, TRAVELLERS, { first: 2, filter: { routeId: route.id } }, { token: editor });
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await ok(gw, TRAVELLERS, { first: 2, after: first.pageInfo.endCursor, filter: { routeId: route.id } }, { token: editor });
      expect(next.edges.map((e: { node: { person: { familyName: string } } }) => e.node.person.familyName)).toEqual(['Ñáñez']);
      expect(next.pageInfo.hasNextPage).toBe(false);
    });
  });

  it('say when the person no longer travels (withdrawn): kind null', async () => {
    const route = await createRoute(gw);
    const selected = await selectOnRoute(gw, route.id);
    const t = await ok(gw, ADD_TRAVELLER, { input: { routeId: route.id, personId: selected.personId } }, { token: admin });
    await ok(gw, `mutation($id: ID!, $v: Int!) { withdrawParticipant(participantId: $id, version: $v, reason: "Illness") { withdrawn { id } } }`, { id: selected.participantId, v: selected.participantVersion }, { token: admin });
    expect((await ok(gw, TRAVELLER, { id: t.id }, { token: editor })).kind).toBeNull();
  });
});
