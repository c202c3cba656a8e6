import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns `numeric` as a string so that nothing is lost; coordinates are read as
 * numbers (they are never summed as money is).
 */
export const numericAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? null : Number(value)),
};
