import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, moneyFromMinor, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import { loadOrganisation } from '../common/core-reads';
import type { Programme } from './programme.entity';
import { ProgrammeFilter } from './programme.inputs';
import { PROGRAMME_SORT, programmesQuery } from './programme.service';

interface ProgrammeRow {
  programme: Programme;
  name: string | null;
  funder: string | null;
  coordinator: string | null;
  facilitator: string | null;
}

const COLUMNS: CsvColumn<ProgrammeRow>[] = [
  { header: 'programme_id', value: (r) => r.programme.id },
  { header: 'name', value: (r) => r.name },
  { header: 'funder', value: (r) => r.funder },
  { header: 'coordinator', value: (r) => r.coordinator },
  { header: 'facilitator', value: (r) => r.facilitator },
  { header: 'start_date', value: (r) => r.programme.startDate },
  { header: 'end_date', value: (r) => r.programme.endDate },
  { header: 'currency', value: (r) => r.programme.currency },
  // A plain decimal point, so a spreadsheet can sum it.
  { header: 'budget', value: (r) => (r.programme.budgetMinor && r.programme.currency ? moneyFromMinor(r.programme.budgetMinor, r.programme.currency)?.amount : null) },
  { header: 'max_route_days', value: (r) => r.programme.maxRouteDays },
];

/** `GET /core/programmes.csv?<programmes(filter:) fields>`: the programmes the list shows, newest first. */
export async function exportProgrammesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(ProgrammeFilter, query);
  const nameOf = async (id: string | null) => (id ? ((await loadOrganisation(ctx, id))?.name ?? null) : null);
  const rows = eachRow(rowsInPages(programmesQuery(ctx, filter), PROGRAMME_SORT), (programmes) =>
    Promise.all(
      programmes.map(async (programme): Promise<ProgrammeRow> => {
        const [funder, coordinator, facilitator] = await Promise.all([nameOf(programme.funderId), nameOf(programme.coordinatorId), nameOf(programme.facilitatorId)]);
        return { programme, name: localize(programme.name, ctx.language), funder, coordinator, facilitator };
      }),
    ),
  );
  await streamCsv(res, { fileName: 'programmes.csv', columns: COLUMNS, rows });
}
