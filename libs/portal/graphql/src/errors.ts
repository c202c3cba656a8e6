import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

export interface FieldProblem {
  path: string;
  message: string;
}

/** The API's error code (BAD_USER_INPUT, CONFLICT, PHASE_RULE…) of the first error, if any. */
export function errorCode(error: CombinedError | undefined | null): string | undefined {
  return error?.graphQLErrors[0]?.extensions?.['code'] as string | undefined;
}

/**
 * BAD_USER_INPUT field problems keyed by field name without the `input.` prefix, so a form
 * can put each message next to its control: `{ endDate: 'must be on or after the start date' }`.
 */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = (e.extensions?.['fields'] as FieldProblem[] | undefined) ?? [];
    for (const f of fields) {
      const key = f.path.replace(/^input\./, '');
      out[key] ??= f.message;
    }
  }
  return out;
}

/** Someone saved the record since it was read: a CONFLICT that names the version now stored. */
export function isStaleVersion(error: CombinedError | undefined | null): boolean {
  return errorCode(error) === 'CONFLICT' && error?.graphQLErrors[0]?.extensions?.['currentVersion'] !== undefined;
}

/**
 * A message fit for a person: the API's own message (in the language the client asked for),
 * without urql's "[GraphQL]" prefix, or the portal's own words when the server did not answer.
 */
export function errorMessage(error: CombinedError | undefined | null): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return i18next.t('serverUnreachable', { ns: COMMON_NAMESPACE });
  return error.graphQLErrors[0]?.message ?? error.message;
}
