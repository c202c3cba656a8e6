import type { Response } from 'express';
import { eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext, type SortKey } from '@lr/server-core';
import { loadPerson, loadRoute } from '@lr/server-core-domain';
import { indicatorStatus, progressShare, type ValuePoint } from './indicator-progress';
import { TrackedIndicatorFilter } from './indicator.inputs';
import { indicatorsQuery } from './indicator.service';
import { lastVerifiedOf } from './last-verified';
import type { TrackedIndicator } from './tracked-indicator.entity';

interface IndicatorRow {
  indicator: TrackedIndicator;
  name: string | null;
  route: string | null;
  owner: string | null;
  last: ValuePoint | null;
}

const COLUMNS: CsvColumn<IndicatorRow>[] = [
  { header: 'indicator_id', value: (r) => r.indicator.id },
  { header: 'name', value: (r) => r.name },
  { header: 'route', value: (r) => r.route },
  { header: 'owner', value: (r) => r.owner },
  { header: 'unit', value: (r) => r.indicator.unit },
  { header: 'baseline_value', value: (r) => r.indicator.baselineValue },
  { header: 'baseline_date', value: (r) => r.indicator.baselineDate },
  { header: 'target_value', value: (r) => r.indicator.targetValue },
  { header: 'target_date', value: (r) => r.indicator.targetDate },
  { header: 'last_verified_value', value: (r) => r.last?.value },
  { header: 'last_verified_on', value: (r) => r.last?.reportedOn },
  { header: 'progress_share', value: (r) => progressShare(r.indicator, r.last) },
  { header: 'status', value: (r) => indicatorStatus(r.indicator, r.last) },
];

/** The list's order: by target date. */
const INDICATOR_SORT: SortKey = { expression: 'i.target_date', direction: 'ASC' };

/**
 * `GET /follow-up/indicators.csv?<trackedIndicators(filter:) fields>`: the indicators the list
 * shows the caller, by target date, with the last verified value and where it stands.
 */
export async function exportIndicatorsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(TrackedIndicatorFilter, query);
  const rows = eachRow(rowsInPages(await indicatorsQuery(ctx, filter), INDICATOR_SORT), async (indicators) => {
    // One statement for the page's verified values.
    const last = await lastVerifiedOf(ctx, indicators.map((i) => i.id));
    return Promise.all(
      indicators.map(async (indicator): Promise<IndicatorRow> => {
        const [route, owner] = await Promise.all([indicator.routeId ? loadRoute(ctx, indicator.routeId) : null, indicator.ownerPersonId ? loadPerson(ctx, indicator.ownerPersonId) : null]);
        return {
          indicator,
          name: localize(indicator.name, ctx.language),
          route: route ? localize(route.title, ctx.language) : null,
          owner: owner ? `${owner.givenName} ${owner.familyName}` : null,
          last: last.get(indicator.id) ?? null,
        };
      }),
    );
  });
  await streamCsv(res, { fileName: 'indicators.csv', columns: COLUMNS, rows });
}

/** The indicators list as CSV (issue 14); same rule as `trackedIndicators`. */
export function mountIndicatorsCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/indicators.csv',
    handle((req, res, ctx) => exportIndicatorsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
