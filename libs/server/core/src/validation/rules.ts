import { ValidateBy, type ValidationOptions } from 'class-validator';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2014-02-30 is refused). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function IsLocalDate(options?: ValidationOptions) {
  return ValidateBy(
    { name: 'isLocalDate', validator: { validate: isLocalDate, defaultMessage: () => 'must be a date written YYYY-MM-DD' } },
    options,
  );
}

/** Two capital letters, as in ISO 3166-1 alpha-2 (whether the country exists is checked against the table). */
export function IsCountryCode(options?: ValidationOptions) {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && /^[A-Z]{2}$/.test(v),
        defaultMessage: () => 'must be an ISO 3166-1 alpha-2 code such as PE',
      },
    },
    options,
  );
}

/** Whole days from `start` to `end`, both included. */
export function daysInclusive(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/** Today as YYYY-MM-DD (UTC): the day an answer, a completion or a move is recorded. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
