import type { ValueTransformer } from 'typeorm';

/**
 * Indicator values are exact decimals kept as `numeric(20,4)`: up to 16 digits before the point
 * and 4 after, optionally negative (a rate can fall). Arithmetic on them is done on BigInt
 * counts of ten-thousandths, never on floats.
 */
export const DECIMAL = /^-?\d{1,16}(\.\d{1,4})?$/;
export const DECIMAL_MESSAGE = 'must be a decimal number with at most 16 digits before the point and 4 after, such as 12.5';

const SCALE = 4;
const ONE = 10n ** BigInt(SCALE);

/** "12.5" → 125000n (ten-thousandths). The value must match `DECIMAL` (or PostgreSQL's "12.5000"). */
export function toScaled(value: string): bigint {
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const scaled = BigInt(whole || '0') * ONE + BigInt((fraction + '0000').slice(0, SCALE));
  return negative ? -scaled : scaled;
}

/** The shortest way to write a count of `10^-scale` units: 125000n → "12.5", -0n → "0". */
export function fromScaled(units: bigint, scale = SCALE): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const unit = 10n ** BigInt(scale);
  const whole = (abs / unit).toString();
  const fraction = scale ? (abs % unit).toString().padStart(scale, '0').replace(/0+$/, '') : '';
  const body = fraction ? `${whole}.${fraction}` : whole;
  return negative && body !== '0' ? `-${body}` : body;
}

/** The shortest way to write a decimal: "05.2500" → "5.25". */
export const normalizeDecimal = (value: string): string => fromScaled(toScaled(value));

/** `a / b` rounded half away from zero to an integer (b ≠ 0). */
export function divideRounded(a: bigint, b: bigint): bigint {
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = (2n * absA + absB) / (2n * absB);
  return negative ? -q : q;
}

/** Reads `numeric` columns as their shortest decimal string (never as a float). */
export const decimalColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null | undefined) => (value === null || value === undefined ? null : normalizeDecimal(String(value))),
};
