import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { adminToken, errorOf, finalPlan, INDICATOR_FIELDS, movePlan, ok, reportValue, startFollowUpGateway, verifiedValue } from './helpers';

/**
 * Objectives added to or removed from an accepted plan (0014, "Objectives added to or removed
 * from an accepted plan"): an added one is tracked at once; a removed one's indicator goes with
 * it, unless follow-up has reports on it, when the removal is refused whole.
 */
const OBJECTIVES = `query($id: ID!) { actionPlan(id: $id) { status objectives { id version position targetValue } activities { id objectiveId } } }`;
const ADD = `mutation($input: AddPlanObjectiveInput!) { addPlanObjective(input: $input) { id version } }`;
const REMOVE = `mutation($id: ID!, $v: Int!) { removePlanObjective(id: $id, version: $v) }`;
const TRACKED = `query($filter: TrackedIndicatorFilter) { trackedIndicators(first: 10, filter: $filter) { edges { node { ${INDICATOR_FIELDS} } } } }`;
const MEASURES = {
  statement: { en: 'Train district nutrition officers' },
  indicator: { en: 'Officers trained', fr: 'Agents formés' },
  unit: 'officers',
  baselineValue: '0',
  baselineDate: '2024-01-01',
  targetValue: '12.5',
  targetDate: '2026-06-30',
};

describe('objectives added to or removed from an accepted plan', () => {
  let gw: TestGateway;
  let admin: string;

  const planOf = (planId: string) => ok(gw, OBJECTIVES, { id: planId }, { token: admin });
  const trackedOf = async (planId: string) => ((await ok(gw, TRACKED, { filter: { planId } }, { token: admin })).edges as { node: Record<string, any> }[]).map((e) => e.node);
  const remove = async (planId: string, objectiveId: string) => {
    const { version } = (await planOf(planId)).objectives.find((o: { id: string }) => o.id === objectiveId);
    return gw.graphql(REMOVE, { id: objectiveId, v: version }, { token: admin });
  };

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw?.close());

  it('tracks an objective added to a FINAL plan at once, with the values it states', async () => {
    const plan = await finalPlan(gw);
    const added = await ok(gw, ADD, { input: { planId: plan.planId, ...MEASURES } }, { token: admin });
    const tracked = await trackedOf(plan.planId);
    expect(tracked.map((i) => i.objectiveId).sort()).toEqual([...plan.objectiveIds, added.id].sort());
    expect(tracked.find((i) => i.objectiveId === added.id)).toMatchObject({
      programmeId: plan.programmeId,
      routeId: plan.routeId,
      planId: plan.planId,
      name: 'Officers trained',
      objective: 'Train district nutrition officers',
      unit: 'officers',
      baselineValue: '0',
      baselineDate: '2024-01-01',
      targetValue: '12.5',
      targetDate: '2026-06-30',
      // No activity serves it yet, so nobody is named to report on it.
      ownerPersonId: null,
      version: 1,
    });
  });

  it('refuses an added objective that would leave an accepted plan short of SMART, and tracks nothing', async () => {
    const plan = await finalPlan(gw);
    const res = await gw.graphql(ADD, { input: { planId: plan.planId, statement: { en: 'Vague wish' } } }, { token: admin });
    errorOf(res, 'BAD_USER_INPUT');
    expect(new Set(constraintsOf(res).map((f) => f.constraint))).toEqual(new Set(['acceptedPlanStaysSmart']));
    expect((await trackedOf(plan.planId)).map((i) => i.objectiveId).sort()).toEqual([...plan.objectiveIds].sort());
  });

  it('tracks an objective added while the plan is in review when it becomes FINAL', async () => {
    const plan = await finalPlan(gw, { final: false });
    const added = await ok(gw, ADD, { input: { planId: plan.planId, ...MEASURES } }, { token: admin });
    expect(await trackedOf(plan.planId)).toEqual([]);
    await movePlan(gw, plan.planId, 'FINAL');
    const tracked = await trackedOf(plan.planId);
    expect(tracked.map((i) => i.objectiveId).sort()).toEqual([...plan.objectiveIds, added.id].sort());
    expect(tracked.find((i) => i.objectiveId === added.id)).toMatchObject({ name: 'Officers trained', targetValue: '12.5' });
  });

  it('removes the indicator of a removed objective nobody reported on; a return to FINAL does not bring it back', async () => {
    const plan = await finalPlan(gw);
    const [csnId, stuntingId] = plan.objectiveIds;
    const award = await ok(
      gw,
      `mutation($input: RecordAwardInput!) { recordAward(input: $input) { id version plan { status } } }`,
      { input: { planId: plan.planId, kind: 'CASH', amount: { amount: '100', currency: 'USD' }, description: 'Seed grant' } },
      { token: admin },
    );
    expect(award.plan.status).toBe('AWARDED');
    const kept = (await trackedOf(plan.planId)).find((i) => i.objectiveId === csnId);
    const res = await remove(plan.planId, stuntingId);
    expect(res.errors).toBeUndefined();
    expect(await trackedOf(plan.planId)).toEqual([kept]);
    // Back to FINAL: the frozen version still holds the removed objective, but the plan no longer does.
    await ok(gw, `mutation($id: ID!, $v: Int!, $r: String) { removeAward(id: $id, version: $v, reason: $r) }`, { id: award.id, v: award.version, r: 'Awarded by mistake' }, { token: admin });
    expect((await planOf(plan.planId)).status).toBe('FINAL');
    expect((await trackedOf(plan.planId)).map((i) => i.objectiveId)).toEqual([csnId]);
  });

  it('refuses to remove an objective whose indicator has reports, saying how many, and changes nothing', async () => {
    const plan = await finalPlan(gw);
    const [csnId] = plan.objectiveIds;
    const indicatorId = (await trackedOf(plan.planId)).find((i) => i.objectiveId === csnId)!.id;
    await reportValue(gw, indicatorId, '1', '2023-06-30'); // not verified yet
    await verifiedValue(gw, indicatorId, '2', '2023-12-31');
    const before = { plan: await planOf(plan.planId), tracked: await trackedOf(plan.planId) };
    const res = await remove(plan.planId, csnId);
    errorOf(res, 'BAD_USER_INPUT');
    expect(constraintsOf(res)).toEqual([{ path: 'id', constraint: 'objectiveHasReports' }]);
    expect(res.errors?.[0].message).toMatch(/follow-up tracks this objective's indicator and has 2 progress reports on it/);
    // The whole removal rolled back: the objective, its activity's link, positions and the indicator are as they were.
    expect(await planOf(plan.planId)).toEqual(before.plan);
    expect(await trackedOf(plan.planId)).toEqual(before.tracked);
  });

  it('leaves plans not yet accepted alone: a removed objective simply is not tracked at FINAL', async () => {
    const plan = await finalPlan(gw, { final: false });
    const [csnId, stuntingId] = plan.objectiveIds;
    expect((await remove(plan.planId, stuntingId)).errors).toBeUndefined();
    await movePlan(gw, plan.planId, 'FINAL');
    expect((await trackedOf(plan.planId)).map((i) => i.objectiveId)).toEqual([csnId]);
  });
});
