import { initPortalI18n } from '@lr/portal-i18n/setup';
import i18next from 'i18next';
import { CombinedError } from 'urql';
import { errorMessage, fieldErrors, isStaleVersion, moveRefusal, translateFieldProblem } from './errors';

const refusal = (extensions: Record<string, unknown>, message = 'refused') => new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe('the API’s refusals in the reader’s language', () => {
  beforeAll(() => initPortalI18n('en'));
  afterEach(() => i18next.changeLanguage('en'));

  it('words a rule the portal knows, with the limit the server’s text carries, and falls back to the server’s text', async () => {
    expect(translateFieldProblem({ path: 'title.en', message: 'must be longer than or equal to 3 characters', constraint: 'minLength' })).toBe('Write at least 3 characters.');
    await i18next.changeLanguage('fr');
    expect(translateFieldProblem({ path: 'email', message: 'must be an email', constraint: 'isEmail' })).not.toMatch(/must be/);
    // A service's own check without a rule, or a rule the portal has no words for: the server's text.
    expect(translateFieldProblem({ path: 'endDate', message: 'must be after the start date' })).toBe('must be after the start date');
    expect(translateFieldProblem({ path: 'x', message: 'server words', constraint: 'noSuchRule' })).toBe('server words');
  });

  it('prefers the form’s own words for a field’s rule, by exact path, then by the field', () => {
    const words = { 'value.maxPeople': { settingRange: 'From 1 to 500.' }, rating: { min: 'From 1 to 5.' } };
    expect(translateFieldProblem({ path: 'value.maxPeople', message: 'x', constraint: 'settingRange' }, words)).toBe('From 1 to 500.');
    expect(translateFieldProblem({ path: 'rating.0', message: 'x', constraint: 'min' }, words)).toBe('From 1 to 5.');
  });

  it('places problems by field, without the `input.` prefix, first one per field', () => {
    const error = refusal({
      code: 'BAD_USER_INPUT',
      fields: [
        { path: 'input.endDate', message: 'first' },
        { path: 'input.endDate', message: 'second' },
        { path: 'input.title.en', message: 'title' },
      ],
    });
    expect(fieldErrors(error)).toEqual({ endDate: 'first', 'title.en': 'title' });
  });

  it('tells a stale save from other conflicts, and names what still refers to a record', async () => {
    const stale = refusal({ code: 'CONFLICT', expectedVersion: 1, currentVersion: 2 });
    expect(isStaleVersion(stale)).toBe(true);
    expect(errorMessage(stale)).toMatch(/^Someone saved this record after you opened it/);
    const inUse = refusal({ code: 'CONFLICT', references: [{ entity: 'LearningRoute', count: 2 }] });
    expect(isStaleVersion(inUse)).toBe(false);
    expect(errorMessage(inUse)).toContain('2 × LearningRoute');
    await i18next.changeLanguage('es');
    expect(errorMessage(refusal({ code: 'FORBIDDEN' }))).not.toBe('refused');
    expect(errorMessage(new CombinedError({ networkError: new Error('offline') }))).toBe(i18next.t('serverUnreachable'));
  });

  it('names what a move lacks in the section’s words, or the server’s sentence when one is not named', () => {
    const error = refusal({ code: 'PHASE_RULE', missing: ['DATES', 'TEAM'] }, 'A route needs its dates; its team before it is IMPLEMENTATION');
    expect(moveRefusal(error, { missing: (code) => ({ DATES: 'its dates', TEAM: 'its team' })[code] })).toContain('its dates; its team');
    expect(moveRefusal(error, { missing: (code) => (code === 'DATES' ? 'its dates' : undefined) })).toBe('A route needs its dates; its team before it is IMPLEMENTATION');
    const allowed = refusal({ code: 'PHASE_RULE', allowed: ['PREPARATION'] });
    expect(moveRefusal(allowed, { stateName: (s) => s.toLowerCase() })).toContain('preparation');
  });
});
