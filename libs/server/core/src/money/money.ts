import { Field, InputType, ObjectType } from 'type-graphql';
import { Matches } from 'class-validator';
import { ValidationError } from '../errors';

/** Digits after the decimal point for a currency (GBP 2, JPY 0), from ICU's ISO 4217 data. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An exact amount: a decimal string and an ISO 4217 currency. Stored as integer minor units,
 * never as a float.
 */
@ObjectType()
export class Money {
  @Field({ description: 'Decimal string, e.g. "1009038.00"' }) amount: string;
  @Field({ description: 'ISO 4217 code, e.g. GBP' }) currency: string;
  @Field({ description: 'Integer minor units (pence, cents), as a string' }) minorUnits: string;
}

@InputType()
export class MoneyInput {
  @Field({ description: 'Decimal string, e.g. "1009038" or "1009038.00"' })
  @Matches(/^\d{1,15}(\.\d{1,4})?$/, { message: 'must be a positive decimal number such as 1009038.00' })
  amount: string;

  @Field() @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 code such as GBP' }) currency: string;
}

// ICU formats any three letters as a currency, so known codes are checked against its list.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Converts "1009038.5" GBP to "100903850"; refuses more decimals than the currency has. */
export function toMinorUnits(input: MoneyInput, path: string): string {
  if (!CURRENCIES.has(input.currency)) {
    throw ValidationError.field(`${path}.currency`, `${input.currency} is not an ISO 4217 currency`);
  }
  const digits = minorDigits(input.currency);
  const [whole, fraction = ''] = input.amount.split('.');
  if (fraction.replace(/0+$/, '').length > digits) {
    throw ValidationError.field(`${path}.amount`, `${input.currency} has ${digits} decimal places`);
  }
  return (BigInt(whole) * 10n ** BigInt(digits) + BigInt((fraction + '0'.repeat(digits)).slice(0, digits) || '0')).toString();
}

export function moneyFromMinor(minorUnits: string | null, currency: string | null): Money | null {
  if (minorUnits === null || currency === null) return null;
  const digits = minorDigits(currency);
  const n = BigInt(minorUnits);
  const scale = 10n ** BigInt(digits);
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const amount = digits === 0 ? abs.toString() : `${abs / scale}.${(abs % scale).toString().padStart(digits, '0')}`;
  return { amount: (negative ? '-' : '') + amount, currency, minorUnits };
}

/** An exchange rate as a decimal string: up to 10 digits after the point, positive. */
export const RATE = /^\d{1,10}(\.\d{1,10})?$/;

/**
 * Converts an amount in minor units of `from` into minor units of `to` at `rate` (units of `to`
 * per unit of `from`, a decimal string), exactly, rounding half away from zero once at the end.
 * @example convertMinor('10000', 'USD', '0.79', 'GBP') // '7900' (USD 100.00 → GBP 79.00)
 */
export function convertMinor(minorUnits: string, from: string, rate: string, to: string): string {
  if (!RATE.test(rate)) throw new Error(`Invalid exchange rate "${rate}"`);
  const [whole, fraction = ''] = rate.split('.');
  const rateNumerator = BigInt(whole + fraction);
  const rateScale = 10n ** BigInt(fraction.length);
  const numerator = BigInt(minorUnits) * rateNumerator * 10n ** BigInt(minorDigits(to));
  const denominator = rateScale * 10n ** BigInt(minorDigits(from));
  return divideRounded(numerator, denominator).toString();
}

/** numerator / denominator (denominator > 0), rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const quotient = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** Adds minor-unit strings exactly. */
export function sumMinor(values: readonly (string | bigint | null | undefined)[]): string {
  return values.reduce<bigint>((total, value) => total + (value === null || value === undefined ? 0n : BigInt(value)), 0n).toString();
}
