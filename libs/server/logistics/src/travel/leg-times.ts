import type { FieldProblem } from '@lr/server-core';
import { isTimeZone } from '../settings/time-zones';
import { describeUtc, existsInZone, localToInstant, parseLocalDateTime } from './zoned-time';

/** Longer than this is a typo (a wrong year or month), or a journey to split into legs at its stopovers. */
export const MAX_LEG_HOURS = 72;

export interface LegTimes {
  departLocal: string;
  departTimeZone: string;
  arriveLocal: string;
  arriveTimeZone: string;
}

/**
 * What is wrong with a leg's times, each on its field (`input.arriveLocal`): wall-clock times
 * that are not real or do not exist in their zone (skipped when the clocks go forward), zones
 * that are not IANA zones, an arrival not after the departure (compared as instants, since the
 * two ends are often in different zones), and a leg longer than three days.
 */
export function legTimeProblems(times: LegTimes, prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const checkEnd = (localField: 'departLocal' | 'arriveLocal', zoneField: 'departTimeZone' | 'arriveTimeZone'): boolean => {
    const local = times[localField];
    const zone = times[zoneField];
    let good = true;
    if (!isTimeZone(zone)) {
      problems.push({ path: `${prefix}.${zoneField}`, message: `${zone} is not an IANA time zone such as America/Lima`, constraint: 'ianaTimeZone' });
      good = false;
    }
    if (!parseLocalDateTime(local)) {
      problems.push({ path: `${prefix}.${localField}`, message: 'must be a local date and time written YYYY-MM-DDTHH:MM, e.g. 2025-05-11T08:30', constraint: 'localDateTime' });
      good = false;
    } else if (good && !existsInZone(local, zone)) {
      problems.push({ path: `${prefix}.${localField}`, message: `${local} does not exist in ${zone}: the clocks go forward over it`, constraint: 'existsInZone' });
      good = false;
    }
    return good;
  };
  const departs = checkEnd('departLocal', 'departTimeZone');
  const arrives = checkEnd('arriveLocal', 'arriveTimeZone');
  if (departs && arrives) {
    const departure = localToInstant(times.departLocal, times.departTimeZone);
    const arrival = localToInstant(times.arriveLocal, times.arriveTimeZone);
    const hours = (arrival.getTime() - departure.getTime()) / 3_600_000;
    if (hours <= 0) {
      problems.push({
        path: `${prefix}.arriveLocal`,
        message: `must be after the departure: it arrives at ${describeUtc(arrival)} and departs at ${describeUtc(departure)}`,
        constraint: 'arriveAfterDepart',
      });
    } else if (hours > MAX_LEG_HOURS) {
      problems.push({
        path: `${prefix}.arriveLocal`,
        message: `makes a leg of ${Math.round(hours)} hours; a leg lasts at most ${MAX_LEG_HOURS} (check the date, or split the journey at its stopovers)`,
        constraint: 'maxLegHours',
      });
    }
  }
  return problems;
}
