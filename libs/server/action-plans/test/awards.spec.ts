import type { TestGateway } from '@lr/server-core/testing';
import { ActionPlan } from '../src/plans/action-plan.entity';
import { PlanStatus } from '../src/plans/plan-status';
import { AWARD, storedPlan, usd } from './fund-helpers';
import { adminToken, createRoute, delegationWithParticipants, errorOf, fieldsOf, ok, plansEditor, startActionPlansGateway, UNKNOWN_ID } from './helpers';

const REMOVE = `mutation($id: ID!, $v: Int!, $reason: String) { removeAward(id: $id, version: $v, reason: $reason) }`;
const PLAN_STATE = `SELECT status, version FROM action_plan WHERE id = $1`;

describe('awards', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  async function planIn(status: PlanStatus, routeId?: string) {
    const route = routeId ?? (await createRoute(gw)).id;
    const delegation = await delegationWithParticipants(gw, route, 'GT', 1);
    return { routeId: route, planId: await storedPlan(gw, route, delegation.id, status) };
  }

  it('makes a FINAL plan AWARDED with its first award, through the plan machine, and lists them on the plan and the fund', async () => {
    const { routeId, planId } = await planIn(PlanStatus.FINAL);
    const cash = await ok(gw, AWARD, { input: usd(planId, '6000') }, { token: admin });
    expect(cash).toMatchObject({ kind: 'CASH', description: 'Seed grant for the costing workshop', amount: { amount: '6000.00', currency: 'USD', minorUnits: '600000' }, plan: { id: planId, status: 'AWARDED' } });
    const [{ status }] = await gw.dataSource.query(PLAN_STATE, [planId]);
    expect(status).toBe('AWARDED');
    const [move] = await gw.dataSource.query(`SELECT from_state, to_state FROM state_change WHERE machine = 'action_plan.status' AND record_id = $1`, [planId]);
    expect(move).toEqual({ from_state: 'FINAL', to_state: 'AWARDED' });

    // A second award to an AWARDED plan: allowed, the plan stays AWARDED.
    await ok(gw, AWARD, { input: usd(planId, '1500', 'TECHNICAL_ASSISTANCE_VISIT', 'Two days with the host ministry’s costing team') }, { token: admin });
    const fund = await ok(gw, `query($routeId: ID!) { routeActionFund(routeId: $routeId) { awarded { amount } remaining { amount } awards { kind amount { amount } plan { id } } } }`, { routeId }, { token: admin });
    expect(fund).toEqual({
      awarded: { amount: '7500.00' },
      remaining: { amount: '4500.00' },
      awards: [
        { kind: 'CASH', amount: { amount: '6000.00' }, plan: { id: planId } },
        { kind: 'TECHNICAL_ASSISTANCE_VISIT', amount: { amount: '1500.00' }, plan: { id: planId } },
      ],
    });
    // ActionPlan.awards, on the plans the vote offers.
    const [plan] = await ok(gw, `query($routeId: ID!) { votablePlans(routeId: $routeId) { id awards { kind } } }`, { routeId }, { token: admin });
    expect(plan).toEqual({ id: planId, awards: [{ kind: 'CASH' }, { kind: 'TECHNICAL_ASSISTANCE_VISIT' }] });
  });

  it('never adds up to more than the fund, naming what remains', async () => {
    const { routeId, planId } = await planIn(PlanStatus.FINAL);
    const other = await planIn(PlanStatus.FINAL, routeId);
    await ok(gw, AWARD, { input: usd(planId, '10000') }, { token: admin });
    const over = await gw.graphql(AWARD, { input: usd(other.planId, '2000.01') }, { token: admin });
    expect(fieldsOf(over)).toEqual([{ path: 'input.amount.amount', message: 'is more than what remains of the fund: USD 2000.00' }]);
    expect(over.errors![0].extensions).toMatchObject({ remaining: { amount: '2000.00', currency: 'USD', minorUnits: '200000' } });
    await ok(gw, AWARD, { input: usd(other.planId, '2000') }, { token: admin });
    const [{ status }] = await gw.dataSource.query(PLAN_STATE, [other.planId]);
    expect(status).toBe('AWARDED');
  });

  it("goes only to FINAL or AWARDED plans, in the fund's currency, for more than nothing, decided by admins", async () => {
    for (const status of [PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.IN_REVIEW, PlanStatus.REVISION_REQUESTED]) {
      const { planId } = await planIn(status);
      const refused = errorOf(await gw.graphql(AWARD, { input: usd(planId, '100') }, { token: admin }), 'PHASE_RULE');
      expect(refused.message).toBe(`Only a FINAL or AWARDED plan receives awards; this plan is ${status}`);
    }
    const { planId } = await planIn(PlanStatus.FINAL);
    expect(fieldsOf(await gw.graphql(AWARD, { input: { ...usd(planId, '100'), amount: { amount: '100', currency: 'EUR' } } }, { token: admin }))).toEqual([
      { path: 'input.amount.currency', message: "must be the fund's currency, USD" },
    ]);
    expect(fieldsOf(await gw.graphql(AWARD, { input: usd(planId, '0') }, { token: admin }))).toEqual([{ path: 'input.amount.amount', message: 'must be more than 0' }]);
    expect(fieldsOf(await gw.graphql(AWARD, { input: usd(UNKNOWN_ID, '100') }, { token: admin }))).toEqual([{ path: 'input.planId', message: `no action plan has the id ${UNKNOWN_ID}` }]);
    expect(fieldsOf(await gw.graphql(AWARD, { input: { ...usd(planId, '100'), description: '  ' } }, { token: admin })).map((f) => f.path)).toEqual(['input.description']);
    errorOf(await gw.graphql(AWARD, { input: usd(planId, '100') }, { token: await plansEditor(gw) }), 'FORBIDDEN');
    const [{ status }] = await gw.dataSource.query(PLAN_STATE, [planId]);
    expect(status).toBe('FINAL');
  });

  it('are removed at the version read; removing the last takes the plan back to FINAL with the reason', async () => {
    const { routeId, planId } = await planIn(PlanStatus.FINAL);
    const first = await ok(gw, AWARD, { input: usd(planId, '3000') }, { token: admin });
    const second = await ok(gw, AWARD, { input: usd(planId, '2000', 'IN_KIND', 'Scales and measuring boards for ten health posts') }, { token: admin });
    errorOf(await gw.graphql(REMOVE, { id: first.id, v: first.version + 1 }, { token: admin }), 'CONFLICT');
    errorOf(await gw.graphql(REMOVE, { id: first.id, v: first.version }, { token: await plansEditor(gw) }), 'FORBIDDEN');
    errorOf(await gw.graphql(REMOVE, { id: UNKNOWN_ID, v: 1 }, { token: admin }), 'NOT_FOUND');

    expect(await ok(gw, REMOVE, { id: first.id, v: first.version }, { token: admin })).toBe(first.id);
    expect((await gw.dataSource.query(PLAN_STATE, [planId]))[0].status).toBe('AWARDED');
    await ok(gw, REMOVE, { id: second.id, v: second.version, reason: 'The ministry funds the scales itself' }, { token: admin });
    expect((await gw.dataSource.query(PLAN_STATE, [planId]))[0].status).toBe('FINAL');
    const [back] = await gw.dataSource.query(`SELECT reason FROM state_change WHERE machine = 'action_plan.status' AND record_id = $1 AND to_state = 'FINAL'`, [planId]);
    expect(back.reason).toBe('The ministry funds the scales itself');
    const fund = await ok(gw, `query($routeId: ID!) { routeActionFund(routeId: $routeId) { awarded { amount } awards { id } } }`, { routeId }, { token: admin });
    expect(fund).toEqual({ awarded: { amount: '0.00' }, awards: [] });
  });

  it('keep a plan that has awards from being deleted', async () => {
    const { planId } = await planIn(PlanStatus.FINAL);
    await ok(gw, AWARD, { input: usd(planId, '100') }, { token: admin });
    const repo = gw.dataSource.getRepository(ActionPlan);
    await expect(gw.dataSource.transaction((m) => m.getRepository(ActionPlan).findOneByOrFail({ id: planId }).then((plan) => m.remove(plan)))).rejects.toThrow(
      /is still referred to by 1 award; remove or move those first/,
    );
    expect(await repo.existsBy({ id: planId })).toBe(true);
  });
});
