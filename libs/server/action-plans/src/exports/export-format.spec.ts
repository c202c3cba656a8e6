import { Language } from '@lr/server-core';
import { calendarDate, dayOf, decimalFigure, moneyFigure } from './export-format';

describe('export figures', () => {
  it('writes indicator values exactly, in the language, without trailing zeros', () => {
    expect(decimalFigure('12.5000', Language.FR)).toBe('12,5');
    expect(decimalFigure('12.5000', Language.EN, '%')).toBe('12.5 %');
    expect(decimalFigure('1234567.0000', Language.EN)).toBe('1,234,567');
    expect(decimalFigure('1234567.0000', Language.FR)).toBe('1 234 567');
    expect(decimalFigure('0.0001', Language.ES)).toBe('0,0001');
    expect(decimalFigure('1234', Language.ES)).toBe('1234');
    expect(decimalFigure('12345', Language.ES)).toBe('12.345');
    expect(decimalFigure('-3.2500', Language.EN)).toBe('-3.25');
    // Beyond a double's precision: still exact.
    expect(decimalFigure('1234567890123456.1234', Language.EN)).toBe('1,234,567,890,123,456.1234');
  });

  it('writes money with the currency’s decimals', () => {
    expect(moneyFigure('120050', 'USD', Language.FR)).toBe('1 200,50 USD');
    expect(moneyFigure('120050', 'USD', Language.EN)).toBe('1,200.50 USD');
    expect(moneyFigure('5', 'USD', Language.EN)).toBe('0.05 USD');
    expect(moneyFigure('1500', 'JPY', Language.EN)).toBe('1,500 JPY');
  });

  it('writes days, never shifted by a time zone', () => {
    expect(calendarDate('2025-05-12', Language.FR)).toBe('12 mai 2025');
    expect(calendarDate('2025-05-12', Language.ES)).toBe('12 de mayo de 2025');
    expect(dayOf(new Date('2025-05-14T23:30:00Z'), Language.EN)).toBe('May 14, 2025');
  });
});
