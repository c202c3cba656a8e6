import { LOCAL_DATE_TIME } from '../common/local-date-time';

/**
 * Wall-clock times in IANA zones, as tickets print them, turned into instants and back with the
 * platform's ICU time-zone data (the same tzdata PostgreSQL and the portal's browsers use). No
 * offsets are typed by people, so daylight saving and historical changes come from the data.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockAt(epochMs: number, zone: string): WallClock & { second: number } {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return { year: +parts['year'], month: +parts['month'], day: +parts['day'], hour: +parts['hour'], minute: +parts['minute'], second: +parts['second'] };
}

/** The zone's offset from UTC at an instant, in milliseconds (Lima: -5 h). */
function offsetAt(epochMs: number, zone: string): number {
  const w = wallClockAt(epochMs, zone);
  const seconds = Math.floor(epochMs / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - seconds;
}

/** "2025-05-11T08:30" as its parts, or null when it is not a real calendar date and time. */
export function parseLocalDateTime(local: string): WallClock | null {
  if (typeof local !== 'string' || !LOCAL_DATE_TIME.test(local)) return null;
  const [year, month, day, hour, minute] = local.split(/[-T:]/).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const real =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && probe.getUTCHours() === hour && probe.getUTCMinutes() === minute;
  return real ? { year, month, day, hour, minute } : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instants at which the zone's clocks show `local` (two in a fall-back hour, none in a spring-forward gap). */
function instantsShowing(local: WallClock, zone: string): number[] {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // A day either side covers every offset change the zone can make around that time.
  const offsets = new Set([offsetAt(asUtc - 86_400_000, zone), offsetAt(asUtc, zone), offsetAt(asUtc + 86_400_000, zone)]);
  return [...offsets]
    .map((offset) => asUtc - offset)
    .filter((instant) => offsetAt(instant, zone) === asUtc - instant)
    .sort((a, b) => a - b);
}

/**
 * Does the zone's clock ever show this time? A time skipped when the clocks go forward does not
 * exist, and no ticket prints one: it is refused rather than guessed.
 */
export function existsInZone(local: string, zone: string): boolean {
  const parsed = parseLocalDateTime(local);
  return !!parsed && instantsShowing(parsed, zone).length > 0;
}

/**
 * The instant a wall-clock time names in a zone. In a fall-back hour (shown twice) it is the
 * first of the two, as timetables mean; a time skipped by a spring-forward gap is moved forward
 * by the gap (what clocks would have shown), though leg inputs refuse such times first.
 * @example localToInstant('2025-05-10T22:30', 'America/Lima') // 2025-05-11T03:30:00.000Z
 */
export function localToInstant(local: string, zone: string): Date {
  const parsed = parseLocalDateTime(local);
  if (!parsed) throw new Error(`Not a local date and time: ${local}`);
  const [first] = instantsShowing(parsed, zone);
  if (first !== undefined) return new Date(first);
  const asUtc = Date.UTC(parsed.year, parsed.month - 1, parsed.day, parsed.hour, parsed.minute);
  return new Date(asUtc - offsetAt(asUtc - 86_400_000, zone));
}

/** What the zone's clocks show at an instant, as `YYYY-MM-DDTHH:MM`. */
export function instantToLocal(instant: Date, zone: string): string {
  const w = wallClockAt(instant.getTime(), zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The calendar date in a zone at an instant, `YYYY-MM-DD` (a manifest's day). */
export function dateInZone(instant: Date, zone: string): string {
  return instantToLocal(instant, zone).slice(0, 10);
}

/** An instant as people compare it across zones: "2025-05-11 03:30 UTC". */
export function describeUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
