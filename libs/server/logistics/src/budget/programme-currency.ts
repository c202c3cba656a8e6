import { ReferenceCheck, ValidationError, type RequestContext } from '@lr/server-core';
import { ProgrammeRef, type Programme } from '@lr/server-core-domain';

/** ISO 4217 codes ICU knows (the kit's `toMinorUnits` accepts the same). */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const isCurrency = (code: string) => CURRENCIES.has(code);

/**
 * Budgets are kept in the programme's currency (the core's `Programme.budget`): a programme
 * without one cannot hold budget lines, rates or expenses until it gets one.
 */
export function currencyOf(programme: Programme, path: string): string {
  if (!programme.currency) throw ValidationError.field(path, 'the programme has no currency yet: give it a budget (amount and currency) first', 'programmeCurrency');
  return programme.currency;
}

/** The programme named by an argument, with its currency; each problem reported on `path`. */
export async function programmeWithCurrency(ctx: RequestContext, programmeId: string, path: string): Promise<{ programme: Programme; currency: string }> {
  const check = new ReferenceCheck(ctx);
  const programme = await check.one(ProgrammeRef, programmeId, path);
  check.assertValid();
  return { programme: programme as Programme, currency: currencyOf(programme as Programme, path) };
}
