import { loadMany, type RequestContext } from '@lr/server-core';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';

export interface PlanItems {
  objectives: PlanObjective[];
  activities: PlanActivity[];
}

/**
 * A plan's objectives and activities in order, read afresh: what a move (the FINAL guard, the
 * freeze at submission) decides on must include this transaction's own changes, which the
 * request's DataLoaders may have read before.
 */
export async function readPlanItems(ctx: RequestContext, planId: string): Promise<PlanItems> {
  const [objectives, activities] = await Promise.all([
    ctx.repo(PlanObjective).find({ where: { planId }, order: { position: 'ASC', createdAt: 'ASC' } }),
    ctx.repo(PlanActivity).find({ where: { planId }, order: { position: 'ASC', createdAt: 'ASC' } }),
  ]);
  return { objectives, activities };
}

/** The same, through the request's DataLoaders: for fields of a page of plans (one statement each for the page). */
export async function loadPlanItems(ctx: RequestContext, planId: string): Promise<PlanItems> {
  const [objectives, activities] = await Promise.all([
    loadMany(ctx, PlanObjective, planId, 'planId', { order: { position: 'ASC' } }),
    loadMany(ctx, PlanActivity, planId, 'planId', { order: { position: 'ASC' } }),
  ]);
  return { objectives, activities };
}
