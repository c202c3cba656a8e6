import type { Response } from 'express';
import { assertAllowed, filterFromQuery, localize, requiredParam, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadProgramme } from '@lr/server-core-domain';
import { autoLockAt, reminderAt } from './period-schedule';
import { ReportingPeriodFilter } from './period.inputs';
import type { ReportingPeriod } from './reporting-period.entity';
import { PERIOD_SORT, periodsQuery } from './reporting-period.service';

/** YYYY-MM-DD of an instant, as the API's `reminderOn` and `locksOn`. */
const day = (at: Date) => at.toISOString().slice(0, 10);

function columns(programme: string | null): CsvColumn<ReportingPeriod>[] {
  return [
    { header: 'period_id', value: (p) => p.id },
    { header: 'programme', value: () => programme },
    { header: 'label', value: (p) => p.label },
    { header: 'starts_on', value: (p) => p.startsOn },
    { header: 'ends_on', value: (p) => p.endsOn },
    { header: 'closes_on', value: (p) => p.closesOn },
    { header: 'reminder_on', value: (p) => day(reminderAt(p.closesOn)) },
    { header: 'locks_on', value: (p) => day(autoLockAt(p.closesOn)) },
    { header: 'status', value: (p) => p.status },
  ];
}

/**
 * `GET /follow-up/periods.csv?programmeId=…&<reportingPeriods(filter:) fields>`: a programme's
 * reporting periods as the list shows them, earliest first. The programme is required, as in the list.
 */
export async function exportPeriodsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'periods.csv');
  const programmeId = requiredParam(query, 'programmeId', 'uuid');
  const filter = await filterFromQuery(ReportingPeriodFilter, query);
  const programme = await loadProgramme(ctx, programmeId);
  const rows = (async function* () {
    for await (const page of rowsInPages(periodsQuery(ctx, programmeId, filter), PERIOD_SORT)) yield* page;
  })();
  await streamCsv(res, { fileName: 'periods.csv', columns: columns(programme ? localize(programme.name, ctx.language) : null), rows });
}

/** The reporting periods list as CSV (issue 14). */
export function mountPeriodsCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/periods.csv',
    handle((req, res, ctx) => exportPeriodsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
