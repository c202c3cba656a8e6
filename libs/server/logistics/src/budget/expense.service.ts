import { randomUUID } from 'node:crypto';
import { isUUID } from 'class-validator';
import {
  createFileStorage,
  findOrFail,
  ForbiddenError,
  hasSearch,
  loadForUpdate,
  lockRow,
  NotFoundError,
  paginate,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  toMinorUnits,
  ValidationError,
  type Connection,
  type FileStorage,
  type RequestContext,
  type Selection,
  type SortKey,
} from '@lr/server-core';
import { getProgramme } from '@lr/server-core-domain';
import { isInternal } from './budget-access';
import { BudgetLine, BudgetLineRef } from './budget-line.entity';
import { rateProblem, trimDecimal } from './decimal-text';
import { ExchangeRate } from './exchange-rate.entity';
import { Expense } from './expense.entity';
import type { CreateExpenseInput, ExpenseFilter, ExpensesArgs, UpdateExpenseInput } from './expense.inputs';
import { currencyOf } from './programme-currency';
import { receiptFileName } from './receipt-rules';

const storageOf = (ctx: RequestContext): FileStorage => createFileStorage(ctx.runtime.config);

/** Deletes stored files once the transaction that stopped referring to them commits (never before: it may roll back). */
function deleteAfterCommit(ctx: RequestContext, key: string | null): void {
  if (!key) return;
  const storage = storageOf(ctx);
  ctx.afterCommit(() => storage.delete(key));
}

/** The expenses `expenses(filter:)` lists (alias `e`); the CSV export runs the same query. */
export function expensesQuery(ctx: RequestContext, f: ExpenseFilter | undefined) {
  const q = ctx.repo(Expense).createQueryBuilder('e');
  const onLine = (condition: string, params: Record<string, unknown>) => q.andWhere(`EXISTS (SELECT 1 FROM budget_line fl WHERE fl.id = e.budget_line_id AND ${condition})`, params);
  if (f?.programmeId) onLine('fl.programme_id = :programmeId', { programmeId: f.programmeId });
  if (f?.routeId) onLine('fl.route_id = :routeId', { routeId: f.routeId });
  if (f?.category) onLine('fl.category = :category', { category: f.category });
  if (f?.budgetLineId) q.andWhere('e.budget_line_id = :budgetLineId', { budgetLineId: f.budgetLineId });
  if (f?.from) q.andWhere('e.spent_on >= :from', { from: f.from });
  if (f?.to) q.andWhere('e.spent_on <= :to', { to: f.to });
  if (f?.hasReceipt !== undefined && f.hasReceipt !== null) q.andWhere(`e.receipt_key IS ${f.hasReceipt ? 'NOT ' : ''}NULL`);
  if (hasSearch(f?.search)) q.andWhere(textMatches('e', { plain: ['description'] }), { term: searchTerm(f.search) });
  return q;
}

/** Most recent first. */
export const EXPENSE_SORT: SortKey = { expression: 'e.spent_on', direction: 'DESC' };

@Service()
export class ExpenseService {
  /** Most recent first. */
  list(ctx: RequestContext, args: ExpensesArgs, selection?: Selection): Promise<Connection<Expense>> {
    return paginate(expensesQuery(ctx, args.filter), args, EXPENSE_SORT, selection);
  }

  get(ctx: RequestContext, id: string): Promise<Expense> {
    return findOrFail(ctx, Expense, id);
  }

