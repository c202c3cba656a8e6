import { errorMessage, fieldProblems, isStaleVersion } from '@lr/portal-graphql';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

const t = (key: string) => i18next.t(key as never, { ns: 'admin' }) as string;

/** Why saving a set's weights was refused: per row (by index), and for the whole set. */
export interface WeightsRefusal {
  rows: Record<number, string>;
  message?: string;
  /** The set changed since it was read: only a reload helps. */
  reload?: boolean;
}

/**
 * The API's refusal in the reader's words: a weight out of range on its row; a set changed
 * since it was read (a criterion added, removed or another's save: CONFLICT) for the whole set,
 * with a reload; else the common wording of the error's code.
 */
export function weightsRefusal(error: CombinedError): WeightsRefusal {
  if (isStaleVersion(error)) return { rows: {}, message: t('criteriaChanged'), reload: true };
  const problems = fieldProblems(error);
  const rows: Record<number, string> = {};
  let setChanged = false;
  for (const problem of problems) {
    const row = /^weights\.(\d+)\.weight$/.exec(problem.path);
    if (row) rows[Number(row[1])] = t('weightRange');
    else if (problem.path.startsWith('weights')) setChanged = true;
  }
  if (setChanged) return { rows, message: t('criteriaChanged'), reload: true };
  if (Object.keys(rows).length) return { rows, message: t('weightsInvalid') };
  return { rows, message: errorMessage(error) ?? '' };
}
