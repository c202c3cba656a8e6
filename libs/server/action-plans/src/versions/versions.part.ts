import { cascadeDelete, type ModulePart } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanVersion } from './plan-version.entity';
import { PlanVersionActivityResolver, PlanVersionResolver, PlanVersionsFieldResolver } from './plan-version.resolver';
import { PlanVersionService } from './plan-version.service';
import { PlanVersionActivityTextResolver, PlanVersionObjectiveTextResolver } from './plan-version.types';

/** What the versions area adds to the action-plans module. */
export const versionsPart: ModulePart = {
  entities: [PlanVersion],
  services: [PlanVersionService],
  resolvers: [PlanVersionResolver, PlanVersionActivityResolver, PlanVersionsFieldResolver, PlanVersionObjectiveTextResolver, PlanVersionActivityTextResolver],
  // Only a never-submitted plan can be deleted, so this removes nothing in practice; it keeps the
  // rule declared should a plan with versions ever be deleted (its versions go with it).
  references: [cascadeDelete(PlanVersion, 'planId', ActionPlan)],
};
