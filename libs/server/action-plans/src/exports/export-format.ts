import { minorDigits, type Language } from '@lr/server-core';

/**
 * Intl puts narrow and thin no-break spaces in figures and dates ("1 200,50 $US"); the PDF's
 * built-in Helvetica has no glyph for them, so documents get plain spaces.
 */
export const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

/**
 * A calendar date ("2025-05-12") in the language: "12 mai 2025". It is a day, not an instant,
 * so it is formatted at UTC midnight in UTC and never shifts. Tables use the short month
 * ("12 mai 2025", "31 déc. 2026") to keep their columns narrow.
 */
export function calendarDate(date: string, language: Language, month: 'long' | 'short' = 'long'): string {
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
  return plainSpaces(format.format(new Date(`${date}T00:00:00Z`)));
}

/** The day of an instant (a submission, a review) as people read it, in UTC: "14 mai 2025". */
export function dayOf(at: Date, language: Language): string {
  return calendarDate(at.toISOString().slice(0, 10), language);
}

/**
 * A number from its exact text: the whole part through Intl as a BigInt (the language's grouping
 * rules, e.g. none for four digits in Spanish), the decimals appended as written. Never a float.
 */
function figure(sign: string, whole: string, fraction: string, language: Language): string {
  const format = new Intl.NumberFormat(language);
  const point = format.formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
  return plainSpaces(`${sign}${format.format(BigInt(whole || '0'))}${fraction ? point + fraction : ''}`);
}

/**
 * An indicator's value (a `numeric` decimal string such as "12.5000") in the language, without
 * trailing zeros: "12,5" in French. The unit follows when there is one.
 */
export function decimalFigure(value: string, language: Language, unit?: string | null): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace(/^[-+]/, '').split('.');
  const text = figure(negative ? '-' : '', whole, fraction.replace(/0+$/, ''), language);
  return unit ? `${text} ${unit}` : text;
}

/** An amount in minor units with its currency, keeping the currency's decimals: "1 200,50 USD". */
export function moneyFigure(minorUnits: string, currency: string, language: Language): string {
  const digits = minorDigits(currency);
  const n = BigInt(minorUnits);
  const abs = (n < 0n ? -n : n).toString().padStart(digits + 1, '0');
  const whole = digits ? abs.slice(0, -digits) : abs;
  const fraction = digits ? abs.slice(-digits) : '';
  return `${figure(n < 0n ? '-' : '', whole, fraction, language)} ${currency}`;
}
