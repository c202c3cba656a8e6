import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

/**
 * One failing input field as the API reports it: the path without `input.` (`endDate`,
 * `title.en`, `thematicAreaIds.1`), the server's English message, and the class-validator rule
 * that failed (`isUuid`, `maxLength`…) when a rule on the input failed (checks made by a service,
 * such as a route's length, have none).
 */
export interface FieldProblem {
  path: string;
  message: string;
  constraint?: string;
}

/** Per field and rule, the form's own words for a problem, e.g. `{ rating: { min: 'From 1 to 5.' } }`. */
export type FieldMessages = Record<string, Partial<Record<string, string>>>;

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: COMMON_NAMESPACE, ...options }) as string;
const has = (key: string) => i18next.exists(key, { ns: COMMON_NAMESPACE });

/** The API's error code (BAD_USER_INPUT, CONFLICT, PHASE_RULE…) of the first error, if any. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  return error?.graphQLErrors[0]?.extensions?.['code'] as string | undefined;
}

function extension<T>(error: CombinedError | undefined | null, name: string): T | undefined {
  return error?.graphQLErrors[0]?.extensions?.[name] as T | undefined;
}

/** Every BAD_USER_INPUT field problem of the response, paths without the `input.` prefix. */
export function fieldProblems(error: CombinedError | undefined | null): FieldProblem[] {
  return (error?.graphQLErrors ?? []).flatMap((e) =>
    ((e.extensions?.['fields'] as FieldProblem[] | undefined) ?? []).map((f) => ({ ...f, path: f.path.replace(/^input\./, '') })),
  );
}

/** Rules whose message needs the limit, which the server's text carries ("… longer than or equal to 2 characters"). */
const NEEDS_LIMIT = new Set(['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize']);

/**
 * A field problem in the user's language: the form's own words for that field and rule, else
 * the portal's words for the rule, else (a check without a rule, or a rule the portal does not
 * know) the server's text.
 */
export function translateFieldProblem(problem: FieldProblem, messages?: FieldMessages): string {
  const { constraint } = problem;
  if (!constraint) return problem.message;
  const field = problem.path.split('.')[0];
  const own = messages?.[problem.path]?.[constraint] ?? messages?.[field]?.[constraint];
  if (own) return own;
  const key = `validation.${constraint}`;
  if (!has(key)) return problem.message;
  if (!NEEDS_LIMIT.has(constraint)) return t(key);
  const limit = /-?\d+(\.\d+)?/.exec(problem.message)?.[0];
  return limit === undefined ? problem.message : t(key, { limit: Number(limit) });
}

/**
 * BAD_USER_INPUT problems keyed by field path (the first per path), translated, so a control
 * can show its message: `{ endDate: 'must be on or after the start date' }`.
 */
export function fieldErrors(error: CombinedError | undefined | null, messages?: FieldMessages): Record<string, string> {
  const out: Record<string, string> = {};
  for (const problem of fieldProblems(error)) out[problem.path] ??= translateFieldProblem(problem, messages);
  return out;
}

/** Someone saved the record since it was read: a CONFLICT that names the version now stored. */
export function isStaleVersion(error: CombinedError | undefined | null): boolean {
  return errorCode(error) === 'CONFLICT' && extension(error, 'currentVersion') !== undefined;
}

/**
 * A state machine's refusal (PHASE_RULE) in the user's language: what is missing, each named by
 * the section (`describeMissing('COMPLETE_ASSESSMENT')`, falling back to the server's words), or
 * the moves possible from here (`stateName`).
 */
export function moveRefusal(
  error: CombinedError,
  describe: { missing?(code: string): string | undefined; stateName?(state: string): string } = {},
): string {
  const missing = extension<string[]>(error, 'missing');
  if (missing?.length) {
    const named = missing.map((code) => describe.missing?.(code));
    // The server lists every missing thing in one sentence; it is the fallback when one is not named.
    if (named.every(Boolean)) return t('errors.PHASE_RULE_MISSING', { missing: named.join('; ') });
    return error.graphQLErrors[0]?.message ?? t('errors.PHASE_RULE');
  }
  const allowed = extension<string[]>(error, 'allowed');
  if (allowed?.length && describe.stateName) return t('errors.PHASE_RULE_ALLOWED', { allowed: allowed.map(describe.stateName).join(', ') });
  return t('errors.PHASE_RULE');
}

/**
 * A message fit for a person, in their language, chosen by the error's code; the server's own
 * text only where the portal has no words (a service's check on a field, an unknown code).
 */
export function errorMessage(error: CombinedError | undefined | null, messages?: FieldMessages): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return t('serverUnreachable');
  const code = errorCode(error);
  const serverText = error.graphQLErrors[0]?.message ?? error.message;
  switch (code) {
    case 'BAD_USER_INPUT': {
      const problems = fieldProblems(error).map((p) => translateFieldProblem(p, messages));
      return [t('errors.BAD_USER_INPUT'), ...problems].join(' ');
    }
    case 'CONFLICT': {
      if (isStaleVersion(error)) return t('staleEdit');
      const references = extension<{ entity: string; count: number }[]>(error, 'references');
      if (references?.length) return t('errors.CONFLICT_REFERENCES', { references: references.map((r) => `${r.count} × ${r.entity}`).join(', ') });
      return t('errors.CONFLICT');
    }
    case 'PHASE_RULE':
      return moveRefusal(error);
    case 'RATE_LIMITED':
      return t('errors.RATE_LIMITED', { seconds: extension<number>(error, 'retryAfter') ?? 60 });
    case 'INTERNAL_SERVER_ERROR': {
      const requestId = extension<string>(error, 'requestId');
      return requestId ? t('errors.INTERNAL_SERVER_ERROR', { requestId }) : t('errors.INTERNAL_SERVER_ERROR_PLAIN');
    }
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'UNAUTHENTICATED':
      return t(`errors.${code}`);
    default:
      return serverText;
  }
}
