import { DECIMAL, normalizeDecimal, sameDecimal } from './decimal';

describe('indicator decimals', () => {
  it('writes a decimal the shortest way', () => {
    expect(normalizeDecimal('5.0000')).toBe('5');
    expect(normalizeDecimal('012.5000')).toBe('12.5');
    expect(normalizeDecimal('0.2500')).toBe('0.25');
    expect(normalizeDecimal('-3.10')).toBe('-3.1');
    expect(normalizeDecimal('-0.000')).toBe('0');
    expect(normalizeDecimal('0')).toBe('0');
  });

  it('compares as numbers, exactly', () => {
    expect(sameDecimal('5', '5.00')).toBe(true);
    expect(sameDecimal('5', '5.0001')).toBe(false);
    expect(sameDecimal('-0', '0.0')).toBe(true);
  });

  it('accepts what numeric(20,4) holds and nothing else', () => {
    for (const ok of ['0', '12.5', '-3', '1234567890123456.1234']) expect(DECIMAL.test(ok)).toBe(true);
    for (const bad of ['', '1.', '.5', '1,5', '1e3', '12345678901234567', '1.12345', 'abc', '+1']) expect(DECIMAL.test(bad)).toBe(false);
  });
});
