import { ApiKeyScope, Role, type Principal } from '@lr/server-core';
import { canSeeChampionContact, canSeeFeedbackAuthor, isPartner } from './champion-visibility';

const user = (role: Role, userId = 'u1'): Principal => ({ kind: 'user', userId, email: 'x@example.org', displayName: 'X', role, modules: role === Role.EDITOR ? ['champions'] : [] });
const key = (...scopes: ApiKeyScope[]): Principal => ({ kind: 'apiKey', keyId: 'k1', name: 'Partner', scopes });
const CONSENTED = { consentToContact: true };
const NOT_CONSENTED = { consentToContact: false };

describe('canSeeChampionContact', () => {
  it('always shows contact details to an admin', () => {
    expect(canSeeChampionContact(user(Role.ADMIN), NOT_CONSENTED)).toBe(true);
    expect(canSeeChampionContact(user(Role.ADMIN), CONSENTED)).toBe(true);
  });

  it('shows them to an editor only with consent', () => {
    expect(canSeeChampionContact(user(Role.EDITOR), CONSENTED)).toBe(true);
    expect(canSeeChampionContact(user(Role.EDITOR), NOT_CONSENTED)).toBe(false);
  });

  it.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('never shows them to a %s, even with consent', (role) => {
    expect(canSeeChampionContact(user(role), CONSENTED)).toBe(false);
  });

  it('shows them to a key only with consent and the personal-data scope', () => {
    expect(canSeeChampionContact(key(ApiKeyScope.READ, ApiKeyScope.PERSONAL_DATA), CONSENTED)).toBe(true);
    expect(canSeeChampionContact(key(ApiKeyScope.READ, ApiKeyScope.PERSONAL_DATA), NOT_CONSENTED)).toBe(false);
    expect(canSeeChampionContact(key(ApiKeyScope.READ), CONSENTED)).toBe(false);
  });

  it('shows nothing to an anonymous caller', () => {
    expect(canSeeChampionContact({ kind: 'anonymous' }, CONSENTED)).toBe(false);
  });
});

describe('isPartner and canSeeFeedbackAuthor', () => {
  it('treats API keys, and only them, as partners', () => {
    expect(isPartner(key(ApiKeyScope.READ))).toBe(true);
    expect(isPartner(user(Role.ADMIN))).toBe(false);
  });

  it('shows a feedback author to admins, editors and the author', () => {
    expect(canSeeFeedbackAuthor(user(Role.ADMIN, 'a'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.EDITOR, 'a'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.PARTICIPANT, 'b'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.PARTICIPANT, 'a'), 'b')).toBe(false);
    expect(canSeeFeedbackAuthor(key(ApiKeyScope.PERSONAL_DATA), 'b')).toBe(false);
  });
});
