import { Role } from '@lr/server-core';
import type { RequestOptions, TestGateway } from '@lr/server-core/testing';
import { createChampion, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { createApiKey, ok } from './helpers';

const CHAMPION = `query($id: ID!) { champion(id: $id) { contactEmail contactPhone person { fullName email phone } } }`;
const LIST = `query($search: String!) { champions(first: 10, filter: { search: $search }) { edges { node { contactEmail contactPhone person { email phone } } } } }`;
const PERSON = `query($id: ID!) { person(id: $id) { email phone contactConsent } }`;

const CONTACT = { email: 'consenting@example.org', phone: '+51 1 000 0001' };
const PRIVATE = { email: 'private@example.org', phone: '+51 1 000 0002' };

describe("a champion's contact details", () => {
  let gw: TestGateway;
  let admin: string;
  let consenting: string;
  let notConsenting: string;
  /** The champion's person, by champion id. */
  const personOf = new Map<string, string>();

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    // Published practice links, so partners' keys can read both champions at all.
    const practiceId = await insertPractice(gw);
    const yes = await createChampion(gw, admin, { consentToContact: true }, { givenName: 'Consenting', familyName: 'Champion', ...CONTACT });
    const no = await createChampion(gw, admin, { consentToContact: false }, { givenName: 'Private', familyName: 'Champion', ...PRIVATE });
    [consenting, notConsenting] = [yes.id, no.id];
    personOf.set(yes.id, yes.personId).set(no.id, no.personId);
    await linkPractice(gw, admin, consenting, practiceId);
    await linkPractice(gw, admin, notConsenting, practiceId);
  });
  afterAll(() => gw.close());

  /**
   * What the caller sees of a champion's contact details, checked the same through the list and
   * through the core's own `person(id)`: one policy, whichever way the person is reached.
   */
  async function seen(id: string, options: RequestOptions, givenName: string) {
    const champion = await ok(gw, CHAMPION, { id }, options);
    const listed = (await ok(gw, LIST, { search: givenName }, options)).edges.map((e: { node: unknown }) => e.node);
    expect(listed).toEqual([{ contactEmail: champion.contactEmail, contactPhone: champion.contactPhone, person: { email: champion.person.email, phone: champion.person.phone } }]);
    // The person's own contact fields never say more than the champion's.
    expect({ email: champion.person.email, phone: champion.person.phone }).toEqual({ email: champion.contactEmail, phone: champion.contactPhone });
    const person = await ok(gw, PERSON, { id: personOf.get(id) }, options);
    expect({ email: person.email, phone: person.phone }).toEqual({ email: champion.contactEmail, phone: champion.contactPhone });
    return { email: champion.contactEmail, phone: champion.contactPhone };
  }
  const HIDDEN = { email: null, phone: null };

  it('shows them to an admin with or without consent', async () => {
    expect(await seen(consenting, { token: admin }, 'Consenting')).toEqual(CONTACT);
    expect(await seen(notConsenting, { token: admin }, 'Private')).toEqual(PRIVATE);
  });

  it('shows them to an editor only when the champion consented', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    expect(await seen(consenting, { token: editor }, 'Consenting')).toEqual(CONTACT);
    expect(await seen(notConsenting, { token: editor }, 'Private')).toEqual(HIDDEN);
  });

  it.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('never shows them to a %s', async (role) => {
    const token = await gw.tokenFor(role);
    expect(await seen(consenting, { token }, 'Consenting')).toEqual(HIDDEN);
    expect(await seen(notConsenting, { token }, 'Private')).toEqual(HIDDEN);
  });

  it('never shows them to a partner key without the personal-data scope', async () => {
    const apiKey = (await createApiKey(gw, admin, ['READ'])).key;
    expect(await seen(consenting, { apiKey }, 'Consenting')).toEqual(HIDDEN);
    expect(await seen(notConsenting, { apiKey }, 'Private')).toEqual(HIDDEN);
  });

  it('shows them to a personal-data key only with consent, whatever the key’s scope', async () => {
    const apiKey = (await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA'])).key;
    expect(await seen(consenting, { apiKey }, 'Consenting')).toEqual(CONTACT);
    expect(await seen(notConsenting, { apiKey }, 'Private')).toEqual(HIDDEN);
  });

  it('hides them again as soon as consent is withdrawn', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    const { version } = await ok(gw, `query($id: ID!) { champion(id: $id) { version } }`, { id: consenting }, { token: editor });
    await ok(gw, `mutation($input: UpdateChampionInput!) { updateChampion(input: $input) { id } }`, { input: { id: consenting, version, consentToContact: false } }, { token: editor });
    expect(await seen(consenting, { token: editor }, 'Consenting')).toEqual(HIDDEN);
    expect(await seen(consenting, { token: admin }, 'Consenting')).toEqual(CONTACT);
    expect((await ok(gw, PERSON, { id: personOf.get(consenting) }, { token: editor })).contactConsent).toBe(false);
  });

  it('shows them to an editor once the champion consents, through the champion and the person alike', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    expect(await seen(notConsenting, { token: editor }, 'Private')).toEqual(HIDDEN);
    const { version } = await ok(gw, `query($id: ID!) { champion(id: $id) { version } }`, { id: notConsenting }, { token: editor });
    const updated = await ok(
      gw,
      `mutation($input: UpdateChampionInput!) { updateChampion(input: $input) { consentToContact contactEmail person { email contactConsent } } }`,
      { input: { id: notConsenting, version, consentToContact: true } },
      { token: editor },
    );
    expect(updated).toEqual({ consentToContact: true, contactEmail: PRIVATE.email, person: { email: PRIVATE.email, contactConsent: true } });
    expect(await seen(notConsenting, { token: editor }, 'Private')).toEqual(PRIVATE);
    expect(await ok(gw, PERSON, { id: personOf.get(notConsenting) }, { token: editor })).toEqual({ ...PRIVATE, contactConsent: true });
    // Still nothing for those who may not see personal data at all.
    expect(await seen(notConsenting, { token: await gw.tokenFor(Role.VIEWER) }, 'Private')).toEqual(HIDDEN);
  });
});
