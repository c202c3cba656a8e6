import type { ModulePart } from '@lr/server-core';
import { PlanReview } from './plan-review.entity';

/** What the reviews area adds to the action-plans module. */
export const reviewsPart: ModulePart = {
  entities: [PlanReview],
};
