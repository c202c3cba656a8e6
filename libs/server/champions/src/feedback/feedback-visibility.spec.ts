import { ApiKeyScope, Role, type Principal } from '@lr/server-core';
import { canSeeFeedbackAuthor } from './feedback-visibility';

const user = (role: Role, userId = 'u1'): Principal => ({ kind: 'user', userId, email: 'x@example.org', displayName: 'X', role, modules: role === Role.EDITOR ? ['champions'] : [], personId: null });
const key = (...scopes: ApiKeyScope[]): Principal => ({ kind: 'apiKey', keyId: 'k1', name: 'Partner', scopes });

describe('canSeeFeedbackAuthor', () => {
  it('shows a feedback author to admins, editors and the author', () => {
    expect(canSeeFeedbackAuthor(user(Role.ADMIN, 'a'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.EDITOR, 'a'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.PARTICIPANT, 'b'), 'b')).toBe(true);
    expect(canSeeFeedbackAuthor(user(Role.PARTICIPANT, 'a'), 'b')).toBe(false);
    expect(canSeeFeedbackAuthor(user(Role.VIEWER, 'a'), 'b')).toBe(false);
  });

  it('never shows it to a key, even with the personal-data scope, nor to an anonymous caller', () => {
    expect(canSeeFeedbackAuthor(key(ApiKeyScope.PERSONAL_DATA), 'b')).toBe(false);
    expect(canSeeFeedbackAuthor(key(ApiKeyScope.READ), 'b')).toBe(false);
    expect(canSeeFeedbackAuthor({ kind: 'anonymous' }, 'b')).toBe(false);
  });
});
