import type { Request } from 'express';
import {
  fileNameWords,
  languageParam,
  localize,
  sendDownload,
  type Language,
  type ModuleHttp,
  type RequestContext,
} from '@lr/server-core';
import { ReportService } from '../report.service';
import { REPORT_LABELS } from '../texts/report-labels';
import type { ReportDocument } from './report-document';
import { reportPdf } from './report-pdf';
import { reportWorkbook } from './report-workbook';

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const param = (req: Request, name: string) => String(req.params[name]);
const today = () => new Date().toISOString().slice(0, 10);

async function routeDocument(
  ctx: RequestContext,
  id: string,
  language: Language,
): Promise<ReportDocument> {
  const report = await new ReportService().routeReport(ctx, id, language);
  const labels = REPORT_LABELS[language];
  return {
    language,
    labels,
    heading: labels.routeReport,
    title: localize(report.route.title, language) ?? '',
    generatedOn: today(),
    report,
    routes: [],
  };
}

async function programmeDocument(
  ctx: RequestContext,
  id: string,
  language: Language,
): Promise<ReportDocument> {
  const report = await new ReportService().programmeReport(ctx, id, language);
  const labels = REPORT_LABELS[language];
  return {
    language,
    labels,
    heading: labels.programmeReport,
    title: localize(report.programme.name, language) ?? '',
    generatedOn: today(),
    report,
    routes: report.routes.map((r) => ({
      title: localize(r.route.title, language) ?? '',
      report: r,
    })),
  };
}

/**
 * The reports as files: `/reports/routes/:id/report.pdf|xlsx` and `/reports/programmes/:id/…`,
 * `?lang=en|fr|es` (else the caller's language). Same credentials and rules as the
 * `routeReport` and `programmeReport` queries; errors in the API's JSON shape.
 */
export function mountReportDownloads({ app, handle }: ModuleHttp): void {
  const kinds = [
    { path: 'routes', read: routeDocument, prefix: 'route-report' },
    { path: 'programmes', read: programmeDocument, prefix: 'programme-report' },
  ];
  for (const kind of kinds) {
    app.get(
      `/reports/${kind.path}/:id/report.pdf`,
      handle(async (req, res, ctx) => {
        const language = languageParam(req.query as Record<string, unknown>) ?? ctx.language;
        const doc = await kind.read(ctx, param(req, 'id'), language);
        const body = await reportPdf(doc);
        sendDownload(res, {
          contentType: PDF,
          fileName: `${kind.prefix}-${fileNameWords(doc.title) || param(req, 'id')}-${language}.pdf`,
          body,
          language,
        });
      }),
    );
    app.get(
      `/reports/${kind.path}/:id/report.xlsx`,
      handle(async (req, res, ctx) => {
        const language = languageParam(req.query as Record<string, unknown>) ?? ctx.language;
        const doc = await kind.read(ctx, param(req, 'id'), language);
        const body = await reportWorkbook(doc);
        sendDownload(res, {
          contentType: XLSX,
          fileName: `${kind.prefix}-${fileNameWords(doc.title) || param(req, 'id')}-${language}.xlsx`,
          body,
          language,
        });
      }),
    );
  }
}
