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

/** A message fit for a person: the API's own message, without urql's "[GraphQL]" prefix. */
export function errorMessage(error: CombinedError | undefined | null): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'The server cannot be reached. Check your connection and try again.';
  return error.graphQLErrors[0]?.message ?? error.message;
}
