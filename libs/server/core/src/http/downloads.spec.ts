import { ValidationError } from '../errors';
import { Language } from '../i18n/language';
import { attachmentDisposition, fileNameWords, languageParam } from './downloads';

describe('fileNameWords', () => {
  it('keeps letters of any script and digits, joining the rest with single hyphens', () => {
    expect(fileNameWords('  Ruta Perú: nutrición (2025) ')).toBe('ruta-perú-nutrición-2025');
    expect(fileNameWords('///')).toBe('');
  });
});

describe('attachmentDisposition', () => {
  it('gives old clients an ASCII name and the others the exact one', () => {
    expect(attachmentDisposition('agenda-ruta-perú-nutrición-es.pdf')).toBe(
      `attachment; filename="agenda-ruta-peru-nutricion-es.pdf"; filename*=UTF-8''agenda-ruta-per%C3%BA-nutrici%C3%B3n-es.pdf`,
    );
  });

  it('cannot be broken out of by quotes or backslashes, and encodes what RFC 5987 reserves', () => {
    expect(attachmentDisposition(`a"b\\c'(d)*.ics`)).toBe(`attachment; filename="a_b_c'(d)*.ics"; filename*=UTF-8''a%22b%5Cc%27%28d%29%2A.ics`);
    expect(attachmentDisposition('议程.ics')).toBe(`attachment; filename="__.ics"; filename*=UTF-8''%E8%AE%AE%E7%A8%8B.ics`);
  });
});

describe('languageParam', () => {
  it('reads ?lang in any case, and nothing when it is not given', () => {
    expect(languageParam({ lang: 'FR' })).toBe(Language.FR);
    expect(languageParam({})).toBeUndefined();
  });

  it('refuses any other language, an empty one or several, on the lang field', () => {
    const refusal = (lang: unknown) => {
      try {
        languageParam({ lang });
        return null;
      } catch (error) {
        return error;
      }
    };
    for (const lang of ['de', '', ['fr', 'es']]) {
      const error = refusal(lang);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fields).toEqual([{ path: 'lang', message: 'must be one of en, fr, es' }]);
    }
  });
});
