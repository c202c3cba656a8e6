import { Language } from '@lr/server-core';
import { countryName, dateRange, languageName, longDate, timeRange } from './export-format';

describe('agenda formats', () => {
  it('writes a day out in each language, never shifted by the server’s zone', () => {
    expect(longDate('2025-05-12', Language.FR)).toBe('lundi 12 mai 2025');
    expect(longDate('2025-05-12', Language.ES)).toBe('lunes, 12 de mayo de 2025');
    expect(longDate('2025-05-12', Language.EN)).toBe('Monday, May 12, 2025');
  });

  it('writes a route’s dates as one range, with plain spaces the PDF font can draw', () => {
    expect(dateRange('2025-05-12', '2025-05-19', Language.FR)).toBe('12–19 mai 2025');
    expect(dateRange('2025-05-28', '2025-06-03', Language.ES)).toBe('28 de mayo – 3 de junio de 2025');
    expect(dateRange('2025-05-12', '2025-05-19', Language.EN)).toBe('May 12 – 19, 2025');
    expect(dateRange(null, '2025-05-19', Language.EN)).toBe('May 19, 2025');
    expect(dateRange(null, null, Language.EN)).toBeNull();
  });

  it('names languages and countries in the reader’s language, keeping a code Intl does not know', () => {
    expect(languageName('qu', Language.ES)).toBe('quechua');
    expect(languageName('en', Language.FR)).toBe('anglais');
    expect(languageName('not a code!', Language.FR)).toBe('not a code!');
    expect(countryName('pe', Language.FR)).toBe('Pérou');
  });

  it('prints times as the agenda wrote them', () => {
    expect(timeRange('09:00:00', '10:30:00')).toBe('09:00–10:30');
    expect(timeRange('09:00', '10:30')).toBe('09:00–10:30');
  });
});
