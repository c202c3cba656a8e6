import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, createOrganisation, createPerson, dataOf, errorOf, fieldsOf, ok } from './helpers';

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version name acronym type countryCode website } }`;
const DELETE_ORG = `mutation($id: ID!, $version: Int!) { deleteOrganisation(id: $id, version: $version) }`;
const ORGS = `query($filter: OrganisationFilter) { organisations(first: 100, filter: $filter) { totalCount edges { node { name } } } }`;
const CREATE_PERSON = `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`;
const UPDATE_PERSON = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id version givenName email phone organisation { name } } }`;
const DELETE_PERSON = `mutation($id: ID!, $version: Int!) { deletePerson(id: $id, version: $version) }`;
const PEOPLE = `query($filter: PersonFilter) { people(first: 100, filter: $filter) { totalCount edges { node { fullName } } } }`;

describe('organisations and people over the API', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  describe('organisations', () => {
    const tryCreate = (input: Record<string, unknown>) => gw.graphql(CREATE_ORG, { input: { name: 'Some org', type: 'NGO', ...input } }, { token: editor });

    it('creates an organisation and reads it back with its country', async () => {
      const { id } = await createOrganisation(gw, editor, { name: '  Ministry of Health  ', acronym: 'MINSA', type: 'GOVERNMENT', countryCode: 'PE', website: 'https://www.minsa.gob.pe' });
      const org = await ok(gw, `query($id: ID!) { organisation(id: $id) { name acronym type website country { code name } } }`, { id }, { token: editor, language: 'es' });
      expect(org).toEqual({ name: 'Ministry of Health', acronym: 'MINSA', type: 'GOVERNMENT', website: 'https://www.minsa.gob.pe', country: { code: 'PE', name: 'Perú' } });
    });

    it('refuses bad fields, each on its path', async () => {
      expect(fieldsOf(await tryCreate({ name: 'X' })).map((f) => f.path)).toEqual(['input.name']);
      expect(fieldsOf(await tryCreate({ website: 'www.example.org' }))).toEqual([{ path: 'input.website', message: 'must be a web address starting with http:// or https://' }]);
      expect(fieldsOf(await tryCreate({ countryCode: 'Peru' })).map((f) => f.path)).toEqual(['input.countryCode']);
      expect(fieldsOf(await tryCreate({ countryCode: 'ZZ' }))).toEqual([{ path: 'input.countryCode', message: 'no country has the code ZZ' }]);
    });

    it('answers NOT_FOUND for an unknown organisation', async () => {
      errorOf(await gw.graphql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
    });

    it('updates only what is sent and refuses a stale version', async () => {
      const { id } = await createOrganisation(gw, editor, { name: 'Alliance', acronym: 'CSA', type: 'CIVIL_SOCIETY_ALLIANCE', countryCode: 'SN' });
      const updated = await ok(gw, UPDATE_ORG, { input: { id, version: 1, acronym: null, countryCode: 'ML' } }, { token: editor });
      expect(updated).toEqual({ id, version: 2, name: 'Alliance', acronym: null, type: 'CIVIL_SOCIETY_ALLIANCE', countryCode: 'ML', website: null });
      errorOf(await gw.graphql(UPDATE_ORG, { input: { id, version: 1, name: 'Stale' } }, { token: editor }), 'CONFLICT');
      expect(fieldsOf(await gw.graphql(UPDATE_ORG, { input: { id, version: 2, countryCode: 'ZZ' } }, { token: editor })).map((f) => f.path)).toEqual(['input.countryCode']);
    });

    describe('listing', () => {
      beforeAll(async () => {
        await createOrganisation(gw, editor, { name: 'Filter Gov Kenya', type: 'GOVERNMENT', countryCode: 'KE' });
        await createOrganisation(gw, editor, { name: 'Filter NGO Kenya', acronym: 'FNK', type: 'NGO', countryCode: 'KE' });
        await createOrganisation(gw, editor, { name: 'Filter Donor', type: 'DONOR', countryCode: 'GB' });
        await createOrganisation(gw, editor, { name: 'Filter Academy', acronym: 'UNIQUEACR', type: 'ACADEMIA' });
      });

      const names = async (filter: Record<string, unknown>) =>
        (await ok(gw, ORGS, { filter }, { token: editor })).edges.map((e: { node: { name: string } }) => e.node.name);

      it('filters by types', async () => {
        expect(await names({ search: 'filter', types: ['GOVERNMENT', 'DONOR'] })).toEqual(['Filter Donor', 'Filter Gov Kenya']);
      });

      it('filters by country', async () => {
        expect(await names({ search: 'filter', countryCode: 'KE' })).toEqual(['Filter Gov Kenya', 'Filter NGO Kenya']);
      });

      it('searches name and acronym, case-insensitively, ordered by name', async () => {
        expect(await names({ search: 'FILTER' })).toEqual(['Filter Academy', 'Filter Donor', 'Filter Gov Kenya', 'Filter NGO Kenya']);
        expect(await names({ search: 'uniqueacr' })).toEqual(['Filter Academy']);
      });

      it('combines filters', async () => {
        expect(await names({ search: 'fnk', types: ['NGO'], countryCode: 'KE' })).toEqual(['Filter NGO Kenya']);
        expect(await names({ search: 'fnk', types: ['DONOR'] })).toEqual([]);
      });
    });

    describe('deleting', () => {
      it('refuses while a person works there, with CONFLICT', async () => {
        const org = await createOrganisation(gw, editor, { name: 'Employer' });
        await createPerson(gw, editor, { givenName: 'Emp', familyName: 'Loyee', organisationId: org.id });
        errorOf(await gw.graphql(DELETE_ORG, { id: org.id, version: 1 }, { token: editor }), 'CONFLICT');
        dataOf(await gw.graphql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id }, { token: editor }));
      });

      it('refuses while a programme refers to it, with CONFLICT', async () => {
        const org = await createOrganisation(gw, editor, { name: 'Funder', type: 'DONOR' });
        await createProgramme(gw, editor, { funderId: org.id });
        errorOf(await gw.graphql(DELETE_ORG, { id: org.id, version: 1 }, { token: editor }), 'CONFLICT');
      });

      it('deletes an organisation nobody refers to, and refuses a stale version', async () => {
        const org = await createOrganisation(gw, editor, { name: 'Short-lived' });
        dataOf(await gw.graphql(UPDATE_ORG, { input: { id: org.id, version: 1, name: 'Short-lived 2' } }, { token: editor }));
        errorOf(await gw.graphql(DELETE_ORG, { id: org.id, version: 1 }, { token: editor }), 'CONFLICT');
        expect(dataOf(await gw.graphql(DELETE_ORG, { id: org.id, version: 2 }, { token: editor }))['deleteOrganisation']).toBe(org.id);
        errorOf(await gw.graphql(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id }, { token: editor }), 'NOT_FOUND');
      });
    });
  });

  describe('people', () => {
    const tryCreate = (input: Record<string, unknown>) => gw.graphql(CREATE_PERSON, { input: { givenName: 'Ana', familyName: 'Test', ...input } }, { token: editor });

    it('creates a person and reads them back with organisation and country', async () => {
      const org = await createOrganisation(gw, editor, { name: 'Hunger Project', type: 'NGO' });
      const { id } = await createPerson(gw, editor, {
        givenName: ' Mariama ',
        familyName: 'Diallo',
        organisationId: org.id,
        countryCode: 'SN',
        gender: 'FEMALE',
        languages: ['fr', 'en', 'fr'],
        position: 'Nutrition officer',
        email: 'Mariama.Diallo@Example.org',
        phone: '+221 77 123 4567',
        contactConsent: true,
      });
      const person = await ok(
        gw,
        `query($id: ID!) { person(id: $id) { givenName familyName fullName gender languages position email phone organisation { name } country { code } } }`,
        { id },
        { token: editor },
      );
      expect(person).toEqual({
        givenName: 'Mariama',
        familyName: 'Diallo',
        fullName: 'Mariama Diallo',
        gender: 'FEMALE',
        languages: ['fr', 'en'],
        position: 'Nutrition officer',
        email: 'mariama.diallo@example.org',
        phone: '+221 77 123 4567',
        organisation: { name: 'Hunger Project' },
        country: { code: 'SN' },
      });
    });

    it('defaults gender to UNDISCLOSED and has no organisation or country', async () => {
      const { id } = await createPerson(gw, editor, { givenName: 'No', familyName: 'Details' });
      expect(await ok(gw, `query($id: ID!) { person(id: $id) { gender languages organisation { id } country { code } } }`, { id }, { token: editor })).toEqual({
        gender: 'UNDISCLOSED',
        languages: [],
        organisation: null,
        country: null,
      });
    });

    it('refuses bad fields, each on its path', async () => {
      expect(fieldsOf(await tryCreate({ email: 'not-an-email' }))).toEqual([{ path: 'input.email', message: 'must be an e-mail address' }]);
      expect(fieldsOf(await tryCreate({ phone: 'call me' }))).toEqual([{ path: 'input.phone', message: 'must be a phone number such as +51 1 234 5678' }]);
      expect(fieldsOf(await tryCreate({ languages: ['fr', 'ENG'] })).map((f) => f.path)).toEqual(['input.languages']);
      expect(fieldsOf(await tryCreate({ givenName: '' })).map((f) => f.path)).toEqual(['input.givenName']);
      expect(fieldsOf(await tryCreate({ organisationId: UNKNOWN_ID, countryCode: 'ZZ' })).map((f) => f.path)).toEqual(['input.countryCode', 'input.organisationId']);
    });

    it('refuses a second person with the same e-mail, whatever its case', async () => {
      await createPerson(gw, editor, { givenName: 'One', familyName: 'Mail', email: 'shared@example.org' });
      const error = errorOf(await tryCreate({ email: 'SHARED@example.org' }), 'CONFLICT');
      expect(error.message).toMatch(/email/);
      const rows = await gw.dataSource.query(`SELECT count(*)::int AS n FROM person WHERE email = 'shared@example.org'`);
      expect(rows[0].n).toBe(1);
    });

    it('updates only what is sent, can clear the e-mail, and refuses a stale version', async () => {
      const org = await createOrganisation(gw, editor, { name: 'Update Org' });
      const { id } = await createPerson(gw, editor, { givenName: 'Up', familyName: 'Date', email: 'up@example.org', phone: '+44 20 7946 0000', organisationId: org.id, contactConsent: true });
      const updated = await ok(gw, UPDATE_PERSON, { input: { id, version: 1, email: null } }, { token: editor });
      expect(updated).toEqual({ id, version: 2, givenName: 'Up', email: null, phone: '+44 20 7946 0000', organisation: { name: 'Update Org' } });
      errorOf(await gw.graphql(UPDATE_PERSON, { input: { id, version: 1, givenName: 'Stale' } }, { token: editor }), 'CONFLICT');
      const renamed = await ok(gw, UPDATE_PERSON, { input: { id, version: 2, email: 'New@Example.org', organisationId: null } }, { token: editor });
      expect(renamed).toMatchObject({ email: 'new@example.org', organisation: null });
    });

    it('deletes a person with the current version', async () => {
      const { id } = await createPerson(gw, editor, { givenName: 'Gone', familyName: 'Soon' });
      errorOf(await gw.graphql(DELETE_PERSON, { id, version: 2 }, { token: editor }), 'CONFLICT');
      expect(dataOf(await gw.graphql(DELETE_PERSON, { id, version: 1 }, { token: editor }))['deletePerson']).toBe(id);
      errorOf(await gw.graphql(`query($id: ID!) { person(id: $id) { id } }`, { id }, { token: editor }), 'NOT_FOUND');
    });

    describe('listing', () => {
      let orgId: string;
      beforeAll(async () => {
        orgId = (await createOrganisation(gw, editor, { name: 'People filter org' })).id;
        await createPerson(gw, editor, { givenName: 'Zoila', familyName: 'Quispe', languages: ['es', 'qu'], countryCode: 'PE', organisationId: orgId });
        await createPerson(gw, editor, { givenName: 'Zacharie', familyName: 'Quenum', languages: ['fr'], countryCode: 'BJ' });
        await createPerson(gw, editor, { givenName: 'Zawadi', familyName: 'Quaye', languages: ['en', 'sw'], countryCode: 'KE', organisationId: orgId });
      });

      const names = async (filter: Record<string, unknown>) =>
        (await ok(gw, PEOPLE, { filter }, { token: editor })).edges.map((e: { node: { fullName: string } }) => e.node.fullName);

      it('searches given and family names, ordered by family name', async () => {
        expect(await names({ search: 'qu' })).toEqual(expect.arrayContaining(['Zawadi Quaye', 'Zacharie Quenum', 'Zoila Quispe']));
        expect(await names({ search: 'zoila quis' })).toEqual(['Zoila Quispe']);
        expect((await names({ search: ' Z' })).filter((n: string) => n.startsWith('Z'))).toEqual(['Zawadi Quaye', 'Zacharie Quenum', 'Zoila Quispe']);
      });

      it('filters by a language they speak', async () => {
        expect(await names({ language: 'sw' })).toEqual(['Zawadi Quaye']);
        expect(await names({ language: 'fr', search: 'Z' })).toEqual(['Zacharie Quenum']);
      });

      it('refuses a language filter that is not an ISO 639-1 code, on its path', async () => {
        expect(fieldsOf(await gw.graphql(PEOPLE, { filter: { language: 'French' } }, { token: editor })).map((f) => f.path)).toEqual(['filter.language']);
      });

      it('filters by organisation and by country', async () => {
        expect(await names({ organisationId: orgId })).toEqual(['Zawadi Quaye', 'Zoila Quispe']);
        expect(await names({ countryCode: 'BJ' })).toEqual(['Zacharie Quenum']);
      });
    });
  });

  it('lets an admin do what an editor does', async () => {
    const org = await createOrganisation(gw, admin, { name: 'Admin org' });
    expect(org.version).toBe(1);
  });
});
