import type { TFunction } from 'i18next';
import { KINDS } from './labels';

/**
 * The values each kind of import problem carries in `params` (the API's `RowProblemCode`s), as
 * the section's `rowProblems` messages use them.
 */
const PARAMS = {
  INVALID_CSV: ['reason'],
  EMPTY_FILE: [],
  MISSING_COLUMNS: ['columns'],
  UNKNOWN_COLUMNS: ['columns'],
  TOO_MANY_ROWS: ['max', 'rows'],
  NO_ROWS: [],
  REQUIRED: [],
  NOT_AN_EMAIL: ['value'],
  DUPLICATE_EMAIL: ['firstRow'],
  NOT_ONE_OF: ['allowed'],
  BAD_CODE: ['example'],
  NOT_YES_OR_NO: [],
  TOO_LONG: ['max'],
  UNKNOWN_COUNTRY: ['value'],
  KIND_MISMATCH: ['delegation', 'kind'],
  NEW_DELEGATION_NEEDS_KIND: ['delegation'],
  NATIONAL_TEAM_NEEDS_COUNTRY: [],
  DIFFERS_FROM_ROW: ['firstRow', 'delegation'],
  ALREADY_ON_ROUTE: ['name'],
  NEW_PERSON_NEEDS_NAME: [],
} as const satisfies Record<string, readonly string[]>;

export type RowProblemCode = keyof typeof PARAMS;

/**
 * One problem of an imported file as the API reports it (`extensions.rows[]`): `row` counts
 * from 1 at the header (0: the whole file); `message` is the server's English.
 */
export interface RowProblem {
  row: number;
  column: string | null;
  code: string;
  params?: Record<string, string | number>;
  message: string;
}

const isKnown = (code: string): code is RowProblemCode => Object.hasOwn(PARAMS, code);

/**
 * A row's problem in the reader's language, from its code and values (a delegation's kind by
 * its name); the server's English for a code the portal does not know or a value missing.
 */
export function describeRowProblem(t: TFunction<['delegations', 'common']>, problem: RowProblem): string {
  const { code, params = {} } = problem;
  if (!isKnown(code) || !PARAMS[code].every((name) => params[name] !== undefined && params[name] !== null)) return problem.message;
  const kind = String(params['kind'] ?? '');
  const values = code === 'KIND_MISMATCH' && (KINDS as readonly string[]).includes(kind) ? { ...params, kind: t(`kinds.${kind as (typeof KINDS)[number]}`) } : params;
  // Each code's values were checked above; i18next cannot tie a computed key to its ICU values.
  return t(`rowProblems.${code}` as never, values) as string;
}