  async create(ctx: RequestContext, input: CreateExpenseInput): Promise<Expense> {
    const check = new ReferenceCheck(ctx);
    const line = await check.one(BudgetLineRef, input.budgetLineId, 'input.budgetLineId');
    check.assertValid();
    const amount = toMinorUnits(input.amount, 'input.amount');
    const rate = await this.rateFor(ctx, line as BudgetLine, input.amount.currency, input.exchangeRate);
    const repo = ctx.repo(Expense);
    return repo.save(
      repo.create({
        budgetLineId: input.budgetLineId,
        spentOn: input.spentOn,
        description: input.description.trim(),
        amountMinor: amount,
        currency: input.amount.currency,
        exchangeRate: rate,
        receiptKey: null,
        receiptName: null,
        receiptType: null,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateExpenseInput): Promise<Expense> {
    const expense = await loadForUpdate(ctx, Expense, input.id, input.version);
    const current = await findOrFail(ctx, BudgetLine, expense.budgetLineId);
    let line = current;
    if (input.budgetLineId && input.budgetLineId !== expense.budgetLineId) {
      const check = new ReferenceCheck(ctx);
      const target = await check.one(BudgetLineRef, input.budgetLineId, 'input.budgetLineId');
      if (target && target.programmeId !== current.programmeId) check.add('input.budgetLineId', "is a line of another programme: an expense moves between its own programme's lines", 'lineOfProgramme');
      check.assertValid();
      line = target as BudgetLine;
    }
    const currency = input.amount?.currency ?? expense.currency;
    if (input.amount) expense.amountMinor = toMinorUnits(input.amount, 'input.amount');
    // A new rate when given; the default again when the currency changed; else the one recorded.
    if (input.exchangeRate !== undefined && input.exchangeRate !== null) expense.exchangeRate = await this.rateFor(ctx, line, currency, input.exchangeRate);
    else if (currency !== expense.currency) expense.exchangeRate = await this.rateFor(ctx, line, currency, undefined);
    expense.currency = currency;
    expense.budgetLineId = line.id;
    if (input.spentOn) expense.spentOn = input.spentOn;
    if (input.description) expense.description = input.description.trim();
    return ctx.repo(Expense).save(expense);
  }

  /** Removes the expense; its receipt file goes once the removal commits. */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const expense = await loadForUpdate(ctx, Expense, id, version);
    const key = expense.receiptKey;
    await ctx.repo(Expense).remove(expense);
    deleteAfterCommit(ctx, key);
    return id;
  }

  /**
   * The rate of an expense: the one given (exactly 1 in the programme's own currency), or by
   * default 1 in the programme's currency and the programme's planning rate for any other.
   */
  private async rateFor(ctx: RequestContext, line: BudgetLine, currency: string, given: string | undefined): Promise<string> {
    const own = currencyOf(await getProgramme(ctx, line.programmeId), 'input.budgetLineId');
    if (given !== undefined) {
      const problem = rateProblem(given);
      if (problem) throw ValidationError.field('input.exchangeRate', problem.message, problem.constraint);
      if (currency === own && trimDecimal(given) !== '1') throw ValidationError.field('input.exchangeRate', `must be 1 for an expense in ${own}, the programme's currency`, 'ownCurrencyRate');
      return trimDecimal(given);
    }
    if (currency === own) return '1';
    const planning = await ctx.repo(ExchangeRate).findOneBy({ programmeId: line.programmeId, currency });
    if (!planning) {
      throw ValidationError.field('input.exchangeRate', `no exchange rate from ${currency} to ${own} is known: give the rate of the day, or set the programme's planning rate for ${currency}`, 'rateForCurrency');
    }
    return planning.rate;
  }

  /**
   * Stores an uploaded receipt, replacing the previous file (deleted once the transaction the
   * caller opened commits). A new key per upload: a download keeps reading the old file until
   * the swap commits.
   */
  async attachReceipt(ctx: RequestContext, id: string, file: { data: Buffer; contentType: string; fileName?: string }): Promise<Expense> {
    const expense = await lockRow(ctx, Expense, id);
    deleteAfterCommit(ctx, expense.receiptKey);
    const key = `logistics/receipts/${expense.id}/${randomUUID()}`;
    await storageOf(ctx).put(key, file.data);
    Object.assign(expense, { receiptKey: key, receiptName: receiptFileName(file.fileName, expense.id, file.contentType), receiptType: file.contentType });
    return ctx.repo(Expense).save(expense);
  }

  async removeReceipt(ctx: RequestContext, id: string, version: number): Promise<Expense> {
    const expense = await loadForUpdate(ctx, Expense, id, version);
    deleteAfterCommit(ctx, expense.receiptKey);
    Object.assign(expense, { receiptKey: null, receiptName: null, receiptType: null });
    return ctx.repo(Expense).save(expense);
  }

  /** The stored receipt of an expense: FORBIDDEN for partners and participants, NOT_FOUND when there is none. */
  async readReceipt(ctx: RequestContext, id: string): Promise<{ expense: Expense; data: Buffer }> {
    if (!isInternal(ctx.principal)) throw new ForbiddenError('Receipts are for admins and internal users');
    const expense = isUUID(id) ? await ctx.repo(Expense).findOneBy({ id }) : null;
    if (!expense) throw new NotFoundError('Expense', id);
    const data = expense.receiptKey ? await storageOf(ctx).get(expense.receiptKey) : null;
    if (!data) throw new NotFoundError('Expense receipt', id);
    return { expense, data };
  }
}
