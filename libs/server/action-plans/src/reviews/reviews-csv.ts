import type { Response } from 'express';
import { isUUID } from 'class-validator';
import { assertAllowed, isPartner, loadMany, loadOne, streamCsv, ValidationError, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { PlanService } from '../plans/plan.service';
import { PlanVersion } from '../versions/plan-version.entity';
import { PlanReview } from './plan-review.entity';
import { sectionOrder } from './review-sections';

interface ReviewRow {
  review: PlanReview;
  versionNumber: number | null;
}

const COLUMNS: CsvColumn<ReviewRow>[] = [
  { header: 'review_id', value: (r) => r.review.id },
  { header: 'version_number', value: (r) => r.versionNumber },
  { header: 'reviewer', value: (r) => r.review.reviewerName },
  { header: 'recommendation', value: (r) => r.review.recommendation },
  { header: 'summary', value: (r) => r.review.summary },
  { header: 'reviewed_at', value: (r) => r.review.createdAt },
  // The section comments in the plan's order, one per line of the cell.
  {
    header: 'comments',
    value: (r) =>
      [...r.review.comments]
        .sort((a, b) => sectionOrder(a.section) - sectionOrder(b.section))
        .map((c) => `${c.section}: ${c.comment}`)
        .join('\n'),
  },
];

/**
 * `GET /action-plans/plans/:id/reviews.csv`: the plan's reviews, of every version, newest first,
 * as `actionPlan { reviews }` gives them: NOT_FOUND for a plan the caller may not read, and no
 * rows for partners' keys (the field is null for them).
 */
export async function exportReviewsCsv(ctx: RequestContext, planId: string, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'reviews.csv');
  if (!isUUID(planId)) throw ValidationError.field('id', 'must be a UUID', 'isUuid');
  const plan = await new PlanService().get(ctx, planId);
  const reviews = isPartner(ctx.principal) ? [] : await loadMany(ctx, PlanReview, plan.id, 'planId', { order: { createdAt: 'DESC' } });
  const rows = await Promise.all(reviews.map(async (review): Promise<ReviewRow> => ({ review, versionNumber: (await loadOne(ctx, PlanVersion, review.versionId))?.number ?? null })));
  await streamCsv(res, { fileName: 'plan-reviews.csv', columns: COLUMNS, rows });
}

/** A plan's reviews as CSV (issue 14). */
export function mountReviewsCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/action-plans/plans/:id/reviews.csv',
    handle((req, res, ctx) => exportReviewsCsv(ctx, String(req.params['id']), res)),
  );
}
