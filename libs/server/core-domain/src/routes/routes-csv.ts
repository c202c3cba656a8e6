import { eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type RequestContext } from '@lr/server-core';
import type { Response } from 'express';
import { loadCountry, loadProgramme, loadThematicAreas } from '../common/core-reads';
import type { LearningRoute } from './learning-route.entity';
import { RouteFilter } from './route.inputs';
import { routeSortKey, routesQuery } from './route.service';

interface RouteRow {
  route: LearningRoute;
  title: string | null;
  programme: string | null;
  hostCountry: string | null;
  thematicAreas: string;
}

const COLUMNS: CsvColumn<RouteRow>[] = [
  { header: 'route_id', value: (r) => r.route.id },
  { header: 'title', value: (r) => r.title },
  { header: 'programme', value: (r) => r.programme },
  { header: 'host_country_code', value: (r) => r.route.hostCountryCode },
  { header: 'host_country', value: (r) => r.hostCountry },
  { header: 'phase', value: (r) => r.route.phase },
  { header: 'start_date', value: (r) => r.route.startDate },
  { header: 'end_date', value: (r) => r.route.endDate },
  { header: 'working_languages', value: (r) => r.route.workingLanguages.join('; ') },
  { header: 'thematic_areas', value: (r) => r.thematicAreas },
];

/**
 * `GET /core/routes.csv?<routes(filter:) fields>`: the routes the list shows for these filters,
 * in its order (start date), with names in the caller's language.
 */
export async function exportRoutesCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  const filter = await filterFromQuery(RouteFilter, query);
  const pages = rowsInPages(routesQuery(ctx, filter), routeSortKey(ctx));
  const rows = eachRow(pages, (routes) =>
    Promise.all(
      routes.map(async (route) => {
        const [programme, country, areas] = await Promise.all([loadProgramme(ctx, route.programmeId), loadCountry(ctx, route.hostCountryCode), loadThematicAreas(ctx, route.thematicAreaIds)]);
        return {
          route,
          title: localize(route.title, ctx.language),
          programme: programme ? localize(programme.name, ctx.language) : null,
          hostCountry: country ? localize(country.name, ctx.language) : null,
          thematicAreas: areas.map((a) => localize(a.name, ctx.language)).join('; '),
        } satisfies RouteRow;
      }),
    ),
  );
  await streamCsv(res, { fileName: 'routes.csv', columns: COLUMNS, rows });
}
