import DataLoader from 'dataloader';
import type { RequestContext } from '@lr/server-core';
import { ProgressReport } from '../progress/progress-report.entity';
import { Verification } from '../progress/verification';
import { normalizeDecimal } from './decimal';
import type { ValuePoint } from './indicator-progress';

/**
 * The last verified value of each indicator (latest date, then latest reported), one statement
 * for a whole page or roll-up. Unverified and returned reports never count: the derived figures
 * are what a verifier has seen.
 */
export async function lastVerifiedOf(ctx: RequestContext, indicatorIds: readonly string[]): Promise<Map<string, ValuePoint>> {
  const out = new Map<string, ValuePoint>();
  if (!indicatorIds.length) return out;
  const rows: { indicator_id: string; value: string; reported_on: string }[] = await ctx.repo(ProgressReport).query(
    `SELECT DISTINCT ON (r.indicator_id) r.indicator_id, r.value::text AS value, r.reported_on::text AS reported_on
       FROM progress_report r
      WHERE r.indicator_id = ANY($1) AND r.verification = $2
      ORDER BY r.indicator_id, r.reported_on DESC, r.created_at DESC, r.id DESC`,
    [[...indicatorIds], Verification.VERIFIED],
  );
  for (const r of rows) out.set(r.indicator_id, { value: normalizeDecimal(r.value), reportedOn: r.reported_on });
  return out;
}

/** One indicator's last verified value, batched with the others of the request. */
export function lastVerifiedLoaded(ctx: RequestContext, indicatorId: string): Promise<ValuePoint | null> {
  const loader = ctx.loaders.get<string, ValuePoint | null>('follow-up:last-verified', () =>
    new DataLoader(async (ids: readonly string[]) => {
      const found = await lastVerifiedOf(ctx, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  );
  return loader.load(indicatorId);
}
