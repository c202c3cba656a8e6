export { actionPlansModule } from './action-plans.module';
// The public face of action plans: what other modules may read and refer to.
export { ActionPlan, ActionPlanRef } from './plans/action-plan.entity';
export { PlanStatus } from './plans/plan-status';
export { actionFundOf, type MinorMoney } from './fund/fund-reads';
export { planStatusMachine } from './plans/plan-status-machine';
export { finalObjectivesOf, type FinalObjective, type FinalObjectives } from './common/plan-reads';
export { currentObjectivesOf } from './plans/objective-reads';
export { routePlansOf, plansOfRoutes, type ReportAward, type ReportPlan, type RoutePlans } from './common/report-reads';
