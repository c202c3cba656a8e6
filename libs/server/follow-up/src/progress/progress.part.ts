import type { ModulePart } from '@lr/server-core';
import { mountProgressHttp } from './progress-http';
import { ProgressReport } from './progress-report.entity';
import { IndicatorReportsResolver, ProgressResolver } from './progress.resolver';
import { ProgressService } from './progress.service';
import { verificationMachine } from './verification-machine';

/** What the progress area adds to the follow-up module. */
export const progressPart: ModulePart = {
  entities: [ProgressReport],
  resolvers: [ProgressResolver, IndicatorReportsResolver],
  services: [ProgressService],
  stateMachines: [verificationMachine],
  http: mountProgressHttp,
};
