import { cascadeDelete, restrictDelete, type ModulePart } from '@lr/server-core';
import { LearningRoute, Organisation, Person } from '@lr/server-core-domain';
import { Delegation } from '@lr/server-delegations';
import { Practice } from '@lr/server-practices';
import { ActionPlan } from './action-plan.entity';
import { PlanActivityService } from './activity.service';
import { PlanBulkMoveService } from './plan-bulk-moves';
import { PlanBulkMovesResolver } from './plan-bulk-moves.resolver';
import { PlanObjectiveService } from './objective.service';
import { PlanActivity } from './plan-activity.entity';
import { ActionPlanTextResolver, PlanFieldsResolver } from './plan-fields.resolver';
import { PlanActivityFieldsResolver, PlanActivityTextResolver, PlanObjectiveTextResolver } from './plan-item-fields.resolver';
import { PlanItemsResolver } from './plan-items.resolver';
import { PlanObjective } from './plan-objective.entity';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';
import { planStatusMachine } from './plan-status-machine';
import { PlanWorkflowService } from './plan-workflow.service';
import { DelegationPlanResolver, RoutePlansResolver } from './route-plans.resolver';

/** What the plans area adds to the action-plans module. */
export const plansPart: ModulePart = {
  entities: [ActionPlan, PlanObjective, PlanActivity],
  services: [PlanService, PlanWorkflowService, PlanBulkMoveService, PlanObjectiveService, PlanActivityService],
  resolvers: [
    PlanResolver,
    PlanFieldsResolver,
    ActionPlanTextResolver,
    PlanItemsResolver,
    PlanObjectiveTextResolver,
    PlanActivityTextResolver,
    PlanActivityFieldsResolver,
    RoutePlansResolver,
    DelegationPlanResolver,
    PlanBulkMovesResolver,
  ],
  references: [
    // Records of other modules a plan points at: deleting one still in use is refused, naming how many.
    restrictDelete(ActionPlan, 'routeId', LearningRoute, ['action plan', 'action plans']),
    restrictDelete(ActionPlan, 'delegationId', Delegation, ['action plan', 'action plans']),
    restrictDelete(ActionPlan, 'practiceIds', Practice, ['action plan adapting it', 'action plans adapting it']),
    restrictDelete(PlanActivity, 'responsiblePersonId', Person, ['action plan activity (as responsible)', 'action plan activities (as responsible)']),
    restrictDelete(PlanActivity, 'responsibleOrganisationId', Organisation, ['action plan activity (as responsible)', 'action plan activities (as responsible)']),
    // A plan's own parts go with it (activities first: they point at objectives).
    cascadeDelete(PlanActivity, 'planId', ActionPlan),
    cascadeDelete(PlanObjective, 'planId', ActionPlan),
  ],
  stateMachines: [planStatusMachine],
};
