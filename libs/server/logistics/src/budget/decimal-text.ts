import type { ValueTransformer } from 'typeorm';
import { RATE } from '@lr/server-core';

/**
 * A `numeric` rate as PostgreSQL writes it ("0.7900000000" for numeric(20,10)), shown without the
 * padding ("0.79"). Still a decimal string, never a float: `convertMinor` reads it exactly.
 */
export function trimDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export const decimalText: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : trimDecimal(value)),
};

/** Why a rate text cannot be a rate (a positive decimal, ≤ 10 digits either side of the point), and the rule's name; or null. */
export function rateProblem(rate: string): { message: string; constraint: string } | null {
  if (!RATE.test(rate)) return { message: 'must be a decimal number such as 0.79 (at most 10 digits before and after the point)', constraint: 'rateFormat' };
  if (!/[1-9]/.test(rate)) return { message: 'must be above zero', constraint: 'ratePositive' };
  return null;
}
