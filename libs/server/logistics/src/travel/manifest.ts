import { LegDirection } from './travel-enums';
import type { TravelLeg } from './travel-leg.entity';
import { arrivesAt, departsAt } from './leg-order';
import { instantToLocal } from './zoned-time';

export type ManifestLeg = Pick<TravelLeg, 'id' | 'travellerId' | 'direction' | 'departLocal' | 'departTimeZone' | 'arriveLocal' | 'arriveTimeZone'>;

/** One arrival or departure: the leg, its instant, and the date and time it falls on in the route's zone. */
export interface ManifestMove<L extends ManifestLeg> {
  leg: L;
  at: Date;
  /** YYYY-MM-DD in the route's time zone. */
  date: string;
  /** HH:MM in the route's time zone. */
  time: string;
}

/**
 * Who lands and who leaves, for the route's arrivals-and-departures manifest. A journey's
 * connections abroad are INBOUND (or OUTBOUND) legs too, so the arrival is each traveller's last
 * INBOUND leg (the one that ends the journey in) and the departure their first OUTBOUND leg;
 * each falls on the date its instant has in the route's time zone (a flight landing in Lima at
 * 22:30 is on that Lima day, though it is already the next day in UTC). Sorted by instant.
 */
export function manifestMoves<L extends ManifestLeg>(legs: readonly L[], zone: string): { arrivals: ManifestMove<L>[]; departures: ManifestMove<L>[] } {
  const lastIn = new Map<string, { leg: L; at: Date }>();
  const firstOut = new Map<string, { leg: L; at: Date }>();
  for (const leg of legs) {
    if (leg.direction === LegDirection.INBOUND) {
      const at = arrivesAt(leg);
      const seen = lastIn.get(leg.travellerId);
      if (!seen || at > seen.at) lastIn.set(leg.travellerId, { leg, at });
    } else if (leg.direction === LegDirection.OUTBOUND) {
      const at = departsAt(leg);
      const seen = firstOut.get(leg.travellerId);
      if (!seen || at < seen.at) firstOut.set(leg.travellerId, { leg, at });
    }
  }
  const place = ({ leg, at }: { leg: L; at: Date }): ManifestMove<L> => {
    const local = instantToLocal(at, zone);
    return { leg, at, date: local.slice(0, 10), time: local.slice(11) };
  };
  const inOrder = (a: ManifestMove<L>, b: ManifestMove<L>) => a.at.getTime() - b.at.getTime() || (a.leg.id < b.leg.id ? -1 : 1);
  return { arrivals: [...lastIn.values()].map(place).sort(inOrder), departures: [...firstOut.values()].map(place).sort(inOrder) };
}

/** The dates with any arrival or departure, with their counts, in date order (the portal's tabs). */
export function manifestDates(moves: { arrivals: { date: string }[]; departures: { date: string }[] }): { date: string; arrivals: number; departures: number }[] {
  const days = new Map<string, { date: string; arrivals: number; departures: number }>();
  const day = (date: string) => {
    let found = days.get(date);
    if (!found) days.set(date, (found = { date, arrivals: 0, departures: 0 }));
    return found;
  };
  for (const m of moves.arrivals) day(m.date).arrivals += 1;
  for (const m of moves.departures) day(m.date).departures += 1;
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
