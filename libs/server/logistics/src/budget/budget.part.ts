import type { ModulePart } from '../common/module-part';
import { BudgetLine } from './budget-line.entity';
import { ExchangeRate } from './exchange-rate.entity';
import { Expense } from './expense.entity';

/** What the budget area adds to the logistics module. */
export const budgetPart: ModulePart = {
  entities: [BudgetLine, Expense, ExchangeRate],
};
