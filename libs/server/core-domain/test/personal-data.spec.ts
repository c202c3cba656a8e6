import { Role } from '@lr/server-core';
import type { RequestOptions, TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { createApiKey, createPerson, errorOf, ok } from './helpers';

const PERSON = `query($id: ID!) { person(id: $id) { fullName email phone contactConsent } }`;
const PEOPLE = `query($search: String!) { people(first: 100, filter: { search: $search }) { edges { node { fullName email phone contactConsent } } } }`;
const CONSENTED = { email: 'rosa.private@example.org', phone: '+51 1 234 5678' };
const NOT_CONSENTED = { email: 'pablo.reserved@example.org', phone: '+51 1 999 0000' };
const HIDDEN = { email: null, phone: null };

/**
 * One privacy policy for every path to a person's contact details: admins always see them;
 * editors and keys with the PERSONAL_DATA scope only when the person consented; nobody else.
 */
describe('personal data of people', () => {
  let gw: TestGateway;
  let admin: string;
  let consentedId: string;
  let reservedId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    ({ id: consentedId } = await createPerson(gw, admin, { givenName: 'Rosa', familyName: 'Private', contactConsent: true, ...CONSENTED }));
    ({ id: reservedId } = await createPerson(gw, admin, { givenName: 'Pablo', familyName: 'Reserved', ...NOT_CONSENTED }));
  });
  afterAll(() => gw.close());

  /** What the caller sees of a person's contact details, by id and in the list (which must agree). */
  async function contactSeenWith(options: RequestOptions, id: string, familyName: string) {
    const person = await ok(gw, PERSON, { id }, options);
    const listed = (await ok(gw, PEOPLE, { search: familyName }, options)).edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([person]);
    return { email: person.email, phone: person.phone };
  }
  const seenOfBoth = async (options: RequestOptions) => ({
    consented: await contactSeenWith(options, consentedId, 'Private'),
    reserved: await contactSeenWith(options, reservedId, 'Reserved'),
  });

  describe('signed-in users', () => {
    it('shows e-mail and phone to an admin, consent or not', async () => {
      expect(await seenOfBoth({ token: admin })).toEqual({ consented: CONSENTED, reserved: NOT_CONSENTED });
    });

    it('shows an editor the contact details of people who consented, and only theirs', async () => {
      expect(await seenOfBoth({ token: await gw.tokenFor(Role.EDITOR, ['core']) })).toEqual({ consented: CONSENTED, reserved: HIDDEN });
    });

    it.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('hides e-mail and phone from a %s, even with consent', async (role) => {
      expect(await seenOfBoth({ token: await gw.tokenFor(role) })).toEqual({ consented: HIDDEN, reserved: HIDDEN });
    });

    it('follows a change of consent at once, and dates it', async () => {
      const editor = await gw.tokenFor(Role.EDITOR, ['core']);
      const { id, version } = await createPerson(gw, admin, { givenName: 'Ines', familyName: 'Changing', email: 'ines@example.org' });
      expect((await contactSeenWith({ token: editor }, id, 'Changing')).email).toBeNull();
      const updated = await ok(
        gw,
        `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { contactConsent contactConsentDate } }`,
        { input: { id, version, contactConsent: true } },
        { token: admin },
      );
      expect(updated).toEqual({ contactConsent: true, contactConsentDate: new Date().toISOString().slice(0, 10) });
      expect((await contactSeenWith({ token: editor }, id, 'Changing')).email).toBe('ines@example.org');
    });
  });

  describe('partner API keys', () => {
    let readKey: string;
    let personalKey: string;

    beforeAll(async () => {
      readKey = (await createApiKey(gw, admin, ['READ'], 'Read-only partner')).key;
      personalKey = (await createApiKey(gw, admin, ['PERSONAL_DATA'], 'Trusted partner')).key;
    });

    it('hides e-mail and phone from a key with only the READ scope, even with consent', async () => {
      expect(await seenOfBoth({ apiKey: readKey })).toEqual({ consented: HIDDEN, reserved: HIDDEN });
      expect(await seenOfBoth({ headers: { authorization: `Bearer ${readKey}` } })).toEqual({ consented: HIDDEN, reserved: HIDDEN });
    });

    it('shows a PERSONAL_DATA key the contact details of people who consented only, sent as X-Api-Key', async () => {
      expect(await seenOfBoth({ apiKey: personalKey })).toEqual({ consented: CONSENTED, reserved: HIDDEN });
    });

    it('does the same for a PERSONAL_DATA key sent as a bearer token', async () => {
      expect(await seenOfBoth({ headers: { authorization: `Bearer ${personalKey}` } })).toEqual({ consented: CONSENTED, reserved: HIDDEN });
    });

    it('refuses a revoked key', async () => {
      const revoked = await createApiKey(gw, admin, ['PERSONAL_DATA'], 'Former partner');
      await ok(gw, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: revoked.id }, { token: admin });
      errorOf(await gw.graphql(PERSON, { id: consentedId }, { apiKey: revoked.key }), 'UNAUTHENTICATED');
    });

    it('refuses a forged key with the right shape', async () => {
      const forged = personalKey.slice(0, -4) + (personalKey.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      errorOf(await gw.graphql(PERSON, { id: consentedId }, { apiKey: forged }), 'UNAUTHENTICATED');
    });
  });

  it('lets nobody read people anonymously', async () => {
    errorOf(await gw.graphql(PERSON, { id: consentedId }), 'UNAUTHENTICATED');
  });
});
