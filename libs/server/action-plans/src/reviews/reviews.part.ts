import type { ModulePart } from '@lr/server-core';
import { PlanReview } from './plan-review.entity';
import { PlanReviewResolver, PlanReviewsOfPlanResolver, PlanReviewsOfVersionResolver } from './plan-review.resolver';
import { PlanReviewService } from './plan-review.service';
import { mountReviewsCsv } from './reviews-csv';

/** What the reviews area adds to the action-plans module. */
export const reviewsPart: ModulePart = {
  entities: [PlanReview],
  resolvers: [PlanReviewResolver, PlanReviewsOfPlanResolver, PlanReviewsOfVersionResolver],
  services: [PlanReviewService],
  // The plan's reviews as CSV (issue 14).
  http: mountReviewsCsv,
};
