import { dayNumber } from '../indicators/indicator-progress';

/**
 * Why a report cannot describe this date, or null. A value describes something that happened:
 * a date after `today` is refused, with one day of grace because "today" here is UTC's and a
 * reporter east of Greenwich may already live in tomorrow. Pure: `today` is passed in.
 */
export function reportDateProblem(reportedOn: string, today: string): string | null {
  return dayNumber(reportedOn) - dayNumber(today) > 1 ? `is in the future (today is ${today}): report values that were measured` : null;
}
