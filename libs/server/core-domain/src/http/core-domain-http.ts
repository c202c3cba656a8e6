import type { ModuleHttp, RequestContext } from '@lr/server-core';
import type { Response } from 'express';
import { exportOrganisationsCsv } from '../organisations/organisations-csv';
import { exportPeopleCsv } from '../people/people-csv';
import { exportProgrammesCsv } from '../programmes/programmes-csv';
import { exportRoutesCsv } from '../routes/routes-csv';

type Export = (ctx: RequestContext, query: Record<string, unknown>, res: Response) => Promise<void>;

/**
 * The core's downloads: its lists as CSV, with the list's filters as query parameters (issue 14).
 * Same rule as the lists: anyone signed in, and partners' keys.
 */
export function mountCoreDomainHttp({ app, handle }: ModuleHttp): void {
  const lists: Record<string, Export> = {
    '/core/routes.csv': exportRoutesCsv,
    '/core/programmes.csv': exportProgrammesCsv,
    '/core/organisations.csv': exportOrganisationsCsv,
    '/core/people.csv': exportPeopleCsv,
  };
  for (const [path, run] of Object.entries(lists)) app.get(path, handle((req, res, ctx) => run(ctx, req.query as Record<string, unknown>, res)));
}
