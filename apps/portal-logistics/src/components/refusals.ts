import { errorCode, errorMessage, fieldProblems, translateFieldProblem } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

/**
 * Why an action that is not a form (a move on the board, a status change, a download) was
 * refused, in the reader's language: the words for the field checks the API names (without a
 * form's "not valid" preamble), someone else's change, else the common wording of its code.
 */
export function actionRefusal(error: CombinedError): string {
  const problems = fieldProblems(error);
  if (problems.length) return problems.map((p) => translateFieldProblem(p)).join(' ');
  if (errorCode(error) === 'CONFLICT') return i18next.t('staleEdit' as never, { ns: 'common' }) as string;
  return errorMessage(error) ?? '';
}
