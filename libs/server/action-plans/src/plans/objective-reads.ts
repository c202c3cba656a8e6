import { isUUID } from 'class-validator';
import type { RequestContext } from '@lr/server-core';
import type { FinalObjective } from '../common/plan-reads';
import { readPlanItems } from './plan-items';

/**
 * A plan's objectives as they stand now, in order — an accepted plan's corrections included —
 * in the shape follow-up tracks (`finalObjectivesOf` gives the submitted version's). Follow-up
 * reads it when told an objective changed (`recordChanged` on the plan machine) and when a plan
 * returns to FINAL, so a corrected indicator is not taken back to the frozen text. No access
 * check: callers run it on behalf of the system.
 */
export async function currentObjectivesOf(ctx: RequestContext, planId: string): Promise<FinalObjective[]> {
  if (!isUUID(planId)) return [];
  const { objectives, activities } = await readPlanItems(ctx, planId);
  return objectives.map((o) => ({
    id: o.id,
    position: o.position,
    statement: o.statement ?? {},
    indicator: o.indicator ?? {},
    unit: o.unit,
    baselineValue: o.baselineValue,
    baselineDate: o.baselineDate,
    targetValue: o.targetValue,
    targetDate: o.targetDate,
    ownerPersonId: activities.find((a) => a.objectiveId === o.id && a.responsiblePersonId)?.responsiblePersonId ?? null,
  }));
}
