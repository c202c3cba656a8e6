import 'reflect-metadata';
import { graphql } from 'graphql';
import { Field, ID, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { ApiKeyScope, Role, type Principal } from '../auth';
import { declarationOf } from '../reads/read-declarations';
import { Personal, PersonalData, isSelf, maySeePersonalData } from './personal-data';

@ObjectType()
class Traveller {
  @Field(() => ID) id: string;
  personId: string;
  contactConsent: boolean;
  @Personal(PersonalData.IDENTITY, { personId: 'personId' })
  @Field(() => String, { nullable: true })
  passportNumber: string | null;
  @Personal(PersonalData.CONTACT, { personId: 'personId' })
  @Field(() => String, { nullable: true })
  email: string | null;
  @Personal(PersonalData.CONTACT)
  @Field(() => String, { nullable: true })
  phone: string | null;
}

@Resolver(() => Traveller)
class TravellerResolver {
  @Query(() => Traveller)
  traveller(): Traveller {
    return Object.assign(new Traveller(), { id: 't1', personId: 'p-ana', contactConsent: false, passportNumber: 'X123', email: 'ana@example.org', phone: '+51 1' });
  }
}

const user = (role: Role, personId: string | null = null): Principal => ({
  kind: 'user',
  userId: 'u',
  email: 'u@example.org',
  displayName: 'U',
  role,
  modules: role === Role.EDITOR ? ['core'] : [],
  personId,
});
const key = (...scopes: ApiKeyScope[]): Principal => ({ kind: 'apiKey', keyId: 'k', name: 'Partner', scopes });
const consented = { contactConsent: true };
const reserved = { contactConsent: false };

describe('the privacy policy', () => {
  it('shows contact details to admins, consent or not', () => {
    expect(maySeePersonalData(user(Role.ADMIN), PersonalData.CONTACT, reserved)).toBe(true);
  });

  it('shows them to editors and personal-data keys only with consent', () => {
    for (const principal of [user(Role.EDITOR), key(ApiKeyScope.READ, ApiKeyScope.PERSONAL_DATA)]) {
      expect(maySeePersonalData(principal, PersonalData.CONTACT, consented)).toBe(true);
      expect(maySeePersonalData(principal, PersonalData.CONTACT, reserved)).toBe(false);
    }
  });

  it.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('never shows them to a %s', (role) => {
    expect(maySeePersonalData(user(role), PersonalData.CONTACT, consented)).toBe(false);
  });

  it('never shows them to a read-only key or an anonymous caller', () => {
    expect(maySeePersonalData(key(ApiKeyScope.READ), PersonalData.CONTACT, consented)).toBe(false);
    expect(maySeePersonalData({ kind: 'anonymous' }, PersonalData.CONTACT, consented)).toBe(false);
  });

  it('keeps identity data (passports, dates of birth) for admins alone', () => {
    expect(maySeePersonalData(user(Role.ADMIN), PersonalData.IDENTITY, consented)).toBe(true);
    expect(maySeePersonalData(user(Role.EDITOR), PersonalData.IDENTITY, consented)).toBe(false);
    expect(maySeePersonalData(key(ApiKeyScope.PERSONAL_DATA), PersonalData.IDENTITY, consented)).toBe(false);
  });
  describe('the "self" rule: a signed-in user sees their own data', () => {
    const ana = 'a1b2c3d4-0000-4000-8000-000000000001';
    const someoneElse = 'a1b2c3d4-0000-4000-8000-000000000002';

    it.each([Role.VIEWER, Role.PARTICIPANT, Role.REVIEWER, Role.EDITOR])('shows a %s their own contact and identity data, consent or not', (role) => {
      for (const kind of [PersonalData.CONTACT, PersonalData.IDENTITY]) {
        expect(maySeePersonalData(user(role, ana), kind, { contactConsent: false, personId: ana })).toBe(true);
        expect(maySeePersonalData(user(role, ana), kind, { personId: ana })).toBe(true);
      }
    });

    it("never shows them another person's data", () => {
      expect(maySeePersonalData(user(Role.PARTICIPANT, ana), PersonalData.CONTACT, { contactConsent: true, personId: someoneElse })).toBe(false);
      expect(maySeePersonalData(user(Role.PARTICIPANT, ana), PersonalData.IDENTITY, { contactConsent: true, personId: someoneElse })).toBe(false);
      // An editor still sees consented contact details of others, as before, but not their identity data.
      expect(maySeePersonalData(user(Role.EDITOR, ana), PersonalData.CONTACT, { contactConsent: true, personId: someoneElse })).toBe(true);
      expect(maySeePersonalData(user(Role.EDITOR, ana), PersonalData.IDENTITY, { contactConsent: true, personId: someoneElse })).toBe(false);
    });

    it('needs both sides to name a person: an account without one, or data without one, is nobody\'s own', () => {
      expect(maySeePersonalData(user(Role.VIEWER, null), PersonalData.IDENTITY, { personId: null })).toBe(false);
      expect(maySeePersonalData(user(Role.VIEWER, null), PersonalData.IDENTITY, {})).toBe(false);
      expect(maySeePersonalData(user(Role.VIEWER, ana), PersonalData.IDENTITY, {})).toBe(false);
      expect(maySeePersonalData(user(Role.VIEWER, ana), PersonalData.CONTACT, { contactConsent: true, personId: null })).toBe(false);
      expect(isSelf(user(Role.VIEWER, null), { personId: null })).toBe(false);
    });

    it('is for signed-in users only: API keys and anonymous callers have no person', () => {
      expect(isSelf(key(ApiKeyScope.PERSONAL_DATA), { personId: ana })).toBe(false);
      expect(isSelf({ kind: 'anonymous' }, { personId: ana })).toBe(false);
      expect(maySeePersonalData(key(ApiKeyScope.PERSONAL_DATA), PersonalData.IDENTITY, { personId: ana })).toBe(false);
    });
  });
  describe('@Personal', () => {
    it('reads what the rules need along with the field: the consent for contact data, and the person id it is told of', () => {
      expect(declarationOf(Traveller, 'email')?.columns).toEqual(['contactConsent', 'personId']);
      expect(declarationOf(Traveller, 'passportNumber')?.columns).toEqual(['personId']);
      expect(declarationOf(Traveller, 'phone')?.columns).toEqual(['contactConsent']);
    });

    it("shows the person their own data through the property it names, and applies no self rule where none is named", async () => {
      const schema = await buildSchema({ resolvers: [TravellerResolver], validate: false });
      const read = async (principal: Principal) =>
        (await graphql({ schema, source: '{ traveller { passportNumber email phone } }', contextValue: { principal } as never })).data?.['traveller'];
      expect(await read(user(Role.PARTICIPANT, 'p-ana'))).toEqual({ passportNumber: 'X123', email: 'ana@example.org', phone: null });
      expect(await read(user(Role.PARTICIPANT, 'p-other'))).toEqual({ passportNumber: null, email: null, phone: null });
      expect(await read(user(Role.ADMIN))).toEqual({ passportNumber: 'X123', email: 'ana@example.org', phone: '+51 1' });
    });
  });
});
