import type { TravelLeg } from './travel-leg.entity';
import { localToInstant } from './zoned-time';

/** When a leg departs and arrives, as instants (its local times are in two zones). */
export const departsAt = (leg: Pick<TravelLeg, 'departLocal' | 'departTimeZone'>) => localToInstant(leg.departLocal, leg.departTimeZone);
export const arrivesAt = (leg: Pick<TravelLeg, 'arriveLocal' | 'arriveTimeZone'>) => localToInstant(leg.arriveLocal, leg.arriveTimeZone);

/** Legs in the order they are flown: local times of different zones do not sort by their text. */
export function byDeparture<T extends Pick<TravelLeg, 'id' | 'departLocal' | 'departTimeZone'>>(legs: readonly T[]): T[] {
  return legs
    .map((leg) => ({ leg, at: departsAt(leg).getTime() }))
    .sort((a, b) => a.at - b.at || (a.leg.id < b.leg.id ? -1 : 1))
    .map(({ leg }) => leg);
}
