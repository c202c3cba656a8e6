import { type RequestContext } from '@lr/server-core';
import { PeriodLockedError } from './period-errors';
import { PeriodStatus } from './period-status';
import { ReportingPeriod } from './reporting-period.entity';

/**
 * The programme's reporting period that covers `date` (YYYY-MM-DD), or null when none does;
 * throws PeriodLockedError (PHASE_RULE) when it is LOCKED. Progress calls it before a report is
 * added or changed (for the old date and the new one). In a transaction the period is read
 * FOR SHARE: reports being written do not wait for each other, but locking the period (FOR
 * UPDATE) waits for them, so no report lands in a period after it was locked.
 *
 * @example const period = await assertPeriodOpen(ctx, indicator.programmeId, input.reportedOn); report.periodId = period?.id ?? null;
 */
export async function assertPeriodOpen(ctx: RequestContext, programmeId: string, date: string): Promise<ReportingPeriod | null> {
  const q = ctx
    .repo(ReportingPeriod)
    .createQueryBuilder('p')
    .where('p.programme_id = :programmeId AND p.starts_on <= :date AND p.ends_on >= :date', { programmeId, date })
    .orderBy('p.starts_on', 'ASC');
  if (ctx.isInTransaction) q.setLock('pessimistic_read');
  const period = await q.getOne();
  if (period?.status === PeriodStatus.LOCKED) throw new PeriodLockedError(period);
  return period;
}
