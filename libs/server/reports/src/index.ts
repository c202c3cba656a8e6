export { reportsModule } from './reports.module';
// The public face of reports: assembled from the other modules' public reads; nothing to refer to.
export { ProgrammeReport, RouteReport } from './report.types';
