import type { ValueTransformer } from 'typeorm';

/**
 * Indicator values (baselines, targets) are exact decimals kept as `numeric(20,4)`: up to 16
 * digits before the point and 4 after, optionally negative (a change rate can fall).
 */
export const DECIMAL = /^-?\d{1,16}(\.\d{1,4})?$/;

export const DECIMAL_MESSAGE = 'must be a decimal number with at most 16 digits before the point and 4 after, such as 12.5';

/**
 * The shortest way to write a decimal: "05.2500" → "5.25", "-0.0" → "0". PostgreSQL hands
 * `numeric(20,4)` back with four decimals ("5.0000"); people wrote "5".
 */
export function normalizeDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const int = whole.replace(/^0+(?=\d)/, '');
  const frac = fraction.replace(/0+$/, '');
  const body = frac ? `${int}.${frac}` : int;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Equal as numbers ("5" and "5.00"), compared exactly. */
export function sameDecimal(a: string, b: string): boolean {
  return normalizeDecimal(a) === normalizeDecimal(b);
}

/** Reads `numeric` columns as their shortest decimal string (never as a float). */
export const decimalColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null | undefined) => (value === null || value === undefined ? null : normalizeDecimal(String(value))),
};
