import type { BulkOutcome } from '@lr/portal-ui';
import { wordsForConstraint } from '../components/refusals';

/** One report the API refused in a bulk verification (`extensions.failures`). */
export interface BulkFailure {
  index: number;
  id: string;
  code: string;
  constraint?: string;
  message: string;
}

/** Each row's result, and the rows that were not refused themselves but left unchanged with the refused ones. */
export interface BulkVerification {
  outcomes: BulkOutcome[];
  waited: string[];
}

/**
 * What became of each report of a bulk verification. The API verifies all or none: without
 * failures every row is verified; with failures, the refused rows say why (in the user's
 * words for the rule, else the server's) and the others are left unchanged.
 */
export function bulkOutcomes(rows: readonly { id: string; label: string }[], failures: readonly BulkFailure[] | null): BulkVerification {
  if (!failures) return { outcomes: rows.map((r) => ({ ...r, result: 'done' as const })), waited: [] };
  const byIndex = new Map(failures.map((f) => [f.index, f]));
  const outcomes = rows.map((r, index): BulkOutcome => {
    const failure = byIndex.get(index);
    return failure ? { ...r, result: 'refused', reason: wordsForConstraint(failure.constraint) ?? failure.message } : { ...r, result: 'unchanged' };
  });
  return { outcomes, waited: rows.filter((_, index) => !byIndex.has(index)).map((r) => r.id) };
}
