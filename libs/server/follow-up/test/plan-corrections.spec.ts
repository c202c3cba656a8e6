import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { adminToken, errorOf, finalPlan, INDICATOR_FIELDS, ok, reportValue, startFollowUpGateway, verifiedValue } from './helpers';

/**
 * A FINAL or AWARDED plan's objective corrected after follow-up began tracking it (0014,
 * "Corrections of an accepted plan"): texts and unit follow; the baseline and target follow
 * until the indicator has a progress report, then the correction is refused whole.
 */
const OBJECTIVE = `query($id: ID!) { actionPlan(id: $id) { version objectives { id version targetValue targetDate baselineValue indicator unit } } }`;
const CORRECT = `mutation($input: UpdatePlanObjectiveInput!) { updatePlanObjective(input: $input) { id version targetValue targetDate indicator unit } }`;
const TRACKED = `query($filter: TrackedIndicatorFilter) { trackedIndicators(first: 10, filter: $filter) { edges { node { ${INDICATOR_FIELDS} } } } }`;

describe('corrections of an accepted plan reach its tracked indicators', () => {
  let gw: TestGateway;
  let admin: string;

  const objectiveOf = async (planId: string, objectiveId: string) =>
    ((await ok(gw, OBJECTIVE, { id: planId }, { token: admin })).objectives as Record<string, any>[]).find((o) => o.id === objectiveId)!;
  const trackedOf = async (planId: string, objectiveId: string) =>
    ((await ok(gw, TRACKED, { filter: { planId } }, { token: admin })).edges as { node: Record<string, any> }[]).map((e) => e.node).find((i) => i.objectiveId === objectiveId)!;
  const correct = async (planId: string, objectiveId: string, fields: Record<string, unknown>) =>
    gw.graphql(CORRECT, { input: { id: objectiveId, version: (await objectiveOf(planId, objectiveId)).version, ...fields } }, { token: admin });

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw?.close());

  it('copies a corrected target, indicator text and unit forward while nothing is reported', async () => {
    const plan = await finalPlan(gw);
    const [csnId] = plan.objectiveIds;
    const before = await trackedOf(plan.planId, csnId);
    const other = await trackedOf(plan.planId, plan.objectiveIds[1]);
    const res = await correct(plan.planId, csnId, { targetValue: '6', targetDate: '2026-06-30', indicator: { en: 'CSN commitments adopted', es: 'Compromisos CSN adoptados' }, unit: 'commitments adopted' });
    expect(res.errors).toBeUndefined();
    const after = await trackedOf(plan.planId, csnId);
    expect(after).toMatchObject({ id: before.id, name: 'CSN commitments adopted', unit: 'commitments adopted', baselineValue: '0', targetValue: '6', targetDate: '2026-06-30', version: before.version + 1 });
    // The other objective's indicator is untouched.
    expect(await trackedOf(plan.planId, plan.objectiveIds[1])).toEqual(other);
  });

  it('refuses a new baseline or target once a report exists, verified or not, naming each field, and changes nothing', async () => {
    const plan = await finalPlan(gw);
    const [csnId, stuntingId] = plan.objectiveIds;
    await reportValue(gw, (await trackedOf(plan.planId, csnId)).id, '1', '2023-06-30'); // not verified yet
    await verifiedValue(gw, (await trackedOf(plan.planId, stuntingId)).id, '35', '2023-06-30');
    for (const objectiveId of [csnId, stuntingId]) {
      const tracked = await trackedOf(plan.planId, objectiveId);
      const objective = await objectiveOf(plan.planId, objectiveId);
      const res = await correct(plan.planId, objectiveId, { baselineValue: '1', targetValue: '9', indicator: { en: 'Corrected text' } });
      errorOf(res, 'BAD_USER_INPUT');
      expect(constraintsOf(res).map((f) => [f.path, f.constraint])).toEqual([
        ['input.baselineValue', 'indicatorLineReported'],
        ['input.targetValue', 'indicatorLineReported'],
      ]);
      expect(res.errors?.[0].message).toMatch(/follow-up tracks this indicator and has 1 progress report measured against its baseline and target/);
      // The whole correction rolled back: the objective and the indicator are as they were.
      expect(await objectiveOf(plan.planId, objectiveId)).toEqual(objective);
      expect(await trackedOf(plan.planId, objectiveId)).toEqual(tracked);
    }
  });

  it('still lets texts and an unmoved line through once reports exist', async () => {
    const plan = await finalPlan(gw);
    const [csnId] = plan.objectiveIds;
    await reportValue(gw, (await trackedOf(plan.planId, csnId)).id, '2', '2023-06-30');
    // "5.0" is the target it had: nothing moves, so nothing is refused.
    const res = await correct(plan.planId, csnId, { targetValue: '5.0', indicator: { en: 'CSN commitments adopted by the national council' } });
    expect(res.errors).toBeUndefined();
    expect(await trackedOf(plan.planId, csnId)).toMatchObject({ name: 'CSN commitments adopted by the national council', targetValue: '5', targetDate: '2025-12-31' });
  });

  it('follows corrections of an AWARDED plan, and a return to FINAL keeps them rather than the frozen version', async () => {
    const plan = await finalPlan(gw);
    const [csnId] = plan.objectiveIds;
    const award = await ok(
      gw,
      `mutation($input: RecordAwardInput!) { recordAward(input: $input) { id version plan { status } } }`,
      { input: { planId: plan.planId, kind: 'CASH', amount: { amount: '100', currency: 'USD' }, description: 'Seed grant' } },
      { token: admin },
    );
    expect(award.plan.status).toBe('AWARDED');
    expect((await correct(plan.planId, csnId, { targetValue: '7' })).errors).toBeUndefined();
    expect((await trackedOf(plan.planId, csnId)).targetValue).toBe('7');
    await ok(gw, `mutation($id: ID!, $v: Int!, $r: String) { removeAward(id: $id, version: $v, reason: $r) }`, { id: award.id, v: award.version, r: 'Awarded by mistake' }, { token: admin });
    expect(await trackedOf(plan.planId, csnId)).toMatchObject({ targetValue: '7', name: 'CSN commitments adopted by the council' });
  });

  it('leaves plans in review alone: their indicators are made when they become FINAL, with the values then', async () => {
    const plan = await finalPlan(gw, { final: false });
    const [csnId] = plan.objectiveIds;
    expect((await correct(plan.planId, csnId, { targetValue: '8' })).errors).toBeUndefined();
    expect(await trackedOf(plan.planId, csnId)).toBeUndefined();
  });
});
