import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isEmail } from 'class-validator';
import { DelegationKind } from '../delegations/delegation-kind';
import { DecisionPower, Sector } from '../participants/participant-enums';

/** The template's columns, in order; `required` ones must be filled on every row. */
export const COLUMNS = [
  { name: 'delegation', required: true, help: 'Delegation name on the route, e.g. Guatemala; created if new' },
  { name: 'delegation_kind', required: false, help: 'NATIONAL_TEAM, CIVIL_SOCIETY_ALLIANCE or STAKEHOLDER_GROUP; needed for a new delegation' },
  { name: 'delegation_country', required: false, help: 'ISO code of a new delegation’s country; needed for a national team' },
  { name: 'email', required: true, help: 'Matches a person on record; otherwise a new person is created' },
  { name: 'given_name', required: false, help: 'Needed for a new person' },
  { name: 'family_name', required: false, help: 'Needed for a new person' },
  { name: 'gender', required: false, help: 'FEMALE, MALE, OTHER or UNDISCLOSED (new people)' },
  { name: 'country', required: false, help: 'ISO code of a new person’s country' },
  { name: 'language', required: false, help: 'ISO 639-1 code of a new person’s language: en, fr, es…' },
  { name: 'sector', required: true, help: 'GOVERNMENT, CIVIL_SOCIETY, UN, DONOR, BUSINESS or ACADEMIA' },
  { name: 'position', required: false, help: 'Their position' },
  { name: 'decision_power', required: false, help: 'HIGH, MEDIUM or LOW' },
  { name: 'blogger', required: false, help: 'yes or no' },
] as const;

export type ColumnName = (typeof COLUMNS)[number]['name'];

/** Why a row (or the file) was refused: stable codes clients word in the reader's language. */
export type RowProblemCode =
  | 'INVALID_CSV'
  | 'EMPTY_FILE'
  | 'MISSING_COLUMNS'
  | 'UNKNOWN_COLUMNS'
  | 'TOO_MANY_ROWS'
  | 'NO_ROWS'
  | 'REQUIRED'
  | 'NOT_AN_EMAIL'
  | 'DUPLICATE_EMAIL'
  | 'NOT_ONE_OF'
  | 'BAD_CODE'
  | 'NOT_YES_OR_NO'
  | 'TOO_LONG'
  | 'UNKNOWN_COUNTRY'
  | 'KIND_MISMATCH'
  | 'NEW_DELEGATION_NEEDS_KIND'
  | 'NATIONAL_TEAM_NEEDS_COUNTRY'
  | 'DIFFERS_FROM_ROW'
  | 'ALREADY_ON_ROUTE'
  | 'NEW_PERSON_NEEDS_NAME';

/**
 * One problem of one row; `row` counts from 1 at the header, as spreadsheets number lines.
 * `message` is English; `code` and `params` let a client say it in its reader's language.
 */
export interface RowProblem {
  row: number;
  column: ColumnName | null;
  code: RowProblemCode;
  params?: Record<string, string | number>;
  message: string;
}

export interface ParsedRow {
  row: number;
  delegation: string;
  delegationKind: DelegationKind | null;
  delegationCountry: string | null;
  email: string;
  givenName: string | null;
  familyName: string | null;
  gender: string | null;
  country: string | null;
  language: string | null;
  sector: Sector;
  position: string | null;
  decisionPower: DecisionPower | null;
  blogger: boolean;
}

export const MAX_ROWS = 1000;
const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'];
const YES = ['yes', 'y', 'true', '1', 'oui', 'sí', 'si'];
const NO = ['no', 'n', 'false', '0', 'non', ''];

/** The template: the header and one example row. */
export function templateCsv(): string {
  const example = ['Guatemala', 'NATIONAL_TEAM', 'GT', 'ana.lopez@example.org', 'Ana', 'López', 'FEMALE', 'GT', 'es', 'GOVERNMENT', 'Nutrition officer', 'MEDIUM', 'no'];
  return stringify([COLUMNS.map((c) => c.name), example]);
}

const blankToNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null | undefined {
  if (value === null) return null;
  const upper = value.toUpperCase().replace(/[\s-]+/g, '_');
  return (allowed as readonly string[]).includes(upper) ? (upper as T) : undefined;
}

/**
 * Parses and checks the file's shape and each row's own values (what needs no database). Rows
 * come back with every problem found, so the caller can report them all at once.
 */
