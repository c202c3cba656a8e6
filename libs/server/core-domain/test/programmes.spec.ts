import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, createOrganisation, createThematicArea, dataOf, errorOf, fieldsOf, ok } from './helpers';

const CREATE = `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id version } }`;
const UPDATE = `mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id version name startDate endDate maxRouteDays funder { id } budget { amount currency } } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteProgramme(id: $id, version: $version) }`;
const PROGRAMME = `query($id: ID!) {
  programme(id: $id) {
    name nameTranslations { en fr es } objectives startDate endDate maxRouteDays
    budget { amount currency minorUnits }
    funder { name } coordinator { name } facilitator { name }
    thematicAreas { code }
    routes { title startDate }
  }
}`;
const PROGRAMMES = `query($first: Int!, $filter: ProgrammeFilter) { programmes(first: $first, filter: $filter) { totalCount edges { node { id name } } } }`;

describe('programmes over the API', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  const tryCreate = (input: Record<string, unknown>) =>
    gw.graphql(CREATE, { input: { name: { en: 'Programme' }, startDate: '2014-01-01', endDate: '2014-12-31', ...input } }, { token: editor });
  const version = async (id: string) => (await ok(gw, `query($id: ID!) { programme(id: $id) { version } }`, { id }, { token: editor })).version as number;

  it('creates a programme with its organisations, budget and areas, and reads it back', async () => {
    const funder = await createOrganisation(gw, editor, { name: 'UK Aid', type: 'DONOR', countryCode: 'GB' });
    const coordinator = await createOrganisation(gw, editor, { name: 'SUN Movement Secretariat', type: 'UN_AGENCY' });
    const facilitator = await createOrganisation(gw, editor, { name: 'PROCASUR', type: 'FACILITATOR' });
    const area = await createThematicArea(gw, editor, 'budget-tracking', { en: 'Budget tracking' });
    const id = await createProgramme(gw, editor, {
      name: { en: 'SUN Learning Routes', fr: 'Routes d’apprentissage SUN' },
      objectives: { en: 'Share what works' },
      funderId: funder.id,
      coordinatorId: coordinator.id,
      facilitatorId: facilitator.id,
      budget: { amount: '1009038', currency: 'GBP' },
      thematicAreaIds: [area.id, area.id],
      maxRouteDays: 6,
    });
    await createRoute(gw, editor, { programmeId: id, title: { en: 'Second' }, startDate: '2014-09-01', endDate: '2014-09-03' });
    await createRoute(gw, editor, { programmeId: id, title: { en: 'First' }, startDate: '2014-03-01', endDate: '2014-03-03' });

    expect(await ok(gw, PROGRAMME, { id }, { token: editor, language: 'fr' })).toEqual({
      name: 'Routes d’apprentissage SUN',
      nameTranslations: { en: 'SUN Learning Routes', fr: 'Routes d’apprentissage SUN', es: null },
      objectives: 'Share what works',
      startDate: '2014-01-01',
      endDate: '2014-12-31',
      maxRouteDays: 6,
      budget: { amount: '1009038.00', currency: 'GBP', minorUnits: '100903800' },
      funder: { name: 'UK Aid' },
      coordinator: { name: 'SUN Movement Secretariat' },
      facilitator: { name: 'PROCASUR' },
      thematicAreas: [{ code: 'budget-tracking' }],
      routes: [
        { title: 'First', startDate: '2014-03-01' },
        { title: 'Second', startDate: '2014-09-01' },
      ],
    });
  });

  it('applies its own route length limit', async () => {
    const id = await createProgramme(gw, editor, { maxRouteDays: 3 });
    const res = await gw.graphql(
      `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
      { input: { programmeId: id, title: { en: 'Long' }, hostCountryCode: 'PE', workingLanguages: ['EN'], startDate: '2014-06-01', endDate: '2014-06-04' } },
      { token: editor },
    );
    expect(fieldsOf(res)).toEqual([{ path: 'input.endDate', message: 'a route lasts at most 3 days on the ground; this one lasts 4' }]);
  });

  it('defaults to 8 days on the ground and no budget', async () => {
    const id = await createProgramme(gw, editor);
    expect(await ok(gw, `query($id: ID!) { programme(id: $id) { maxRouteDays budget { amount } funder { id } routes { id } } }`, { id }, { token: editor })).toEqual({
      maxRouteDays: 8,
      budget: null,
      funder: null,
      routes: [],
    });
  });

  describe('field validation', () => {
    it('refuses a name with no language on input.name', async () => {
      expect(fieldsOf(await tryCreate({ name: { fr: ' ' } }))).toEqual([{ path: 'input.name', message: 'needs a text in at least one language (en, fr or es)' }]);
    });

    it('refuses an impossible date and an end before the start', async () => {
      expect(fieldsOf(await tryCreate({ startDate: '2014-02-30' })).map((f) => f.path)).toEqual(['input.startDate']);
      expect(fieldsOf(await tryCreate({ startDate: '2014-06-01', endDate: '2014-05-31' }))).toEqual([{ path: 'input.endDate', message: 'must be on or after the start date' }]);
    });

    it('names each unknown organisation and thematic area', async () => {
      const fields = fieldsOf(await tryCreate({ funderId: UNKNOWN_ID, facilitatorId: UNKNOWN_ID, thematicAreaIds: [UNKNOWN_ID] }));
      expect(fields.map((f) => f.path)).toEqual(['input.funderId', 'input.facilitatorId', 'input.thematicAreaIds.0']);
      expect(fields[0].message).toBe(`no organisation has the id ${UNKNOWN_ID}`);
    });

    it('refuses a malformed organisation id on its field', async () => {
      expect(fieldsOf(await tryCreate({ coordinatorId: 'procasur' })).map((f) => f.path)).toEqual(['input.coordinatorId']);
    });

    it('refuses a budget with more decimals than its currency has', async () => {
      expect(fieldsOf(await tryCreate({ budget: { amount: '10.5', currency: 'JPY' } }))).toEqual([{ path: 'input.budget.amount', message: 'JPY has 0 decimal places' }]);
      expect(fieldsOf(await tryCreate({ budget: { amount: '10.123', currency: 'GBP' } })).map((f) => f.path)).toEqual(['input.budget.amount']);
    });

    it('refuses a badly written amount or currency', async () => {
      expect(fieldsOf(await tryCreate({ budget: { amount: '-5', currency: 'GBP' } })).map((f) => f.path)).toEqual(['input.budget.amount']);
      expect(fieldsOf(await tryCreate({ budget: { amount: '5', currency: 'gbp' } })).map((f) => f.path)).toEqual(['input.budget.currency']);
    });

    it('refuses a currency that is not in ISO 4217', async () => {
      expect(fieldsOf(await tryCreate({ budget: { amount: '5', currency: 'ABC' } }))).toEqual([{ path: 'input.budget.currency', message: 'ABC is not an ISO 4217 currency' }]);
    });

    it('keeps maxRouteDays within 1-60', async () => {
      expect(fieldsOf(await tryCreate({ maxRouteDays: 0 })).map((f) => f.path)).toEqual(['input.maxRouteDays']);
      expect(fieldsOf(await tryCreate({ maxRouteDays: 61 })).map((f) => f.path)).toEqual(['input.maxRouteDays']);
    });

    it('checks an updated end date against the stored start date', async () => {
      const id = await createProgramme(gw, editor);
      const res = await gw.graphql(UPDATE, { input: { id, version: 1, endDate: '2013-12-31' } }, { token: editor });
      expect(fieldsOf(res)).toEqual([{ path: 'input.endDate', message: 'must be on or after the start date' }]);
    });
  });

  it('answers NOT_FOUND for an unknown programme', async () => {
    const res = await gw.graphql(`query($id: ID!) { programme(id: $id) { id } }`, { id: UNKNOWN_ID }, { token: editor });
    expect(errorOf(res, 'NOT_FOUND').extensions).toMatchObject({ entity: 'Programme', id: UNKNOWN_ID });
    errorOf(await gw.graphql(`query($id: ID!) { programme(id: $id) { id } }`, { id: '12' }, { token: editor }), 'NOT_FOUND');
  });

  describe('updates', () => {
    it('changes only what is sent, and can clear a reference with null', async () => {
      const funder = await createOrganisation(gw, editor, { name: 'Funder to drop', type: 'DONOR' });
      const id = await createProgramme(gw, editor, { name: { en: 'Keep name' }, funderId: funder.id, budget: { amount: '100', currency: 'USD' } });
      const updated = await ok(gw, UPDATE, { input: { id, version: 1, funderId: null, maxRouteDays: 10 } }, { token: editor });
      expect(updated).toEqual({ id, version: 2, name: 'Keep name', startDate: '2014-01-01', endDate: '2014-12-31', maxRouteDays: 10, funder: null, budget: { amount: '100.00', currency: 'USD' } });
      const cleared = await ok(gw, UPDATE, { input: { id, version: 2, budget: null } }, { token: editor });
      expect(cleared.budget).toBeNull();
    });

    it('refuses a stale version with CONFLICT and keeps the first change', async () => {
      const id = await createProgramme(gw, editor, { name: { en: 'Before' } });
      dataOf(await gw.graphql(UPDATE, { input: { id, version: 1, name: { en: 'First' } } }, { token: editor }));
      errorOf(await gw.graphql(UPDATE, { input: { id, version: 1, name: { en: 'Second' } } }, { token: admin }), 'CONFLICT');
      expect((await ok(gw, PROGRAMME, { id }, { token: editor })).name).toBe('First');
    });
  });

  describe('deleting', () => {
    it('refuses to delete a programme that has routes, and keeps both', async () => {
      const id = await createProgramme(gw, editor, { name: { en: 'Busy programme' } });
      const route = await createRoute(gw, editor, { programmeId: id });
      const error = errorOf(await gw.graphql(DELETE, { id, version: 1 }, { token: admin }), 'CONFLICT');
      expect(error.message).not.toMatch(/internal/i);
      expect((await ok(gw, PROGRAMME, { id }, { token: editor })).routes).toHaveLength(1);
      const rows = await gw.dataSource.query(`SELECT id FROM learning_route WHERE id = $1`, [route.id]);
      expect(rows).toHaveLength(1);
    });

    it('deletes a programme without routes', async () => {
      const id = await createProgramme(gw, editor);
      expect(dataOf(await gw.graphql(DELETE, { id, version: 1 }, { token: editor }))['deleteProgramme']).toBe(id);
      errorOf(await gw.graphql(`query($id: ID!) { programme(id: $id) { id } }`, { id }, { token: editor }), 'NOT_FOUND');
    });

    it('refuses a delete with a stale version', async () => {
      const id = await createProgramme(gw, editor);
      dataOf(await gw.graphql(UPDATE, { input: { id, version: 1, maxRouteDays: 5 } }, { token: editor }));
      errorOf(await gw.graphql(DELETE, { id, version: 1 }, { token: editor }), 'CONFLICT');
      expect(await version(id)).toBe(2);
    });
  });

  describe('listing', () => {
    let areaId: string;
    let orgId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      areaId = (await createThematicArea(gw, editor, 'listing-area')).id;
      orgId = (await createOrganisation(gw, editor, { name: 'Listing coordinator', type: 'NGO' })).id;
      ids['old'] = await createProgramme(gw, editor, { name: { en: 'Zeta old', es: 'Programa antiguo' }, startDate: '2010-01-01', endDate: '2010-12-31', thematicAreaIds: [areaId] });
      ids['new'] = await createProgramme(gw, editor, { name: { en: 'Zeta new', fr: 'Programme nouveau' }, startDate: '2020-01-01', endDate: '2020-12-31', coordinatorId: orgId });
      ids['undated'] = await createProgramme(gw, editor, { name: { en: 'Zeta undated' }, startDate: null, endDate: null, facilitatorId: orgId });
    });

    async function list(filter: Record<string, unknown>) {
      const conn = await ok(gw, PROGRAMMES, { first: 100, filter }, { token: editor });
      return conn.edges.map((e: { node: { id: string } }) => Object.keys(ids).find((k) => ids[k] === e.node.id)).filter(Boolean);
    }

    it('lists the most recent first, undated last', async () => {
      expect(await list({ search: 'zeta' })).toEqual(['new', 'old', 'undated']);
    });

    it('searches names in any language', async () => {
      expect(await list({ search: 'nouveau' })).toEqual(['new']);
      expect(await list({ search: 'ANTIGUO' })).toEqual(['old']);
    });

    it('filters by thematic area and by organisation in any role', async () => {
      expect(await list({ thematicAreaId: areaId })).toEqual(['old']);
      expect(await list({ organisationId: orgId })).toEqual(['new', 'undated']);
    });

    it('counts every match', async () => {
      const conn = await ok(gw, PROGRAMMES, { first: 1, filter: { search: 'zeta' } }, { token: editor });
      expect(conn.totalCount).toBe(3);
      expect(conn.edges).toHaveLength(1);
    });
  });
});
