import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, createRoute, ok, unique } from './helpers';

/** Plans through the API, as a client makes them (the plans area's specs). */

export const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id version status routeId delegationId versionCount title } }`;
export const UPDATE_PLAN = `mutation($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { id version title titleTranslations { en es fr } language } }`;
export const ADD_OBJECTIVE = `mutation($input: AddPlanObjectiveInput!) { addPlanObjective(input: $input) { id version position statement baselineValue baselineDate targetValue targetDate unit indicator } }`;
export const UPDATE_OBJECTIVE = `mutation($input: UpdatePlanObjectiveInput!) { updatePlanObjective(input: $input) { id version position statement baselineValue targetValue targetDate indicator } }`;
export const ADD_ACTIVITY = `mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { id version position description objectiveId startDate dueDate resources budget { amount currency minorUnits } responsiblePersonId responsibleOrganisation { id } } }`;
export const UPDATE_ACTIVITY = `mutation($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { id version description objectiveId startDate dueDate resources budget { amount currency } responsiblePersonId } }`;
export const SUBMIT = `mutation($id: ID!, $v: Int!) { submitActionPlan(planId: $id, version: $v) { id version status versionCount } }`;
export const MOVE = `mutation($id: ID!, $to: PlanStatus!, $v: Int!, $reason: String) { changeActionPlanStatus(planId: $id, toStatus: $to, version: $v, reason: $reason) { id version status versionCount } }`;
export const PLAN = `query($id: ID!) { actionPlan(id: $id) { id version status versionCount allowedNextStatuses mayEdit smartCheck { passes items { path rule message itemId } } } }`;

/** A route whose composition takes up to 50 national teams (the default is 5), for specs that make many delegations. */
export async function roomyRoute(gw: TestGateway): Promise<string> {
  const route = await createRoute(gw);
  await ok(gw, `mutation($input: SetCompositionInput!) { setRouteComposition(input: $input) { isDefault } }`, { input: { routeId: route.id, version: 1, nationalTeams: 50, maxPeople: 500 } }, { token: await adminToken(gw) });
  return route.id;
}

export interface PlanRef {
  id: string;
  version: number;
}

/** A DRAFT plan for the delegation, in English. */
export async function createPlan(gw: TestGateway, token: string, delegationId: string, over: Record<string, unknown> = {}): Promise<PlanRef & { status: string; routeId: string }> {
  return ok(gw, CREATE_PLAN, { input: { delegationId, title: { en: unique('Plan') }, language: 'EN', ...over } }, { token });
}

/** An objective that passes the SMART check: 0 → 5 commitments, 2025-01-01 → 2025-12-31. */
export async function addObjective(gw: TestGateway, token: string, planId: string, over: Record<string, unknown> = {}): Promise<PlanRef & Record<string, unknown>> {
  return ok(
    gw,
    ADD_OBJECTIVE,
    {
      input: {
        planId,
        statement: { en: unique('Objective') },
        indicator: { en: 'Commitments adopted by the council' },
        unit: 'commitments',
        baselineValue: '0',
        baselineDate: '2025-01-01',
        targetValue: '5',
        targetDate: '2025-12-31',
        ...over,
      },
    },
    { token },
  );
}

/** An activity that passes the SMART check, with a person made for it as responsible (unless `over` says otherwise). */
export async function addActivity(gw: TestGateway, token: string, planId: string, over: Record<string, unknown> = {}): Promise<PlanRef & Record<string, unknown>> {
  const responsiblePersonId = 'responsiblePersonId' in over ? over['responsiblePersonId'] : await createPerson(gw);
  return ok(
    gw,
    ADD_ACTIVITY,
    { input: { planId, description: { en: unique('Activity') }, responsiblePersonId, startDate: '2025-02-01', dueDate: '2025-03-01', resources: 'Two facilitators', ...over } },
    { token },
  );
}

/** The plan's current version and status, read as an admin. */
export async function current(gw: TestGateway, planId: string): Promise<{ version: number; status: string; versionCount: number }> {
  return ok(gw, `query($id: ID!) { actionPlan(id: $id) { version status versionCount } }`, { id: planId }, { token: await adminToken(gw) });
}

/** Moves the plan with `token`, at its current version. */
export async function moveTo(gw: TestGateway, token: string, planId: string, to: string, reason?: string): Promise<PlanRef & { status: string }> {
  const { version } = await current(gw, planId);
  return ok(gw, MOVE, { id: planId, to, v: version, reason }, { token });
}

/** A plan that passes the SMART check (one objective, one activity), DRAFT, made with `token`. */
export async function smartPlan(gw: TestGateway, token: string, delegationId: string, over: Record<string, unknown> = {}): Promise<PlanRef & { objectiveId: string; activityId: string }> {
  const plan = await createPlan(gw, token, delegationId, over);
  const objective = await addObjective(gw, token, plan.id);
  const activity = await addActivity(gw, token, plan.id, { objectiveId: objective.id });
  return { id: plan.id, version: plan.version, objectiveId: objective.id, activityId: activity.id };
}

const PATH = ['SUBMITTED', 'IN_REVIEW', 'FINAL', 'AWARDED'];

/** Moves a DRAFT plan along DRAFT → SUBMITTED → IN_REVIEW → FINAL (→ AWARDED, as the fund would, by the row) as an admin. */
export async function bringTo(gw: TestGateway, planId: string, status: string): Promise<void> {
  const admin = await adminToken(gw);
  for (const step of PATH.slice(0, PATH.indexOf(status) + 1)) {
    if (step === 'AWARDED') await gw.dataSource.query(`UPDATE action_plan SET status = 'AWARDED', version = version + 1 WHERE id = $1`, [planId]);
    else await moveTo(gw, admin, planId, step);
  }
}
