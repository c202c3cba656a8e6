import type { DomainModule } from '@lr/server-core';
import { mountReportDownloads } from './documents/reports-http';
import { ReportResolver } from './report.resolver';
import { ReportService } from './report.service';

/** Reports: a route's or a programme's figures from every module, as a query, a PDF and a workbook. No tables of its own. */
export const reportsModule: DomainModule = {
  name: 'reports',
  description:
    "Reports per route and per programme from every module's public reads: as a query, a PDF in en/fr/es with charts, and a workbook",
  entities: [],
  resolvers: [ReportResolver],
  services: [ReportService],
  migrations: [],
  http: mountReportDownloads,
};
