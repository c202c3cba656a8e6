import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, localize, moneyFromMinor, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadProgramme, loadRoute } from '@lr/server-core-domain';
import type { BudgetLine } from './budget-line.entity';
import { BudgetLineFilter } from './budget-line.inputs';
import { BUDGET_LINE_SORT, budgetLinesQuery } from './budget-line.service';

interface LineRow {
  line: BudgetLine;
  programme: string | null;
  route: string | null;
}

const COLUMNS: CsvColumn<LineRow>[] = [
  { header: 'budget_line_id', value: (r) => r.line.id },
  { header: 'programme', value: (r) => r.programme },
  { header: 'route', value: (r) => r.route },
  { header: 'category', value: (r) => r.line.category },
  { header: 'label', value: (r) => r.line.label },
  { header: 'planned_amount', value: (r) => moneyFromMinor(r.line.plannedMinor, r.line.currency)?.amount },
  { header: 'currency', value: (r) => r.line.currency },
];

/**
 * `GET /logistics/budget-lines.csv?<budgetLines(filter:) fields>`: the lines the list shows, by
 * category then label; like the list, not for partners or participants.
 */
export async function exportBudgetLinesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  // The rule of `budgetLines` (`AllowInternal`): admins, editors, reviewers and viewers.
  assertAllowed(ctx, ['ROLE:EDITOR', 'ROLE:REVIEWER', 'ROLE:VIEWER'], 'budget-lines.csv');
  const filter = await filterFromQuery(BudgetLineFilter, query);
  const rows = eachRow(rowsInPages(budgetLinesQuery(ctx, filter), BUDGET_LINE_SORT), (lines) =>
    Promise.all(
      lines.map(async (line): Promise<LineRow> => {
        const [programme, route] = await Promise.all([loadProgramme(ctx, line.programmeId), line.routeId ? loadRoute(ctx, line.routeId) : null]);
        return { line, programme: programme ? localize(programme.name, ctx.language) : null, route: route ? localize(route.title, ctx.language) : null };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'budget-lines.csv', columns: COLUMNS, rows });
}
