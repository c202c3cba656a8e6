import { cancelJob, scheduleJob, today, type RequestContext } from '@lr/server-core';
import { autoLockAt, autoLockKey, AUTO_LOCK_JOB, REMINDER_JOB, reminderAt, reminderKey } from './period-schedule';
import type { ReportingPeriod } from './reporting-period.entity';

/**
 * Schedules (or moves, when `closesOn` changed) the period's reminder and automatic lock, in the
 * transaction that created or changed it. A reminder already sent or a lock already made stays
 * done: moving `closesOn` later never reminds twice. A period that has already closed (entered
 * after the fact) gets no reminder, only its lock, which is then due at once.
 */
export async function schedulePeriodJobs(ctx: RequestContext, period: ReportingPeriod, now = new Date()): Promise<void> {
  const payload = { periodId: period.id };
  if (period.closesOn < today(now)) await cancelJob(ctx, reminderKey(period.id));
  else await scheduleJob(ctx, { kind: REMINDER_JOB, key: reminderKey(period.id), runAt: reminderAt(period.closesOn), payload });
  await scheduleJob(ctx, { kind: AUTO_LOCK_JOB, key: autoLockKey(period.id), runAt: autoLockAt(period.closesOn), payload });
}

/** Forgets the jobs of a period being deleted. */
export async function cancelPeriodJobs(ctx: RequestContext, periodId: string): Promise<void> {
  await cancelJob(ctx, reminderKey(periodId));
  await cancelJob(ctx, autoLockKey(periodId));
}
