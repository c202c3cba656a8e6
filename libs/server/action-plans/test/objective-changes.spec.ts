import { platformModule, reactOnChange, ValidationError, type DomainModule, type RecordChange } from '@lr/server-core';
import { constraintsOf, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule, planStatusMachine } from '../src';
import { adminToken, delegationWithParticipants } from './helpers';
import { bringTo, roomyRoute, smartPlan, UPDATE_OBJECTIVE } from './plan-helpers';

/**
 * What action plans tell other modules when an objective changes (`recordChanged`, 0014
 * "Corrections of an accepted plan"): a test module stands in for follow-up, hearing each
 * change through `reactOnChange`, and refusing one when told to.
 */
describe('objective changes heard by other modules', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  const heard: (RecordChange & { status: string })[] = [];
  let refuse = false;

  const listener: DomainModule = {
    name: 'listener',
    description: 'Test-only module hearing plan changes',
    entities: [],
    resolvers: [],
    migrations: [],
    reactions: [
      reactOnChange(planStatusMachine, async (_ctx, plan, change) => {
        heard.push({ ...change, status: plan.status });
        if (refuse) throw ValidationError.field('input.targetValue', 'is refused by the listener', 'listenerRefusal');
      }),
    ],
  };

  const objectiveOf = async (planId: string, objectiveId: string) =>
    (await gw.dataSource.query(`SELECT version, target_value::float8 AS target, indicator FROM action_plan_objective WHERE id = $1 AND plan_id = $2`, [objectiveId, planId]))[0];

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule, listener]);
    admin = await adminToken(gw);
    routeId = await roomyRoute(gw);
  });
  afterAll(() => gw?.close());
  beforeEach(() => {
    heard.length = 0;
    refuse = false;
  });

  it('tells of the fields whose value changed, with the plan as it is, and not on moves', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'GT', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    await bringTo(gw, plan.id, 'FINAL');
    expect(heard).toEqual([]); // moves are not content changes
    const { version } = await objectiveOf(plan.id, plan.objectiveId);
    const res = await gw.graphql(UPDATE_OBJECTIVE, { input: { id: plan.objectiveId, version, targetValue: '6', unit: 'commitments', indicator: { en: 'Commitments adopted by the council' } } }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(heard).toEqual([{ part: 'objective', id: plan.objectiveId, fields: ['targetValue'], status: 'FINAL' }]);
  });

  it('tells nothing when an update changes no value', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'BJ', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    const { version } = await objectiveOf(plan.id, plan.objectiveId);
    const res = await gw.graphql(UPDATE_OBJECTIVE, { input: { id: plan.objectiveId, version, targetValue: '5.00', baselineDate: '2025-01-01' } }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(heard).toEqual([]);
  });

  it('rolls the whole change back when a listener refuses it', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'LA', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    await bringTo(gw, plan.id, 'AWARDED');
    const before = await objectiveOf(plan.id, plan.objectiveId);
    refuse = true;
    const res = await gw.graphql(UPDATE_OBJECTIVE, { input: { id: plan.objectiveId, version: before.version, targetValue: '9', indicator: { en: 'Another text' } } }, { token: admin });
    expect(constraintsOf(res)).toEqual([{ path: 'input.targetValue', constraint: 'listenerRefusal' }]);
    expect(heard).toEqual([{ part: 'objective', id: plan.objectiveId, fields: ['indicator', 'targetValue'], status: 'AWARDED' }]);
    expect(await objectiveOf(plan.id, plan.objectiveId)).toEqual(before);
  });
});
