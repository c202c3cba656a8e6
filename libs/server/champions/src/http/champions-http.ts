import type { ModuleHttp } from '@lr/server-core';
import { exportChampionsCsv } from '../champions/champions-csv';
import { mountReadinessCsv } from '../readiness/readiness-csv';

/** The module's downloads: its lists as CSV, with the list's filters as query parameters (issue 14). */
export function mountChampionsHttp(http: ModuleHttp): void {
  const { app, handle } = http;
  // Same rule as `champions`: anyone signed in, and partners' keys (published practices' champions only).
  app.get(
    '/champions/champions.csv',
    handle((req, res, ctx) => exportChampionsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
  // Same rule as `championReadiness`: signed-in users only.
  mountReadinessCsv(http);
}
