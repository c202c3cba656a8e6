import { isUUID } from 'class-validator';
import { ValidationError } from '../errors';
import { isLocalDate } from '../validation/rules';

/** The kinds of value an export requires in its query string, each with its rule's wording and name. */
const KINDS = {
  uuid: { accepts: (value: string) => isUUID(value), message: 'must be a UUID', constraint: 'isUuid' },
  date: { accepts: isLocalDate, message: 'must be a date written YYYY-MM-DD', constraint: 'isLocalDate' },
} as const;

export type RequiredParamKind = keyof typeof KINDS;

/**
 * A query parameter a download cannot do without (the route of a rooming list, the night, the
 * day of a manifest): its trimmed text, the first of several. Missing, empty or not of its kind,
 * it is BAD_USER_INPUT on the parameter's name ("is required", or the kind's rule), so every
 * export refuses alike and the caller knows which parameter to fix.
 *
 * @example const routeId = requiredParam(query, 'routeId', 'uuid');
 */
export function requiredParam(query: Record<string, unknown>, name: string, kind: RequiredParamKind): string {
  const raw = Array.isArray(query[name]) ? (query[name] as unknown[])[0] : query[name];
  const value = typeof raw === 'string' ? raw.trim() : '';
  const rule = KINDS[kind];
  if (!value) throw ValidationError.field(name, 'is required', rule.constraint);
  if (!rule.accepts(value)) throw ValidationError.field(name, rule.message, rule.constraint);
  return value;
}
