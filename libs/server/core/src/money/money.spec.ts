import 'reflect-metadata';
import { ValidationError } from '../errors';
import { convertMinor, minorDigits, moneyFromMinor, sumMinor, toMinorUnits } from './money';

function validationError(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('money', () => {
  it('knows the minor digits of GBP and JPY', () => {
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });

  it('converts GBP 1009038 to 100903800 pence and back to "1009038.00"', () => {
    const minor = toMinorUnits({ amount: '1009038', currency: 'GBP' }, 'input.budget');
    expect(minor).toBe('100903800');
    expect(moneyFromMinor(minor, 'GBP')).toEqual({ amount: '1009038.00', currency: 'GBP', minorUnits: '100903800' });
  });

  it('pads short fractions and keeps trailing zeros beyond the currency digits', () => {
    expect(toMinorUnits({ amount: '1009038.5', currency: 'GBP' }, 'p')).toBe('100903850');
    expect(toMinorUnits({ amount: '0.07', currency: 'GBP' }, 'p')).toBe('7');
    expect(toMinorUnits({ amount: '12.3400', currency: 'GBP' }, 'p')).toBe('1234');
  });

  it('converts exactly, beyond the range of a float', () => {
    expect(toMinorUnits({ amount: '999999999999999.99', currency: 'USD' }, 'p')).toBe('99999999999999999');
    expect(moneyFromMinor('99999999999999999', 'USD')!.amount).toBe('999999999999999.99');
  });

  it('has no decimals for JPY', () => {
    expect(toMinorUnits({ amount: '15000', currency: 'JPY' }, 'p')).toBe('15000');
    expect(toMinorUnits({ amount: '15000.00', currency: 'JPY' }, 'p')).toBe('15000');
    expect(moneyFromMinor('15000', 'JPY')).toEqual({ amount: '15000', currency: 'JPY', minorUnits: '15000' });
  });

  it('refuses more decimals than the currency has, naming the amount field', () => {
    const gbp = validationError(() => toMinorUnits({ amount: '10.005', currency: 'GBP' }, 'input.budget'));
    expect(gbp.fields).toEqual([{ path: 'input.budget.amount', message: 'GBP has 2 decimal places' }]);
    const jpy = validationError(() => toMinorUnits({ amount: '10.5', currency: 'JPY' }, 'input.cost'));
    expect(jpy.fields).toEqual([{ path: 'input.cost.amount', message: 'JPY has 0 decimal places' }]);
  });

  it('refuses a malformed currency code on the currency field', () => {
    const error = validationError(() => toMinorUnits({ amount: '10', currency: 'pounds' }, 'input.budget'));
    expect(error.fields[0].path).toBe('input.budget.currency');
  });

  it('formats small and negative amounts', () => {
    expect(moneyFromMinor('5', 'GBP')!.amount).toBe('0.05');
    expect(moneyFromMinor('-1250', 'EUR')!.amount).toBe('-12.50');
  });

  it('returns null when the amount or currency is missing', () => {
    expect(moneyFromMinor(null, 'GBP')).toBeNull();
    expect(moneyFromMinor('100', null)).toBeNull();
  });

  describe('convertMinor', () => {
    it('converts USD 100.00 at 0.79 into GBP 79.00', () => {
      expect(convertMinor('10000', 'USD', '0.79', 'GBP')).toBe('7900');
    });

    it('moves between currencies with different minor digits (JPY 0, KWD 3)', () => {
      expect(convertMinor('15000', 'JPY', '0.0053', 'GBP')).toBe('7950');
      expect(convertMinor('12345', 'KWD', '2.58', 'GBP')).toBe('3185');
    });

    it('rounds half away from zero once, at the end', () => {
      expect(convertMinor('1', 'USD', '0.5', 'GBP')).toBe('1');
      expect(convertMinor('-1', 'USD', '0.5', 'GBP')).toBe('-1');
      expect(convertMinor('3', 'USD', '0.1', 'GBP')).toBe('0');
    });

    it('stays exact where floats do not (0.1 + 0.2)', () => {
      expect(sumMinor([convertMinor('10', 'EUR', '1', 'EUR'), convertMinor('20', 'EUR', '1', 'EUR')])).toBe('30');
      expect(convertMinor('99999999999999999', 'USD', '1.0000000001', 'USD')).toBe('100000000009999999');
    });

    it('refuses a malformed rate', () => {
      expect(() => convertMinor('1', 'USD', '-1', 'GBP')).toThrow('Invalid exchange rate');
      expect(() => convertMinor('1', 'USD', '1e3', 'GBP')).toThrow('Invalid exchange rate');
    });
  });
});
