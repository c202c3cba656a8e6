import { divideRounded, fromScaled, normalizeDecimal, toScaled } from './decimal';

describe('exact decimals', () => {
  it('reads decimal strings as ten-thousandths, negative ones too', () => {
    expect(toScaled('12.5')).toBe(125000n);
    expect(toScaled('-0.0001')).toBe(-1n);
    expect(toScaled('5.0000')).toBe(50000n);
    expect(toScaled('1234567890123456.9999')).toBe(12345678901234569999n);
  });

  it('writes the shortest form', () => {
    expect(fromScaled(125000n)).toBe('12.5');
    expect(fromScaled(-50000n)).toBe('-5');
    expect(fromScaled(0n)).toBe('0');
    expect(fromScaled(333n, 1)).toBe('33.3');
    expect(normalizeDecimal('05.2500')).toBe('5.25');
    expect(normalizeDecimal('-0.0')).toBe('0');
  });

  it('rounds a division half away from zero', () => {
    expect(divideRounded(5n, 2n)).toBe(3n);
    expect(divideRounded(-5n, 2n)).toBe(-3n);
    expect(divideRounded(4n, 3n)).toBe(1n);
    expect(divideRounded(2n, -3n)).toBe(-1n);
  });
});
