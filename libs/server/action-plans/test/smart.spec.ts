import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, delegationWithParticipants, ok, plansEditor, startActionPlansGateway } from './helpers';
import { addActivity, addObjective, createPlan, roomyRoute } from './plan-helpers';

type Over = Record<string, unknown>;

/** A plan that fails exactly one rule (or none), as objective and activity overrides. */
interface Case {
  name: string;
  rule: string | null;
  objective?: Over | null;
  activity?: Over | null;
}

const CASES: Case[] = [
  { name: 'no objective', rule: 'PLAN_HAS_OBJECTIVE', objective: null },
  { name: 'no activity', rule: 'PLAN_HAS_ACTIVITY', activity: null },
  { name: 'no indicator', rule: 'OBJECTIVE_INDICATOR', objective: { indicator: null } },
  { name: 'no baseline value', rule: 'OBJECTIVE_BASELINE_VALUE', objective: { baselineValue: null } },
  { name: 'no baseline date', rule: 'OBJECTIVE_BASELINE_DATE', objective: { baselineDate: null } },
  { name: 'no target value', rule: 'OBJECTIVE_TARGET_VALUE', objective: { targetValue: null } },
  { name: 'no target date', rule: 'OBJECTIVE_TARGET_DATE', objective: { targetDate: null } },
  { name: 'a target equal to the baseline', rule: 'OBJECTIVE_TARGET_DIFFERS', objective: { baselineValue: '5', targetValue: '5.00' } },
  { name: 'a target dated on the baseline day', rule: 'OBJECTIVE_TARGET_AFTER_BASELINE', objective: { baselineDate: '2025-06-01', targetDate: '2025-06-01' } },
  { name: 'no responsible', rule: 'ACTIVITY_RESPONSIBLE', activity: { responsiblePersonId: null } },
  { name: 'no start', rule: 'ACTIVITY_START_DATE', activity: { startDate: null } },
  { name: 'no due date', rule: 'ACTIVITY_DUE_DATE', activity: { dueDate: null } },
  { name: 'due before it starts', rule: 'ACTIVITY_START_BEFORE_DUE', activity: { startDate: '2025-03-02', dueDate: '2025-03-01' } },
  { name: 'no resources and a zero budget', rule: 'ACTIVITY_RESOURCES', activity: { resources: null, budget: { amount: '0', currency: 'USD' } } },
  { name: 'a budget instead of resources', rule: null, activity: { resources: null, budget: { amount: '500', currency: 'USD' } } },
  { name: 'an organisation as responsible', rule: null, activity: { responsiblePersonId: null, responsibleOrganisationId: 'ORG' } },
  { name: 'a one-day activity', rule: null, activity: { startDate: '2025-03-01', dueDate: '2025-03-01' } },
  { name: 'a target below the baseline', rule: null, objective: { baselineValue: '30', targetValue: '20.5' } },
];

/**
 * The SMART check answers in two places — the plan's field (the pure function) and the list's
 * `smartPasses` filter (SQL) — and the FINAL guard reads the first. Each rule gets a plan that
 * fails it alone: both must sort every plan alike.
 */
describe('the SMART check of a plan, as a field and as a filter', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;
  const planOf = new Map<Case, string>();

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    editor = await plansEditor(gw);
    routeId = await roomyRoute(gw);
    const organisation = await ok(gw, `mutation { createOrganisation(input: { name: "District council", type: GOVERNMENT }) { id } }`, {}, { token: await adminToken(gw) });
    for (const c of CASES) {
      const plan = await createPlan(gw, editor, (await delegationWithParticipants(gw, routeId, 'GT', 1)).id, { title: { en: c.name } });
      if (c.objective !== null) await addObjective(gw, editor, plan.id, c.objective ?? {});
      const activity = c.activity && c.activity['responsibleOrganisationId'] === 'ORG' ? { ...c.activity, responsibleOrganisationId: organisation.id } : c.activity;
      if (activity !== null) await addActivity(gw, editor, plan.id, activity ?? {});
      planOf.set(c, plan.id);
    }
  });
  afterAll(() => gw?.close());

  it.each(CASES.map((c) => [c.name, c] as const))('judges a plan with %s alike in the field and the filter', async (_name, c) => {
    const plan = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { smartCheck { passes items { rule path } } } }`, { id: planOf.get(c) }, { token: editor });
    expect(plan.smartCheck.items.map((i: { rule: string }) => i.rule)).toEqual(c.rule ? [c.rule] : []);
    expect(plan.smartCheck.passes).toBe(c.rule === null);
    const filtered = await ok(
      gw,
      `query($r: ID!, $passes: Boolean!) { actionPlans(first: 100, filter: { routeId: $r, smartPasses: $passes }) { edges { node { id } } } }`,
      { r: routeId, passes: c.rule === null },
      { token: editor },
    );
    expect(filtered.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(planOf.get(c));
  });

  it('splits the route’s plans into exactly the passing and the failing ones', async () => {
    const page = async (passes: boolean) =>
      (await ok(gw, `query($r: ID!, $passes: Boolean!) { actionPlans(first: 100, filter: { routeId: $r, smartPasses: $passes }) { totalCount } }`, { r: routeId, passes }, { token: editor })).totalCount;
    expect(await page(true)).toBe(CASES.filter((c) => c.rule === null).length);
    expect(await page(false)).toBe(CASES.filter((c) => c.rule !== null).length);
  });
});
