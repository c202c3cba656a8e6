import { ApiKeyScope, Role, type Principal } from '../auth';
import { PersonalData, maySeePersonalData } from './personal-data';

const user = (role: Role): Principal => ({ kind: 'user', userId: 'u', email: 'u@example.org', displayName: 'U', role, modules: role === Role.EDITOR ? ['core'] : [] });
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
});
