import type { ModulePart } from '@lr/server-core';
import { seedDemoPeriods } from '../demo/periods-demo';
import { periodStatusMachine } from './period-machine';
import { lockWhenClosed, remindOwners } from './period-reminders';
import { AUTO_LOCK_JOB, REMINDER_JOB } from './period-schedule';
import { mountPeriodsCsv } from './periods-csv';
import { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodResolver } from './reporting-period.resolver';
import { ReportingPeriodService } from './reporting-period.service';

/** What the periods area adds to the follow-up module. */
export const periodsPart: ModulePart = {
  entities: [ReportingPeriod],
  resolvers: [ReportingPeriodResolver],
  services: [ReportingPeriodService],
  stateMachines: [periodStatusMachine],
  jobs: {
    [REMINDER_JOB]: remindOwners,
    [AUTO_LOCK_JOB]: lockWhenClosed,
  },
  seedDemo: seedDemoPeriods,
  // The list as CSV (issue 14).
  http: mountPeriodsCsv,
};
