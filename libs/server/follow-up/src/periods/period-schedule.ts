/** Days before `closesOn` owners are reminded of indicators with no report in the period. */
export const REMINDER_DAYS_BEFORE_CLOSE = 7;

const DAY = 86_400_000;

/** Midnight UTC of a YYYY-MM-DD day, moved by `days`. */
function dayAt(date: string, days: number): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY);
}

/** When owners are reminded: the start (UTC) of the day `REMINDER_DAYS_BEFORE_CLOSE` days before `closesOn`. */
export const reminderAt = (closesOn: string): Date => dayAt(closesOn, -REMINDER_DAYS_BEFORE_CLOSE);

/** When the period locks itself: once `closesOn` is over (the start, UTC, of the day after). */
export const autoLockAt = (closesOn: string): Date => dayAt(closesOn, 1);

/** The jobs' keys: one reminder and one automatic lock per period. */
export const reminderKey = (periodId: string) => `period-reminder:${periodId}`;
export const autoLockKey = (periodId: string) => `period-lock:${periodId}`;

/** The jobs' kinds, handled by the periods part (`jobs`). */
export const REMINDER_JOB = 'follow-up.period-reminder';
export const AUTO_LOCK_JOB = 'follow-up.period-auto-lock';

export interface PeriodDates {
  startsOn: string;
  endsOn: string;
  closesOn: string;
}

/** What is wrong with a period's dates, as field problems (dates are YYYY-MM-DD, so they compare as text). */
export function dateProblems(dates: PeriodDates): { path: string; message: string; constraint: string }[] {
  const problems: { path: string; message: string; constraint: string }[] = [];
  if (dates.endsOn < dates.startsOn) problems.push({ path: 'input.endsOn', message: `must be on or after startsOn (${dates.startsOn})`, constraint: 'periodEndsAfterStart' });
  if (dates.closesOn < dates.endsOn) problems.push({ path: 'input.closesOn', message: `must be on or after endsOn (${dates.endsOn})`, constraint: 'periodClosesAfterEnd' });
  return problems;
}

/** Whether two periods share at least one day. */
export function overlaps(a: Pick<PeriodDates, 'startsOn' | 'endsOn'>, b: Pick<PeriodDates, 'startsOn' | 'endsOn'>): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}
