import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, fieldsOf, finalPlan, ok, participantToken, programmeIndicator, reportValue, startFollowUpGateway, verifiedValue, type FinalPlanFixture } from './helpers';

const ROLLUP = `query($scope: IndicatorRollupScope!) { indicatorRollup(scope: $scope) {
  total
  onTrack { status count indicators { id } }
  offTrack { status count indicators { id } }
  noData { status count indicators { id } }
} }`;

type Rollup = { total: number } & Record<'onTrack' | 'offTrack' | 'noData', { status: string; count: number; indicators: { id: string }[] }>;
const idsOf = (bucket: Rollup['onTrack']) => bucket.indicators.map((i) => i.id);

describe('indicator roll-ups', () => {
  let gw: TestGateway;
  let admin: string;
  let plan: FinalPlanFixture;
  /** The plan's indicators: 0 → 5 commitments (on track after a verified 3 at 2023-12-31) and 40 → 20 % (off track at 38 in 2024-01-01). */
  let csn: string;
  let stunting: string;
  /** A programme indicator on the same programme (no route), with no verified value. */
  let programmeOnly: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    plan = await finalPlan(gw);
    const list = await ok(gw, `query($p: ID!) { trackedIndicators(first: 5, filter: { planId: $p }) { edges { node { id objectiveId } } } }`, { p: plan.planId }, { token: admin });
    const byObjective = (n: number) => list.edges.find((e: { node: { objectiveId: string } }) => e.node.objectiveId === plan.objectiveIds[n]).node.id as string;
    [csn, stunting] = [byObjective(0), byObjective(1)];
    await verifiedValue(gw, csn, '3', '2023-12-31');
    // The line falls from 40 to 20 over four years: at 2024-01-01 it is at 30; 38 is off track.
    await verifiedValue(gw, stunting, '38', '2024-01-01');
    programmeOnly = (await programmeIndicator(gw, plan.programmeId)).id;
    await reportValue(gw, programmeOnly, '5', '2024-01-01'); // not verified: no data
  });
  afterAll(() => gw.close());

  it('counts a plan’s indicators by status, with the indicators behind each number', async () => {
    const rollup: Rollup = await ok(gw, ROLLUP, { scope: { planId: plan.planId } }, { token: admin });
    expect(rollup.total).toBe(2);
    expect(rollup.onTrack).toMatchObject({ status: 'ON_TRACK', count: 1 });
    expect(idsOf(rollup.onTrack)).toEqual([csn]);
    expect(rollup.offTrack).toMatchObject({ status: 'OFF_TRACK', count: 1 });
    expect(idsOf(rollup.offTrack)).toEqual([stunting]);
    expect(rollup.noData).toEqual({ status: 'NO_DATA', count: 0, indicators: [] });
  });

  it('rolls up a route and a programme', async () => {
    const route: Rollup = await ok(gw, ROLLUP, { scope: { routeId: plan.routeId } }, { token: admin });
    expect([route.total, route.onTrack.count, route.offTrack.count, route.noData.count]).toEqual([2, 1, 1, 0]);
    const programme: Rollup = await ok(gw, ROLLUP, { scope: { programmeId: plan.programmeId } }, { token: admin });
    expect([programme.total, programme.onTrack.count, programme.offTrack.count, programme.noData.count]).toEqual([3, 1, 1, 1]);
    expect(idsOf(programme.noData)).toEqual([programmeOnly]);
  });

  it('counts only what the caller may read', async () => {
    const { key } = await createApiKey(gw, admin, ['READ']);
    const partner: Rollup = await ok(gw, ROLLUP, { scope: { programmeId: plan.programmeId } }, { apiKey: key });
    expect(partner.total).toBe(2);
    const outsider = await finalPlan(gw, { route: await createRoute(gw) });
    const stranger: Rollup = await ok(gw, ROLLUP, { scope: { programmeId: plan.programmeId } }, { token: await participantToken(gw, outsider.participantPersonIds[0]) });
    expect(stranger.total).toBe(0);
    const member: Rollup = await ok(gw, ROLLUP, { scope: { programmeId: plan.programmeId } }, { token: await participantToken(gw, plan.participantPersonIds[0]) });
    expect(member.total).toBe(2);
  });

  it('needs exactly one scope', async () => {
    expect(fieldsOf(await gw.graphql(ROLLUP, { scope: {} }, { token: admin }))).toEqual([{ path: 'scope', message: 'needs exactly one of planId, routeId or programmeId' }]);
    expect(fieldsOf(await gw.graphql(ROLLUP, { scope: { planId: plan.planId, routeId: plan.routeId } }, { token: admin }))).toEqual([
      { path: 'scope', message: 'needs exactly one of planId, routeId or programmeId' },
    ]);
  });
});
