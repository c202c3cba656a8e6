import type { Response } from 'express';
import { assertAllowed, convertMinor, eachRow, filterFromQuery, loadOne, moneyFromMinor, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadProgramme } from '@lr/server-core-domain';
import { BudgetLine } from './budget-line.entity';
import { exportBudgetLinesCsv } from './budget-lines-csv';
import type { Expense } from './expense.entity';
import { ExpenseFilter } from './expense.inputs';
import { EXPENSE_SORT, expensesQuery } from './expense.service';

interface ExpenseRow {
  expense: Expense;
  line: BudgetLine | null;
  programmeCurrency: string | null;
}

/** Plain decimal amounts with their currency in the next column, so a spreadsheet can sum them. */
const COLUMNS: CsvColumn<ExpenseRow>[] = [
  { header: 'expense_id', value: (r) => r.expense.id },
  { header: 'spent_on', value: (r) => r.expense.spentOn },
  { header: 'description', value: (r) => r.expense.description },
  { header: 'budget_line', value: (r) => r.line?.label },
  { header: 'category', value: (r) => r.line?.category },
  { header: 'amount', value: (r) => moneyFromMinor(r.expense.amountMinor, r.expense.currency)?.amount },
  { header: 'currency', value: (r) => r.expense.currency },
  { header: 'exchange_rate', value: (r) => r.expense.exchangeRate },
  {
    header: 'converted_amount',
    value: (r) => (r.programmeCurrency ? moneyFromMinor(convertMinor(r.expense.amountMinor, r.expense.currency, r.expense.exchangeRate, r.programmeCurrency), r.programmeCurrency)?.amount : null),
  },
  { header: 'programme_currency', value: (r) => r.programmeCurrency },
  { header: 'has_receipt', value: (r) => r.expense.receiptKey !== null },
];

/**
 * `GET /logistics/expenses.csv?<expenses(filter:) fields>`: the expenses the list shows, most
 * recent first; like the list, for editors, reviewers and viewers only (not partners or participants).
 */
export async function exportExpensesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  // The rule of `expenses` (`AllowInternal`): admins, editors, reviewers and viewers.
  assertAllowed(ctx, ['ROLE:EDITOR', 'ROLE:REVIEWER', 'ROLE:VIEWER'], 'expenses.csv');
  const filter = await filterFromQuery(ExpenseFilter, query);
  const rows = eachRow(rowsInPages(expensesQuery(ctx, filter), EXPENSE_SORT), (expenses) =>
    Promise.all(
      expenses.map(async (expense): Promise<ExpenseRow> => {
        const line = await loadOne(ctx, BudgetLine, expense.budgetLineId);
        const programme = line ? await loadProgramme(ctx, line.programmeId) : null;
        return { expense, line, programmeCurrency: programme?.currency ?? null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'expenses.csv', columns: COLUMNS, rows });
}

/** The budget's lists as CSV (issue 14). */
export function mountBudgetCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/logistics/expenses.csv',
    handle((req, res, ctx) => exportExpensesCsv(ctx, req.query as Record<string, unknown>, res)),
  );
  app.get(
    '/logistics/budget-lines.csv',
    handle((req, res, ctx) => exportBudgetLinesCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
