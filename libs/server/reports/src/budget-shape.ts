import type { programmeBudgetOf, routeBudgetOf } from '@lr/server-logistics';

/** The budget figures logistics' public reads answer (their types stay logistics' own). */
export type RouteBudget = NonNullable<Awaited<ReturnType<typeof routeBudgetOf>>>;
export type ProgrammeBudget = NonNullable<Awaited<ReturnType<typeof programmeBudgetOf>>>;
