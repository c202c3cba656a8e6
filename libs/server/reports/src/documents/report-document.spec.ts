import { Language } from '@lr/server-core';
import { percentText } from './report-document';

describe('percentText', () => {
  it.each([
    [Language.EN, '66.7', '66.7'],
    [Language.FR, '66.7', '66,7'],
    [Language.ES, '66.7', '66,7'],
    [Language.EN, '1234.5', '1,234.5'],
    [Language.FR, '1234.5', '1 234,5'],
    [Language.ES, '150.0', '150,0'],
    [Language.FR, 66.7, '66,7'],
    [Language.EN, '40', '40'],
    [Language.FR, 0, '0'],
  ])('prints %s %p as %p', (language, value, expected) => {
    expect(percentText(value, language)).toBe(expected);
  });

  it('prints a dash for a figure there is not', () => {
    expect([percentText(null, Language.EN), percentText(undefined, Language.FR)]).toEqual([
      '—',
      '—',
    ]);
  });
});
