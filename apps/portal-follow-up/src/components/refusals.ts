import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { errorMessage, fieldProblems, translateFieldProblem } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

const common = (key: string) => i18next.t(key as never, { ns: COMMON_NAMESPACE }) as string;
const known = (key: string) => i18next.exists(key, { ns: COMMON_NAMESPACE });

/** The rule a refusal that is not about a field broke (`extensions.constraint`: periodLocked, surveyDraftOnly…). */
export function refusalConstraint(error: CombinedError | undefined | null): string | undefined {
  const constraint = error?.graphQLErrors[0]?.extensions?.['constraint'];
  return typeof constraint === 'string' ? constraint : undefined;
}

/** The reporting period that covers the report's date is LOCKED. */
export function isPeriodLocked(error: CombinedError | undefined): boolean {
  return refusalConstraint(error) === 'periodLocked';
}

/** The survey took no answer: closed, or this link already answered. */
export function surveyConflict(error: CombinedError | undefined): 'closed' | 'answered' | null {
  const constraint = refusalConstraint(error);
  return constraint === 'alreadyAnswered' ? 'answered' : constraint === 'surveyClosed' ? 'closed' : null;
}

/** The words for a rule follow-up's API names, or undefined when the portal has none (a newer server). */
export function wordsForConstraint(constraint: string | undefined): string | undefined {
  if (!constraint) return undefined;
  for (const key of [`followUpRefusals.${constraint}`, `validation.${constraint}`]) if (known(key)) return common(key);
  return undefined;
}

/**
 * Why an action that is not a form (a verification, a lock, a status change) was refused, in
 * the user's language: the words for the rule the API names, else the field checks it lists,
 * else the common wording of its code (someone else's change, a refused move).
 */
export function actionRefusal(error: CombinedError): string {
  const own = wordsForConstraint(refusalConstraint(error));
  if (own) return own;
  const problems = fieldProblems(error);
  if (problems.length) return problems.map((p) => translateFieldProblem(p)).join(' ');
  return errorMessage(error) ?? '';
}
