import type { ValueTransformer } from 'typeorm';

/** `YYYY-MM-DDTHH:MM`: a wall-clock time, its zone named beside it. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A `timestamp` column shown as "2025-05-11T08:30". The kit's data source reads it as the text
 * PostgreSQL wrote ("2025-05-11 08:30:00"), but TypeORM then turns that text into a Date read
 * in the process's own zone (for `find` and the kit's `readRows` alike), so a Date arrives here
 * too: its local fields are the same wall-clock time again. (Writing goes the same way round,
 * through a local Date: a time skipped by the server process's own daylight-saving gap would
 * shift, which is why servers run in UTC.)
 */
export const localDateTime: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | Date | null) => {
    if (value === null || value === undefined) return value;
    if (value instanceof Date) {
      return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
    }
    return value.slice(0, 16).replace(' ', 'T');
  },
};
