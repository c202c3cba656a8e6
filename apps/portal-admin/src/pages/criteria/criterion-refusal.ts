import { errorCode, errorMessage } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

/**
 * Why the API refused to delete a criterion, in the reader's language: scored in submitted
 * assessments (a CONFLICT whose `extensions.submittedAssessments` counts them), else the common
 * wording of the error's code (a stale version, for instance).
 */
export function criterionDeleteRefusal(error: CombinedError): string {
  const scored = error.graphQLErrors[0]?.extensions?.['submittedAssessments'] as number | undefined;
  if (errorCode(error) === 'CONFLICT' && typeof scored === 'number') {
    return i18next.t('criterionScored', { ns: 'admin', count: scored });
  }
  return errorMessage(error) ?? '';
}

/** Why the API refused to copy a default set into a programme: it has criteria of its own already. */
export function copySetRefusal(error: CombinedError): string {
  const own = error.graphQLErrors[0]?.extensions?.['ownCriteria'] as number | undefined;
  if (errorCode(error) === 'CONFLICT' && typeof own === 'number') {
    return i18next.t('copySetOwnExists', { ns: 'admin', count: own });
  }
  return errorMessage(error) ?? '';
}
