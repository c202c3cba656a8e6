import { Service, ValidationError, type FieldProblem, type RequestContext } from '@lr/server-core';
import { getProgramme } from '@lr/server-core-domain';
import { rateProblem, trimDecimal } from './decimal-text';
import { ExchangeRate } from './exchange-rate.entity';
import { currencyOf, isCurrency, programmeWithCurrency } from './programme-currency';

@Service()
export class ExchangeRateService {
  /** The programme's planning rates, by currency; NOT_FOUND for an unknown programme. */
  async list(ctx: RequestContext, programmeId: string): Promise<ExchangeRate[]> {
    currencyOf(await getProgramme(ctx, programmeId), 'programmeId');
    return ctx.repo(ExchangeRate).find({ where: { programmeId }, order: { currency: 'ASC' } });
  }

  /**
   * Sets the programme's planning rate for a currency (programme currency units per unit of it),
   * replacing the one there was. Expenses keep the rates they were recorded with.
   */
  async set(ctx: RequestContext, programmeId: string, currency: string, rate: string): Promise<ExchangeRate> {
    const { currency: own } = await programmeWithCurrency(ctx, programmeId, 'programmeId');
    const problems: FieldProblem[] = [];
    if (!isCurrency(currency)) problems.push({ path: 'currency', message: `${currency} is not an ISO 4217 currency`, constraint: 'isCurrency' });
    else if (currency === own) problems.push({ path: 'currency', message: `is the programme's own currency (its rate is always 1)`, constraint: 'notOwnCurrency' });
    const problem = rateProblem(rate);
    if (problem) problems.push({ path: 'rate', ...problem });
    if (problems.length) throw new ValidationError(problems);
    rate = trimDecimal(rate);
    const repo = ctx.repo(ExchangeRate);
    // Locked so two editors setting the same rate are applied one after the other.
    const existing = await repo.findOne({ where: { programmeId, currency }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      existing.rate = rate;
      return repo.save(existing);
    }
    return repo.save(repo.create({ programmeId, currency, rate }));
  }

  /** Removes the programme's rate for a currency; false when there was none. */
  async remove(ctx: RequestContext, programmeId: string, currency: string): Promise<boolean> {
    await programmeWithCurrency(ctx, programmeId, 'programmeId');
    const existing = await ctx.repo(ExchangeRate).findOne({ where: { programmeId, currency }, lock: { mode: 'pessimistic_write' } });
    if (!existing) return false;
    await ctx.repo(ExchangeRate).remove(existing);
    return true;
  }
}
