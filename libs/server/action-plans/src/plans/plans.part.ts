import type { ModulePart } from '@lr/server-core';
import { ActionPlan } from './action-plan.entity';
import { PlanActivity } from './plan-activity.entity';
import { PlanObjective } from './plan-objective.entity';

/** What the plans area adds to the action-plans module. */
export const plansPart: ModulePart = {
  entities: [ActionPlan, PlanObjective, PlanActivity],
};
