import type { ValueTransformer } from 'typeorm';

/**
 * Wall-clock times of the agenda and the instants they stand for. Sessions are written as
 * "09:30 on 2025-05-12 in America/Lima"; calendars, cross-route checks and people in other
 * zones need the instant (14:30Z). Pure functions, so the conversion is tested on its own.
 */

/** `HH:MM`, 24-hour clock. */
export const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** PostgreSQL hands `time` columns back as `HH:MM:SS`; the API speaks `HH:MM`. */
export const toHhMm = (time: string): string => time.slice(0, 5);

/** The `time` columns of a session, read as `HH:MM`. */
export const timeOfDay: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value ? toHhMm(value) : value),
};

/** Minutes since midnight of an `HH:MM` (or `HH:MM:SS`) time. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds (Lima: -5 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock of `timeZone` shows `time` on `date`.
 * The offset is looked up twice: once at the naive guess, once at the corrected instant, so a
 * time next to a daylight-saving change takes the offset in force then.
 *
 * @example zonedInstant('2025-05-12', '09:30', 'America/Lima') // 2025-05-12T14:30:00.000Z
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(first, timeZone));
}

/** Two half-open intervals [start, end) share some time (touching ends do not). */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Every date from `start` to `end` inclusive, as `YYYY-MM-DD`. */
export function datesBetween(start: string, end: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${start}T00:00:00Z`), last = Date.parse(`${end}T00:00:00Z`); t <= last; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
