import { DomainError, ErrorCode } from '@lr/server-core';
import { PeriodStatus } from './period-status';
import type { ReportingPeriod } from './reporting-period.entity';

/**
 * A report added to or changed in a LOCKED period (PHASE_RULE, naming the period and how to
 * get it reopened), or a change to a locked period itself.
 */
export class PeriodLockedError extends DomainError {
  readonly code = ErrorCode.PHASE_RULE;
  constructor(period: Pick<ReportingPeriod, 'id' | 'label' | 'startsOn' | 'endsOn'>, what = 'reports dated in it can no longer be added or changed') {
    super(`The reporting period "${period.label}" (${period.startsOn} to ${period.endsOn}) is LOCKED: ${what}; an admin may reopen it with a reason`, {
      machine: 'reporting_period.status',
      periodId: period.id,
      status: PeriodStatus.LOCKED,
      allowed: [],
      constraint: 'periodLocked',
    });
  }
}
