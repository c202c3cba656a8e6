import type { BulkOutcome } from '@lr/portal-ui';
import i18next from 'i18next';
import type { CombinedError } from 'urql';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'action-plans', ...options }) as string;

/** One plan's row of a refused bulk move (`extensions.outcomes` of changeActionPlanStatuses). */
export interface PlanMoveRow {
  planId: string;
  result: 'DONE' | 'REFUSED' | 'UNCHANGED';
  code: string | null;
  message: string | null;
  constraint: string | null;
}

/** Each row's result, and the plans left unchanged only because another one was refused (to choose again). */
export interface BulkReview {
  outcomes: BulkOutcome[];
  waited: string[];
}

/** A refused row in the user's words: the rule it broke when the section knows it, else the server's message. */
function reasonOf(row: PlanMoveRow): string {
  const key = `bulkMoveRefusals.${row.constraint ?? ''}`;
  return i18next.exists(key, { ns: 'action-plans' }) ? t(key) : (row.message ?? '');
}

/**
 * What became of each chosen plan. The API moves all or none: on success every row says DONE
 * (one someone had already taken into review says so); on a refusal the refused rows
 * say why and the others were left as they were.
 */
export function reviewOutcomes(plans: readonly { id: string; label: string }[], rows: readonly PlanMoveRow[]): BulkReview {
  const byId = new Map(rows.map((r) => [r.planId, r]));
  const refusedSome = rows.some((r) => r.result === 'REFUSED');
  const outcomes = plans.map((p): BulkOutcome => {
    const row = byId.get(p.id);
    if (row?.result === 'REFUSED') return { ...p, result: 'refused', reason: reasonOf(row) };
    if (refusedSome || !row) return { ...p, result: 'unchanged' };
    // Someone else took it into review first: where the reviewer wanted it, so not a failure.
    if (row.result === 'UNCHANGED') return { ...p, label: `${p.label} (${reasonOf(row)})`, result: 'done' };
    return { ...p, result: 'done' };
  });
  return { outcomes, waited: refusedSome ? plans.filter((p) => byId.get(p.id)?.result !== 'REFUSED').map((p) => p.id) : [] };
}

/** The rows of a refused bulk move, or null when the error is about the request as a whole. */
export function refusedRows(error: CombinedError | undefined): PlanMoveRow[] | null {
  return (error?.graphQLErrors[0]?.extensions?.['outcomes'] as PlanMoveRow[] | undefined) ?? null;
}
