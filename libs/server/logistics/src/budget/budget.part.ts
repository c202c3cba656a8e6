import { cascadeDelete, restrictDelete } from '@lr/server-core';
import { LearningRoute, Programme } from '@lr/server-core-domain';
import type { ModulePart } from '../common/module-part';
import { seedBudgetDemo } from '../demo/budget-demo';
import { mountBudgetHttp } from './budget-http';
import { mountBudgetCsv } from './expenses-csv';
import { BudgetLine } from './budget-line.entity';
import { BudgetLineResolver } from './budget-line.resolver';
import { BudgetLineService } from './budget-line.service';
import { BudgetSummaryResolver } from './budget-summary.resolver';
import { BudgetSummaryService } from './budget-summary.service';
import { ExchangeRate } from './exchange-rate.entity';
import { ExchangeRateResolver } from './exchange-rate.resolver';
import { ExchangeRateService } from './exchange-rate.service';
import { Expense } from './expense.entity';
import { ExpenseResolver } from './expense.resolver';
import { ExpenseService } from './expense.service';

/** What the budget area adds to the logistics module: lines, rates, expenses with receipts, and planned against actual. */
export const budgetPart: ModulePart = {
  entities: [BudgetLine, Expense, ExchangeRate],
  resolvers: [BudgetLineResolver, ExpenseResolver, ExchangeRateResolver, BudgetSummaryResolver],
  services: [BudgetLineService, ExpenseService, ExchangeRateService, BudgetSummaryService],
  references: [
    // Core records budget lines point at: deleting one still in use is refused, naming how many.
    restrictDelete(BudgetLine, 'programmeId', Programme),
    restrictDelete(BudgetLine, 'routeId', LearningRoute),
    // A line with expenses is history: it is refused, not emptied.
    restrictDelete(Expense, 'budgetLineId', BudgetLine),
    // A programme's planning rates go with it, each removal audited.
    cascadeDelete(ExchangeRate, 'programmeId', Programme),
  ],
  http: (http) => {
    mountBudgetHttp(http);
    mountBudgetCsv(http);
  },
  seedDemo: seedBudgetDemo,
};
