import { platformModule, reactOnChange, ValidationError, type DomainModule, type RecordChange } from '@lr/server-core';
import { constraintsOf, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule, planStatusMachine } from '../src';
import { adminToken, delegationWithParticipants } from './helpers';
import { ADD_OBJECTIVE, addObjective, bringTo, roomyRoute, smartPlan, UPDATE_OBJECTIVE } from './plan-helpers';

const REMOVE_OBJECTIVE = `mutation($id: ID!, $v: Int!) { removePlanObjective(id: $id, version: $v) }`;
/** What an objective states: all of it is told on an addition. */
const STATED = ['statement', 'indicator', 'unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate'];

/**
 * What action plans tell other modules when an objective changes, is added or is removed (`recordChanged`, 0014
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
    heard.length = 0; // the objective's addition, heard below
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
    heard.length = 0;
    const { version } = await objectiveOf(plan.id, plan.objectiveId);
    const res = await gw.graphql(UPDATE_OBJECTIVE, { input: { id: plan.objectiveId, version, targetValue: '5.00', baselineDate: '2025-01-01' } }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(heard).toEqual([]);
  });

  it('rolls the whole change back when a listener refuses it', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'LA', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    await bringTo(gw, plan.id, 'AWARDED');
    heard.length = 0;
    const before = await objectiveOf(plan.id, plan.objectiveId);
    refuse = true;
    const res = await gw.graphql(UPDATE_OBJECTIVE, { input: { id: plan.objectiveId, version: before.version, targetValue: '9', indicator: { en: 'Another text' } } }, { token: admin });
    expect(constraintsOf(res)).toEqual([{ path: 'input.targetValue', constraint: 'listenerRefusal' }]);
    expect(heard).toEqual([{ part: 'objective', id: plan.objectiveId, fields: ['indicator', 'targetValue'], status: 'AWARDED' }]);
    expect(await objectiveOf(plan.id, plan.objectiveId)).toEqual(before);
  });

  it('tells of an objective added (with what it states) and removed (once gone), in any status', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'NE', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    expect(heard).toEqual([{ kind: 'added', part: 'objective', id: plan.objectiveId, fields: STATED, status: 'DRAFT' }]);
    await bringTo(gw, plan.id, 'FINAL');
    heard.length = 0;
    const added = await addObjective(gw, admin, plan.id);
    expect(heard).toEqual([{ kind: 'added', part: 'objective', id: added.id, fields: STATED, status: 'FINAL' }]);
    heard.length = 0;
    const res = await gw.graphql(REMOVE_OBJECTIVE, { id: added.id, v: added.version }, { token: admin });
    expect(res.errors).toBeUndefined();
    expect(heard).toEqual([{ kind: 'removed', part: 'objective', id: added.id, fields: [], status: 'FINAL' }]);
  });

  it('rolls an addition or a removal back when a listener refuses it', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'KH', 1);
    const plan = await smartPlan(gw, admin, delegation.id);
    await bringTo(gw, plan.id, 'FINAL');
    const second = await addObjective(gw, admin, plan.id); // so the plan stays SMART without the one removed below
    refuse = true;
    const measured = { statement: { en: 'Another objective' }, indicator: { en: 'Officers trained' }, baselineValue: '0', baselineDate: '2025-01-01', targetValue: '4', targetDate: '2025-12-31' };
    expect(constraintsOf(await gw.graphql(ADD_OBJECTIVE, { input: { planId: plan.id, ...measured } }, { token: admin }))).toEqual([{ path: 'input.targetValue', constraint: 'listenerRefusal' }]);
    expect(constraintsOf(await gw.graphql(REMOVE_OBJECTIVE, { id: second.id, v: second.version }, { token: admin }))).toEqual([{ path: 'input.targetValue', constraint: 'listenerRefusal' }]);
    const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM action_plan_objective WHERE plan_id = $1`, [plan.id]);
    expect(n).toBe(2);
    expect(await objectiveOf(plan.id, second.id)).toMatchObject({ version: second.version });
  });
});
