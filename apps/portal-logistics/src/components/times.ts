/**
 * Wall-clock times of the agenda as the API writes them ('08:30' or '08:30:00', local to the
 * route's time zone) and minutes since midnight, which the board lays out and moves by.
 */
export function minutesOf(time: string): number {
  const [h = '0', m = '0'] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Minutes since midnight as 'HH:MM' (clamped to the day). */
export function timeOf(minutes: number): string {
  const clamped = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  return `${String(Math.floor(clamped / 60)).padStart(2, '0')}:${String(clamped % 60).padStart(2, '0')}`;
}

/** 'HH:MM' of a time the API may send with seconds. */
export const hhmm = (time: string) => time.slice(0, 5);

/** A session's length in minutes. */
export const durationOf = (s: { startTime: string; endTime: string }) => minutesOf(s.endTime) - minutesOf(s.startTime);

/** Rounds to the nearest step (the board snaps dropped cards to quarter hours). */
export const snap = (minutes: number, step = 15) => Math.round(minutes / step) * step;

/** The end of a session moved to `start`, keeping its length; null when it would run past midnight. */
export function endAfterMove(session: { startTime: string; endTime: string }, start: string): string | null {
  const end = minutesOf(start) + durationOf(session);
  return end >= 24 * 60 ? null : timeOf(end);
}

/** Every IANA time zone this browser knows, for the settings' select. */
export function timeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}

/** Every ISO 4217 currency this browser knows. */
export function currencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return ['EUR', 'GBP', 'USD'];
  }
}

/** Currencies as select options, "USD — US Dollar" in the reader's language. */
export function currencyOptions(language: string, first: readonly string[] = []): { value: string; label: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'currency' });
  const label = (code: string) => `${code} — ${names.of(code) ?? code}`;
  const rest = currencies().filter((c) => !first.includes(c));
  return [...first, ...rest].map((code) => ({ value: code, label: label(code) }));
}

/** A day of the agenda as a column heading: "Mon 10 Nov" in the reader's language. */
export function dayLabel(date: string, language: string, style: 'short' | 'long' = 'short'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short' ? { weekday: 'short', day: 'numeric', month: 'short' } : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(language, options).format(new Date(`${date}T00:00:00`));
}

/** The calendar day after a 'YYYY-MM-DD' day (the check-out morning after a last night). */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
