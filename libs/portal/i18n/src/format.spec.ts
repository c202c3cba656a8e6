import { EMPTY, formatterFor, toDate } from './format';

// ICU separates with no-break and thin spaces; the tests compare the words, not the kind of space.
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatting for people', () => {
  const en = formatterFor('en');
  const fr = formatterFor('fr');

  it('shows money exactly, however large, in the language’s way and the currency’s decimals', () => {
    // 2^53 + 1 cents would lose its last digit as a float.
    expect(plain(en.money({ minorUnits: '900719925474099301', currency: 'USD' }))).toBe('$9,007,199,254,740,993.01');
    expect(plain(fr.money({ minorUnits: '100903850', currency: 'GBP' }))).toBe('1 009 038,50 £GB');
    expect(plain(en.money({ minorUnits: '1500', currency: 'JPY' }))).toBe('¥1,500');
    expect(plain(en.money({ minorUnits: '-5', currency: 'EUR' }))).toBe('-€0.05');
    expect(plain(en.money(null))).toBe(EMPTY);
  });

  it('reads a calendar day as that day wherever the browser is, and an instant as the instant', () => {
    expect(toDate('2014-06-02').getDate()).toBe(2);
    expect(toDate('2014-06-02T10:00:00Z').toISOString()).toBe('2014-06-02T10:00:00.000Z');
    expect(plain(en.date('2014-06-02', 'long'))).toBe('June 2, 2014');
    expect(plain(fr.date('2014-06-02', 'long'))).toBe('2 juin 2014');
  });

  it('shows a range the language’s way, and an open end as an ellipsis', () => {
    expect(plain(en.dateRange('2014-11-03', '2014-11-10'))).toBe('Nov 3 – 10, 2014');
    expect(plain(en.dateRange('2014-11-03', null))).toBe('Nov 3, 2014 – …');
    expect(plain(en.dateRange(null, null))).toBe(EMPTY);
  });

  it('gives numbers and sizes the language’s separators', () => {
    expect(plain(fr.number(1234.5, 2))).toBe('1 234,50');
    expect(plain(en.fileSize(1536))).toBe('1.5 kB');
    expect(plain(fr.fileSize(3 * 1024 * 1024))).toBe('3 Mo');
    expect(plain(en.number(undefined))).toBe(EMPTY);
  });
});
