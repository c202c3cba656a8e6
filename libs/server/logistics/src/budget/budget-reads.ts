import type { RequestContext } from '@lr/server-core';
import { isInternal } from './budget-access';
import { BudgetSummaryService } from './budget-summary.service';
import type { ProgrammeBudget, RouteBudget } from './budget-summary.types';

/**
 * A route's budget, planned against actual in the programme's currency, exactly as the budget
 * area computes it (`routeBudget`); null for callers who do not read money (partners,
 * PARTICIPANT users).
 */
export function routeBudgetOf(ctx: RequestContext, routeId: string): Promise<RouteBudget | null> {
  return isInternal(ctx.principal) ? new BudgetSummaryService().routeBudget(ctx, routeId) : Promise.resolve(null);
}

/** A programme's budget as `programmeBudget` computes it; null for callers who do not read money. */
export function programmeBudgetOf(ctx: RequestContext, programmeId: string): Promise<ProgrammeBudget | null> {
  return isInternal(ctx.principal) ? new BudgetSummaryService().programmeBudget(ctx, programmeId) : Promise.resolve(null);
}
