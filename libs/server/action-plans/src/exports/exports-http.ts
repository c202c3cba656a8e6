import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Request } from 'express';
import { downloadHeaders, fileNameWords, filterFromQuery, languageParam, localize, type ModuleHttp } from '@lr/server-core';
import { ActionPlanFilter } from '../plans/plan.inputs';
import { versionParam } from './download';
import { PLAN_LABELS } from './plan-labels';
import { planPdf } from './plan-pdf';
import { readPlanPrint } from './plan-print-source';
import { csvRecord, routePlansStringifier } from './route-plans-csv';
import { readableRoute, routePlanRows } from './route-plans-source';

const param = (req: Request, name: string) => String(req.params[name]);

/**
 * The plans as files (issue 12, item 6): one plan as a PDF in its language, and all plans of a
 * route as CSV. Same credentials as the API; errors in its JSON shape (NOT_FOUND for a plan or
 * route the caller may not read, BAD_USER_INPUT on `version` or `lang`).
 */
export function mountPlanExports({ app, handle }: ModuleHttp): void {
  app.get(
    '/action-plans/plans/:id.pdf',
    handle(async (req, res, ctx) => {
      const plan = await readPlanPrint(ctx, param(req, 'id'), { version: versionParam(req), language: languageParam(req.query as Record<string, unknown>) });
      const labels = PLAN_LABELS[plan.language];
      const which = plan.version ? `v${plan.version.number}` : fileNameWords(labels.draft);
      const name = fileNameWords(plan.title) || param(req, 'id');
      const body = await planPdf(plan);
      downloadHeaders(res, { contentType: 'application/pdf', fileName: `${fileNameWords(labels.actionPlan)}-${name}-${which}.pdf`, language: plan.language });
      res.send(body);
    }),
  );

  app.get(
    '/action-plans/routes/:routeId/plans.csv',
    handle(async (req, res, ctx) => {
      const routeId = param(req, 'routeId');
      const language = languageParam(req.query as Record<string, unknown>) ?? ctx.language;
      // Refusals answer as JSON; once the first byte is out, a failure can only cut the file short.
      const route = await readableRoute(ctx, routeId);
      // The plans list's filters (issue 14: the file holds what the list shows); the route is the path's.
      const filter = await filterFromQuery(ActionPlanFilter, req.query as Record<string, unknown>);
      const routeName = fileNameWords(localize(route.title, language) ?? '') || routeId;
      downloadHeaders(res, { contentType: 'text/csv; charset=utf-8', fileName: `action-plans-${routeName}.csv` });
      const csv = routePlansStringifier();
      csv.pipe(res);
      // Waits while the client reads; stops waiting (and writing) if it goes away.
      const gone = new AbortController();
      res.once('close', () => gone.abort());
      const write = async (record: object) => {
        if (!csv.write(record)) await once(csv, 'drain', { signal: gone.signal });
      };
      try {
        for await (const rows of routePlanRows(ctx, routeId, language, filter)) {
          for (const row of rows) await write(csvRecord(row));
        }
        csv.end();
        await finished(res);
      } catch (error) {
        csv.destroy();
        // The client left: nobody to tell.
        if (gone.signal.aborted) return;
        // Cut the response so the client sees a broken download rather than a short file.
        res.destroy(error as Error);
        throw error;
      }
    }),
  );
}
