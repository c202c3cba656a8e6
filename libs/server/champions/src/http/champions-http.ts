import type { ModuleHttp } from '@lr/server-core';
import { exportChampionsCsv } from '../champions/champions-csv';

/** The module's downloads: its lists as CSV, with the list's filters as query parameters (issue 14). */
export function mountChampionsHttp({ app, handle }: ModuleHttp): void {
  // Same rule as `champions`: anyone signed in, and partners' keys (published practices' champions only).
  app.get(
    '/champions/champions.csv',
    handle((req, res, ctx) => exportChampionsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
