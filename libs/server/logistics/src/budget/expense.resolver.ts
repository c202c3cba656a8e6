import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, ConnectionType, convertMinor, joinedOr, loadOne, LookAhead, Money, moneyFromMinor, Reads, ToOne, type RequestContext, type Selection } from '@lr/server-core';
import { loadProgramme } from '@lr/server-core-domain';
import { LOGISTICS } from '../common/access';
import { AllowInternal } from './budget-access';
import { BudgetLine } from './budget-line.entity';
import { Expense } from './expense.entity';
import { CreateExpenseInput, ExpensesArgs, UpdateExpenseInput } from './expense.inputs';
import { ExpenseService } from './expense.service';

@ObjectType()
export class ExpenseConnection extends ConnectionType(Expense) {}

/** Where a receipt is downloaded (and uploaded, with POST). */
export const receiptPath = (expenseId: string) => `/logistics/expenses/${expenseId}/receipt`;

@Resolver(() => Expense)
export class ExpenseResolver {
  constructor(private readonly service: ExpenseService) {}

  @AllowInternal()
  @Query(() => ExpenseConnection, { description: 'Most recent first. Not for partners or participants' })
  expenses(@Ctx() ctx: RequestContext, @Args() args: ExpensesArgs, @LookAhead() selection: Selection) {
    return this.service.list(ctx, args, selection);
  }

  @AllowInternal()
  @Query(() => Expense)
  expense(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return this.service.get(ctx, id);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Expense, { description: "Refused on input.exchangeRate when no rate is given and the programme has no planning rate for the amount's currency" })
  createExpense(@Ctx() ctx: RequestContext, @Arg('input') input: CreateExpenseInput) {
    return this.service.create(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Expense)
  updateExpense(@Ctx() ctx: RequestContext, @Arg('input') input: UpdateExpenseInput) {
    return this.service.update(ctx, input);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => ID, { description: 'Deletes the expense at the version you read, and its receipt' })
  deleteExpense(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.delete(ctx, id, version);
  }

  @Allow.edit(LOGISTICS)
  @Mutation(() => Expense, { description: 'Removes the receipt (upload one with POST /logistics/expenses/:id/receipt)' })
  removeExpenseReceipt(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return this.service.removeReceipt(ctx, id, version);
  }

  @Reads('amountMinor', 'currency')
  @FieldResolver(() => Money, { description: 'In the currency paid' })
  amount(@Root() expense: Expense) {
    return moneyFromMinor(expense.amountMinor, expense.currency);
  }

  @Reads('amountMinor', 'currency', 'exchangeRate', 'budgetLineId')
  @FieldResolver(() => Money, { nullable: true, description: "In the programme's currency at the expense's own rate (rounded half away from zero): what the budget counts" })
  async converted(@Ctx() ctx: RequestContext, @Root() expense: Expense) {
    const line = await loadOne(ctx, BudgetLine, expense.budgetLineId);
    const programme = line ? await loadProgramme(ctx, line.programmeId) : null;
    if (!programme?.currency) return null;
    return moneyFromMinor(convertMinor(expense.amountMinor, expense.currency, expense.exchangeRate, programme.currency), programme.currency);
  }

  @ToOne('budgetLine')
  @FieldResolver(() => BudgetLine, { nullable: true })
  budgetLine(@Ctx() ctx: RequestContext, @Root() expense: Expense) {
    return joinedOr(expense.budgetLine, () => loadOne(ctx, BudgetLine, expense.budgetLineId));
  }

  @Reads('receiptKey')
  @FieldResolver(() => Boolean)
  hasReceipt(@Root() expense: Expense) {
    return expense.receiptKey !== null;
  }

  @Reads('receiptKey')
  @FieldResolver(() => String, { nullable: true, description: 'Path of the receipt download on the API (same credentials); null without a receipt' })
  receiptUrl(@Root() expense: Expense) {
    return expense.receiptKey ? receiptPath(expense.id) : null;
  }
}
