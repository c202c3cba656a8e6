import type { ValueTransformer } from 'typeorm';

/** `YYYY-MM-DDTHH:MM`: a wall-clock time, its zone named beside it. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/**
 * A `timestamp` column read as the kit's data source gives it (the text PostgreSQL wrote, e.g.
 * "2025-05-11 08:30:00") and shown as "2025-05-11T08:30".
 */
export const localDateTime: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value ? value.slice(0, 16).replace(' ', 'T') : value),
};
