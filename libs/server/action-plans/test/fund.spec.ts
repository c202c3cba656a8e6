import { RequestContext, Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { actionFundOf } from '../src';
import { fundIdOf } from '../src/fund/fund-defaults';
import { PlanStatus } from '../src/plans/plan-status';
import { AWARD, FUND, fundVersion, storedPlan, usd } from './fund-helpers';
import { adminToken, createRoute, delegationWithParticipants, errorOf, fieldsOf, ok, participantToken, plansEditor, startActionPlansGateway, UNKNOWN_ID } from './helpers';

const UPDATE = `mutation($input: UpdateActionFundInput!) { updateActionFund(input: $input) { id version amount { amount currency minorUnits } awarded { amount } remaining { amount currency } } }`;

describe('the action fund', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  it('is USD 12,000 for a route nobody changed, stored when the route is made under an id derived from the route', async () => {
    const route = await createRoute(gw);
    const [{ stored }] = await gw.dataSource.query(`SELECT count(*)::int AS stored FROM action_fund WHERE route_id = $1 AND id = $2`, [route.id, fundIdOf(route.id)]);
    expect(stored).toBe(1);
    expect(await ok(gw, FUND, { routeId: route.id }, { token: admin })).toMatchObject({ id: fundIdOf(route.id), version: 1, amount: { amount: '12000.00', currency: 'USD' } });
  });

  it('shows a route made before funds were stored on creation the default, under the same id before and after its row is stored', async () => {
    const route = await createRoute(gw);
    await gw.dataSource.query(`DELETE FROM action_fund WHERE route_id = $1`, [route.id]);
    const before = await ok(gw, FUND, { routeId: route.id }, { token: admin });
    expect(before).toMatchObject({
      id: fundIdOf(route.id),
      version: 1,
      routeId: route.id,
      votingStatus: 'NOT_OPEN',
      votingOpenedAt: null,
      amount: { amount: '12000.00', currency: 'USD', minorUnits: '1200000' },
      awarded: { amount: '0.00', currency: 'USD' },
      remaining: { amount: '12000.00', currency: 'USD' },
      allowedVotingMoves: ['OPEN'],
    });
    const [{ stored }] = await gw.dataSource.query(`SELECT count(*)::int AS stored FROM action_fund WHERE route_id = $1`, [route.id]);
    expect(stored).toBe(0);

    // The version read from the default is the one the row is stored with.
    const updated = await ok(gw, UPDATE, { input: { routeId: route.id, version: before.version, amount: { amount: '15000', currency: 'USD' } } }, { token: admin });
    expect(updated).toMatchObject({ id: before.id, version: 2, amount: { amount: '15000.00', minorUnits: '1500000' }, remaining: { amount: '15000.00' } });
    const viaRoute = await ok(gw, `query($id: ID!) { route(id: $id) { actionFund { id amount { amount } } } }`, { id: route.id }, { token: admin });
    expect(viaRoute.actionFund).toEqual({ id: before.id, amount: { amount: '15000.00' } });
  });

  it('is changed by admins only, at the version they read', async () => {
    const route = await createRoute(gw);
    const input = { routeId: route.id, version: 1, amount: { amount: '10000', currency: 'USD' } };
    errorOf(await gw.graphql(UPDATE, { input }, { token: await plansEditor(gw) }), 'FORBIDDEN');
    await ok(gw, UPDATE, { input }, { token: admin });
    const stale = errorOf(await gw.graphql(UPDATE, { input }, { token: admin }), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
  });

  it('names the field for an unknown route, a currency that is not one, or too many decimals', async () => {
    const route = await createRoute(gw);
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { routeId: UNKNOWN_ID, version: 1, amount: { amount: '1', currency: 'USD' } } }, { token: admin }))).toEqual([
      { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
    ]);
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { routeId: route.id, version: 1, amount: { amount: '1', currency: 'XYZ' } } }, { token: admin }))).toEqual([
      { path: 'input.amount.currency', message: 'XYZ is not an ISO 4217 currency' },
    ]);
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { routeId: route.id, version: 1, amount: { amount: '1.005', currency: 'USD' } } }, { token: admin }))).toEqual([
      { path: 'input.amount.amount', message: 'USD has 2 decimal places' },
    ]);
    errorOf(await gw.graphql(FUND, { routeId: UNKNOWN_ID }, { token: admin }), 'NOT_FOUND');
    errorOf(await gw.graphql(FUND, { routeId: 'not-an-id' }, { token: admin }), 'NOT_FOUND');
  });

  it('never goes below what it has awarded, and keeps its currency once it has awards', async () => {
    const route = await createRoute(gw);
    const delegation = await delegationWithParticipants(gw, route.id);
    const planId = await storedPlan(gw, route.id, delegation.id, PlanStatus.FINAL);
    await ok(gw, AWARD, { input: usd(planId, '4000') }, { token: admin });
    const version = await fundVersion(gw, route.id);

    const below = await gw.graphql(UPDATE, { input: { routeId: route.id, version, amount: { amount: '3999.99', currency: 'USD' } } }, { token: admin });
    expect(fieldsOf(below)).toEqual([{ path: 'input.amount.amount', message: 'is less than the fund has already awarded: USD 4000.00' }]);
    expect(below.errors![0].extensions).toMatchObject({ awarded: { amount: '4000.00', currency: 'USD', minorUnits: '400000' } });
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { routeId: route.id, version, amount: { amount: '20000', currency: 'EUR' } } }, { token: admin }))).toEqual([
      { path: 'input.amount.currency', message: "must stay USD: the fund's awards are in USD" },
    ]);
    // Exactly what was awarded is allowed: nothing remains.
    const exact = await ok(gw, UPDATE, { input: { routeId: route.id, version, amount: { amount: '4000', currency: 'USD' } } }, { token: admin });
    expect(exact).toMatchObject({ awarded: { amount: '4000.00' }, remaining: { amount: '0.00', currency: 'USD' } });
  });

  it('may be in another currency before it has awards', async () => {
    const route = await createRoute(gw);
    const fund = await ok(gw, UPDATE, { input: { routeId: route.id, version: 1, amount: { amount: '1500000', currency: 'JPY' } } }, { token: admin });
    expect(fund.amount).toEqual({ amount: '1500000', currency: 'JPY', minorUnits: '1500000' });
  });

  it("is read by the route's participants, and by no participant of another route", async () => {
    const route = await createRoute(gw);
    const other = await createRoute(gw);
    const delegation = await delegationWithParticipants(gw, route.id, 'GT', 1);
    const participant = await participantToken(gw, delegation.personIds[0]);
    expect((await ok(gw, FUND, { routeId: route.id }, { token: participant })).amount.amount).toBe('12000.00');
    errorOf(await gw.graphql(FUND, { routeId: other.id }, { token: participant }), 'NOT_FOUND');
    // Routes are readable by all; the fund on another route is not.
    expect((await ok(gw, `query($id: ID!) { route(id: $id) { actionFund { id } } }`, { id: other.id }, { token: participant })).actionFund).toBeNull();
    expect((await ok(gw, `query($id: ID!) { route(id: $id) { actionFund { id } } }`, { id: route.id }, { token: participant })).actionFund).toEqual({ id: fundIdOf(route.id) });
    // A reviewer or a viewer reads every route's.
    for (const role of [Role.REVIEWER, Role.VIEWER]) expect((await ok(gw, FUND, { routeId: other.id }, { token: await gw.tokenFor(role) })).id).toBe(fundIdOf(other.id));
  });

  it('is read by other modules through actionFundOf: the default for a fund never changed, null for no route', async () => {
    const route = await createRoute(gw);
    const ctx = () => new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime });
    expect(await actionFundOf(ctx(), route.id)).toEqual({ amount: { minorUnits: '1200000', currency: 'USD' }, awarded: { minorUnits: '0', currency: 'USD' } });
    const delegation = await delegationWithParticipants(gw, route.id, 'BJ', 1);
    await ok(gw, AWARD, { input: usd(await storedPlan(gw, route.id, delegation.id, PlanStatus.FINAL), '2500.50') }, { token: admin });
    expect(await actionFundOf(ctx(), route.id)).toEqual({ amount: { minorUnits: '1200000', currency: 'USD' }, awarded: { minorUnits: '250050', currency: 'USD' } });
    expect(await actionFundOf(ctx(), UNKNOWN_ID)).toBeNull();
  });

  it('goes with its route when the route is deleted', async () => {
    const route = await createRoute(gw);
    await ok(gw, UPDATE, { input: { routeId: route.id, version: 1, amount: { amount: '9000', currency: 'USD' } } }, { token: admin });
    const current = await ok(gw, `query($id: ID!) { route(id: $id) { version } }`, { id: route.id }, { token: admin });
    await ok(gw, `mutation($id: ID!, $v: Int!) { deleteRoute(id: $id, version: $v) }`, { id: route.id, v: current.version }, { token: admin });
    const [{ left }] = await gw.dataSource.query(`SELECT count(*)::int AS left FROM action_fund WHERE route_id = $1`, [route.id]);
    expect(left).toBe(0);
  });
});
