import { assertRealPostgres, outcome, type TestGateway } from '@lr/server-core/testing';
import { PlanStatus } from '../src/plans/plan-status';
import { AWARD, storedPlan, usd } from './fund-helpers';
import { adminToken, createRoute, delegationWithParticipants, ok, startActionPlansGateway } from './helpers';

const UPDATE = `mutation($input: UpdateActionFundInput!) { updateActionFund(input: $input) { id } }`;

/** Awards that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent awards', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    assertRealPostgres(gw.database);
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  async function twoFinalPlans() {
    const route = await createRoute(gw);
    const plans: string[] = [];
    for (const country of ['GT', 'BJ']) plans.push(await storedPlan(gw, route.id, (await delegationWithParticipants(gw, route.id, country, 1)).id, PlanStatus.FINAL));
    return { routeId: route.id, plans };
  }

  const awarded = async (routeId: string) =>
    (await gw.dataSource.query(`SELECT coalesce(sum(a.amount_minor), 0)::text AS total FROM action_fund_award a JOIN action_fund f ON f.id = a.fund_id WHERE f.route_id = $1`, [routeId]))[0].total;

  it('lets exactly one of two USD 7,000 awards on a USD 12,000 fund through, the other told what remains', async () => {
    for (let round = 0; round < 6; round += 1) {
      const { routeId, plans } = await twoFinalPlans();
      // Half the rounds race on a fund already stored; the others on a route made before funds
      // were stored on creation (its row removed), whose row the racing awards create themselves.
      if (round % 2 === 0) await ok(gw, UPDATE, { input: { routeId, version: 1, amount: { amount: '12000', currency: 'USD' } } }, { token: admin });
      else await gw.dataSource.query(`DELETE FROM action_fund WHERE route_id = $1`, [routeId]);
      const responses = await Promise.all(plans.map((planId) => gw.graphql(AWARD, { input: usd(planId, '7000') }, { token: admin })));
      expect(responses.map(outcome).sort()).toEqual(['BAD_USER_INPUT', 'ok']);
      const refused = responses.find((r) => r.errors)!.errors![0];
      expect(refused.extensions).toMatchObject({ fields: [{ path: 'input.amount.amount', message: 'is more than what remains of the fund: USD 5000.00', constraint: 'withinFund' }], remaining: { amount: '5000.00', currency: 'USD' } });
      expect(await awarded(routeId)).toBe('700000');
      const [{ funds }] = await gw.dataSource.query(`SELECT count(*)::int AS funds FROM action_fund WHERE route_id = $1`, [routeId]);
      expect(funds).toBe(1);
    }
  });

  it('never exceeds the fund when many awards and a reduction of the fund race', async () => {
    const { routeId, plans } = await twoFinalPlans();
    await ok(gw, AWARD, { input: usd(plans[0], '1000') }, { token: admin });
    const fund = await ok(gw, `query($routeId: ID!) { routeActionFund(routeId: $routeId) { version } }`, { routeId }, { token: admin });
    const responses = await Promise.all([
      ...[0, 1, 2, 3, 4, 5].map((i) => gw.graphql(AWARD, { input: usd(plans[i % 2], '2500') }, { token: admin })),
      gw.graphql(UPDATE, { input: { routeId, version: fund.version, amount: { amount: '8000', currency: 'USD' } } }, { token: admin }),
    ]);
    const [{ amount }] = await gw.dataSource.query(`SELECT amount_minor::bigint AS amount FROM action_fund WHERE route_id = $1`, [routeId]);
    expect(BigInt(await awarded(routeId))).toBeLessThanOrEqual(BigInt(amount));
    // Whatever the order, the awards that went through are those the fund could hold.
    const through = responses.slice(0, 6).filter((r) => outcome(r) === 'ok').length;
    expect(BigInt(await awarded(routeId))).toBe(100000n + BigInt(through) * 250000n);
  });
});