export function parseParticipantCsv(text: string): { rows: ParsedRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    return { rows: [], problems: [{ row: 0, column: null, code: 'INVALID_CSV', params: { reason: (error as Error).message }, message: `The file is not valid CSV: ${(error as Error).message}` }] };
  }
  if (!records.length) return { rows: [], problems: [{ row: 0, column: null, code: 'EMPTY_FILE', message: 'The file is empty: download the template for the columns' }] };
  const header = records[0].map((h) => h.trim().toLowerCase());
  const missing = COLUMNS.filter((c) => c.required && !header.includes(c.name)).map((c) => c.name);
  const unknown = header.filter((h) => h && !COLUMNS.some((c) => c.name === h));
  if (missing.length) problems.push({ row: 1, column: null, code: 'MISSING_COLUMNS', params: { columns: missing.join(', ') }, message: `Missing column(s): ${missing.join(', ')}` });
  if (unknown.length) {
    problems.push({ row: 1, column: null, code: 'UNKNOWN_COLUMNS', params: { columns: unknown.join(', ') }, message: `Unknown column(s): ${unknown.join(', ')}; the template lists the columns` });
  }
  if (records.length - 1 > MAX_ROWS) {
    problems.push({ row: 0, column: null, code: 'TOO_MANY_ROWS', params: { max: MAX_ROWS, rows: records.length - 1 }, message: `At most ${MAX_ROWS} rows per file; this one has ${records.length - 1}` });
  }
  if (problems.length) return { rows: [], problems };
  if (records.length === 1) return { rows: [], problems: [{ row: 1, column: null, code: 'NO_ROWS', message: 'The file has a header but no participants' }] };

  const rows: ParsedRow[] = [];
  const seenEmails = new Map<string, number>();
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    const cell = (name: ColumnName) => blankToNull(record[header.indexOf(name)]);
    const add = (column: ColumnName, code: RowProblemCode, message: string, params?: RowProblem['params']) => problems.push({ row, column, code, ...(params ? { params } : {}), message });
    const notOneOf = (column: ColumnName, allowed: readonly string[]) => add(column, 'NOT_ONE_OF', `must be one of ${allowed.join(', ')}`, { allowed: allowed.join(', ') });
    for (const c of COLUMNS) if (c.required && !cell(c.name)) add(c.name, 'REQUIRED', 'is required');

    const email = cell('email')?.toLowerCase() ?? '';
    if (email && !isEmail(email)) add('email', 'NOT_AN_EMAIL', `"${email}" is not an e-mail address`, { value: email });
    if (email && seenEmails.has(email)) add('email', 'DUPLICATE_EMAIL', `appears again (first on row ${seenEmails.get(email)})`, { firstRow: seenEmails.get(email) as number });
    else if (email) seenEmails.set(email, row);

    const delegationKind = oneOf(cell('delegation_kind'), Object.values(DelegationKind));
    if (delegationKind === undefined) notOneOf('delegation_kind', Object.values(DelegationKind));
    const sector = oneOf(cell('sector'), Object.values(Sector));
    if (sector === undefined) notOneOf('sector', Object.values(Sector));
    const decisionPower = oneOf(cell('decision_power'), Object.values(DecisionPower));
    if (decisionPower === undefined) notOneOf('decision_power', Object.values(DecisionPower));
    const gender = oneOf(cell('gender'), GENDERS);
    if (gender === undefined) notOneOf('gender', GENDERS);
    const delegationCountry = cell('delegation_country')?.toUpperCase() ?? null;
    if (delegationCountry && !/^[A-Z]{2}$/.test(delegationCountry)) add('delegation_country', 'BAD_CODE', 'must be a two-letter ISO code such as GT', { example: 'GT' });
    const country = cell('country')?.toUpperCase() ?? null;
    if (country && !/^[A-Z]{2}$/.test(country)) add('country', 'BAD_CODE', 'must be a two-letter ISO code such as GT', { example: 'GT' });
    const language = cell('language')?.toLowerCase() ?? null;
    if (language && !/^[a-z]{2}$/.test(language)) add('language', 'BAD_CODE', 'must be a two-letter ISO 639-1 code such as es', { example: 'es' });
    const bloggerText = (cell('blogger') ?? '').toLowerCase();
    if (!YES.includes(bloggerText) && !NO.includes(bloggerText)) add('blogger', 'NOT_YES_OR_NO', 'must be yes or no');
    const position = cell('position');
    if (position && position.length > 200) add('position', 'TOO_LONG', 'must be at most 200 characters', { max: 200 });
    for (const name of ['given_name', 'family_name', 'delegation'] as const) if ((cell(name)?.length ?? 0) > 150) add(name, 'TOO_LONG', 'must be at most 150 characters', { max: 150 });

    rows.push({
      row,
      delegation: cell('delegation') ?? '',
      delegationKind: delegationKind ?? null,
      delegationCountry,
      email,
      givenName: cell('given_name'),
      familyName: cell('family_name'),
      gender: gender ?? null,
      country,
      language,
      sector: (sector ?? Sector.GOVERNMENT) as Sector,
      position,
      decisionPower: decisionPower ?? null,
      blogger: YES.includes(bloggerText),
    });
  });
  return { rows, problems };
}
