// What the other areas of follow-up (progress) use of the periods.
export { assertPeriodOpen } from './assert-period-open';
export { PeriodLockedError } from './period-errors';
export { periodStatusMachine } from './period-machine';
export { PeriodStatus } from './period-status';
export { ReportingPeriod } from './reporting-period.entity';
