/**
 * Nights as dates: a stay from check-in to check-out covers the nights of `checkIn` up to the
 * night before `checkOut` (the morning one leaves is not a night). Dates are YYYY-MM-DD strings,
 * which compare in calendar order as text; arithmetic is done in UTC so no time zone shifts a day.
 */
const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Every night of a stay: `checkIn` … `checkOut` − 1 (empty when check-out is not after check-in). */
export function nightsOf(checkIn: string, checkOut: string): string[] {
  const nights: string[] = [];
  for (let night = checkIn; night < checkOut; night = addDays(night, 1)) nights.push(night);
  return nights;
}

export interface NightSpan {
  checkIn: string;
  checkOut: string;
}

/** How many of `stays` cover each of `nights`. */
export function occupancy(stays: readonly NightSpan[], nights: readonly string[]): Map<string, number> {
  const counts = new Map(nights.map((n) => [n, 0]));
  for (const stay of stays) for (const night of nights) if (stay.checkIn <= night && night < stay.checkOut) counts.set(night, (counts.get(night) ?? 0) + 1);
  return counts;
}

/** The nights on which one more person would not fit: `capacity` beds already taken by `others`. */
export function fullNights(others: readonly NightSpan[], nights: readonly string[], capacity: number): string[] {
  return [...occupancy(others, nights)].filter(([, taken]) => taken >= capacity).map(([night]) => night);
}

/** The highest number of `stays` covering one night, and that night (null when there are none). */
export function busiestNight(stays: readonly NightSpan[]): { night: string; people: number } | null {
  const all = [...new Set(stays.flatMap((s) => nightsOf(s.checkIn, s.checkOut)))].sort();
  let best: { night: string; people: number } | null = null;
  for (const [night, people] of occupancy(stays, all)) if (!best || people > best.people) best = { night, people };
  return best;
}

/**
 * Nights written for a message, consecutive ones as ranges:
 * "the night of 2014-06-10", "the nights of 2014-06-10 to 2014-06-12 and 2014-06-14".
 */
export function describeNights(nights: readonly string[]): string {
  const sorted = [...new Set(nights)].sort();
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i += 1) {
    const night = sorted[i];
    if (sorted[i + 1] !== addDays(night, 1)) {
      ranges.push(start === night ? night : `${start} to ${night}`);
      start = sorted[i + 1];
    }
  }
  const list = ranges.length > 1 ? `${ranges.slice(0, -1).join(', ')} and ${ranges[ranges.length - 1]}` : (ranges[0] ?? '');
  return sorted.length === 1 ? `the night of ${list}` : `the nights of ${list}`;
}

/** nights × nightly rate, exactly (minor units as a string). */
export function stayCostMinor(checkIn: string, checkOut: string, nightlyRateMinor: string): string {
  return (BigInt(nightsOf(checkIn, checkOut).length) * BigInt(nightlyRateMinor)).toString();
}
