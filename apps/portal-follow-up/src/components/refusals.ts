import { errorMessage } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'follow-up', ...options }) as string;

/** The reporting period that covers the report's date is LOCKED (PHASE_RULE of the period machine). */
export function isPeriodLocked(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors[0]?.extensions?.['machine'] === 'reporting_period.status';
}

/** The survey took no answer: closed, or this link already answered (CONFLICT without a version). */
export function surveyConflict(error: CombinedError | undefined): 'closed' | 'answered' | null {
  const e = error?.graphQLErrors[0];
  if (e?.extensions?.['code'] !== 'CONFLICT' || e.extensions['currentVersion'] !== undefined) return null;
  return /already/i.test(e.message) ? 'answered' : 'closed';
}

/** Why an action on a report or survey was refused, in the user's language. */
export function actionRefusal(error: CombinedError): string {
  if (isPeriodLocked(error)) return t('periodLocked');
  return errorMessage(error) ?? '';
}
