import { Role } from '@lr/server-core';
import type { RequestOptions, TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { createApiKey, createPerson, errorOf, ok } from './helpers';

const PERSON = `query($id: ID!) { person(id: $id) { fullName email phone } }`;
const PEOPLE = `query { people(first: 100, filter: { search: "Private" }) { edges { node { fullName email phone } } } }`;
const CONTACT = { email: 'rosa.private@example.org', phone: '+51 1 234 5678' };
const HIDDEN = { email: null, phone: null };

describe('personal data of people', () => {
  let gw: TestGateway;
  let admin: string;
  let personId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    ({ id: personId } = await createPerson(gw, admin, { givenName: 'Rosa', familyName: 'Private', ...CONTACT }));
  });
  afterAll(() => gw.close());

  async function contactSeenWith(options: RequestOptions) {
    const person = await ok(gw, PERSON, { id: personId }, options);
    const listed = (await ok(gw, PEOPLE, {}, options)).edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([person]);
    expect(person.fullName).toBe('Rosa Private');
    return { email: person.email, phone: person.phone };
  }

  describe('signed-in users', () => {
    it('shows e-mail and phone to an admin', async () => {
      expect(await contactSeenWith({ token: admin })).toEqual(CONTACT);
    });

    it('shows e-mail and phone to an editor', async () => {
      expect(await contactSeenWith({ token: await gw.tokenFor(Role.EDITOR, ['core']) })).toEqual(CONTACT);
    });

    it.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('hides e-mail and phone from a %s', async (role) => {
      expect(await contactSeenWith({ token: await gw.tokenFor(role) })).toEqual(HIDDEN);
    });
  });

  describe('partner API keys', () => {
    let readKey: string;
    let personalKey: string;

    beforeAll(async () => {
      readKey = (await createApiKey(gw, admin, ['READ'], 'Read-only partner')).key;
      personalKey = (await createApiKey(gw, admin, ['PERSONAL_DATA'], 'Trusted partner')).key;
    });

    it('hides e-mail and phone from a key with only the READ scope', async () => {
      expect(await contactSeenWith({ apiKey: readKey })).toEqual(HIDDEN);
      expect(await contactSeenWith({ headers: { authorization: `Bearer ${readKey}` } })).toEqual(HIDDEN);
    });

    it('shows e-mail and phone to a key with the PERSONAL_DATA scope, sent as X-Api-Key', async () => {
      expect(await contactSeenWith({ apiKey: personalKey })).toEqual(CONTACT);
    });

    it('shows e-mail and phone to a key with the PERSONAL_DATA scope, sent as a bearer token', async () => {
      expect(await contactSeenWith({ headers: { authorization: `Bearer ${personalKey}` } })).toEqual(CONTACT);
    });

    it('refuses a revoked key', async () => {
      const revoked = await createApiKey(gw, admin, ['PERSONAL_DATA'], 'Former partner');
      await ok(gw, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: revoked.id }, { token: admin });
      errorOf(await gw.graphql(PERSON, { id: personId }, { apiKey: revoked.key }), 'UNAUTHENTICATED');
    });

    it('refuses a forged key with the right shape', async () => {
      const forged = personalKey.slice(0, -4) + (personalKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      errorOf(await gw.graphql(PERSON, { id: personId }, { apiKey: forged }), 'UNAUTHENTICATED');
    });
  });

  it('lets nobody read people anonymously', async () => {
    errorOf(await gw.graphql(PERSON, { id: personId }), 'UNAUTHENTICATED');
  });
});
