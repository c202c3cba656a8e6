import type { Language } from '@lr/server-core';

/**
 * Intl puts narrow and thin no-break spaces in dates ("May 12 – 19, 2025"); the PDF's built-in
 * Helvetica has no glyph for them, so documents get plain spaces.
 */
export const plainSpaces = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, ' ');

const utcMidnight = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A calendar date written out in the language, e.g. "lundi 12 mai 2025". The date is a day in
 * the host country, not an instant, so it is formatted at UTC midnight in UTC (never shifted).
 */
export function longDate(date: string, language: Language): string {
  const format = new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return plainSpaces(format.format(utcMidnight(date)));
}

/** "12–19 mai 2025"; one date alone when the other is missing; null when both are. */
export function dateRange(start: string | null, end: string | null, language: Language): string | null {
  const format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  if (start && end) return plainSpaces(format.formatRange(utcMidnight(start), utcMidnight(end)));
  const one = start ?? end;
  return one ? plainSpaces(format.format(utcMidnight(one))) : null;
}

/** "08:30–10:00" from `time` columns ("08:30:00"): the agenda's own wall-clock times. */
export const timeRange = (start: string, end: string) => `${start.slice(0, 5)}–${end.slice(0, 5)}`;

/** A language code ("qu") named in the reader's language ("quechua"); the code if Intl has no name. */
export function languageName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames(language, { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    // A code Intl refuses as malformed (it is free text in the column) is shown as written.
    return code;
  }
}

/** A country code ("PE") named in the reader's language ("Pérou"). */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames(language, { type: 'region', fallback: 'code' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
