import 'reflect-metadata';
import { Language, preferredLanguage } from './language';
import { localize } from './localized-text';

describe('preferredLanguage', () => {
  it('defaults to English without a header', () => {
    expect(preferredLanguage(undefined)).toBe(Language.EN);
    expect(preferredLanguage('')).toBe(Language.EN);
  });

  it('honours q-values rather than the order of the header', () => {
    expect(preferredLanguage('en;q=0.5, es;q=0.9, fr;q=0.7')).toBe(Language.ES);
    expect(preferredLanguage('en;q=0.8,fr')).toBe(Language.FR);
  });

  it('keeps the header order between equal q-values', () => {
    expect(preferredLanguage('fr, es')).toBe(Language.FR);
    expect(preferredLanguage('es;q=0.5, fr;q=0.5')).toBe(Language.ES);
  });

  it('reduces region tags to their base language', () => {
    expect(preferredLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe(Language.FR);
    expect(preferredLanguage('es-PE')).toBe(Language.ES);
    expect(preferredLanguage('EN-gb')).toBe(Language.EN);
  });

  it('skips unsupported languages and falls back to English when none is supported', () => {
    expect(preferredLanguage('de-DE, pt;q=0.9, es;q=0.1')).toBe(Language.ES);
    expect(preferredLanguage('de, pt-BR;q=0.9')).toBe(Language.EN);
    expect(preferredLanguage('*')).toBe(Language.EN);
  });

  it('ignores languages refused with q=0 and malformed q-values', () => {
    expect(preferredLanguage('fr;q=0, es;q=0.2')).toBe(Language.ES);
    expect(preferredLanguage('fr;q=abc, es;q=0.2')).toBe(Language.ES);
  });
});

describe('localize', () => {
  it('returns the wanted language when there is one', () => {
    expect(localize({ en: 'Peru route', fr: 'Route du Pérou' }, Language.FR)).toBe('Route du Pérou');
  });

  it('falls back to English when the wanted language is missing or blank', () => {
    expect(localize({ en: 'Peru route', es: 'Ruta de Perú' }, Language.FR)).toBe('Peru route');
    expect(localize({ en: 'Peru route', fr: '' }, Language.FR)).toBe('Peru route');
  });

  it('falls back to any version when there is no English', () => {
    expect(localize({ es: 'Ruta de Perú' }, Language.FR)).toBe('Ruta de Perú');
    expect(localize({ fr: 'Route du Pérou' }, Language.EN)).toBe('Route du Pérou');
  });

  it('returns null for no text at all', () => {
    expect(localize(null, Language.EN)).toBeNull();
    expect(localize(undefined, Language.EN)).toBeNull();
    expect(localize({}, Language.EN)).toBeNull();
  });
});
