/** Calendar arithmetic on `YYYY-MM-DD` dates, in UTC (survey windows are whole days). */

const DAY_MS = 86_400_000;

/** Midnight UTC of the date. */
export function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The date, as `YYYY-MM-DD` in UTC. */
export function dateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(new Date(startOfDay(date).getTime() + days * DAY_MS));
}

/**
 * The same day `months` later, or the last day of that month when it is shorter
 * (2025-08-31 + 6 months → 2026-02-28), so a route ending on the 31st still gets a survey.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dateOf(new Date(Date.UTC(year, month, Math.min(d, lastDay))));
}
