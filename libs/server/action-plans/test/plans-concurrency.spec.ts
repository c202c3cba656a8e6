import { assertRealPostgres, outcome, type TestGateway } from '@lr/server-core/testing';
import { delegationWithParticipants, participantToken, plansEditor, reviewerToken, startActionPlansGateway } from './helpers';
import { ADD_OBJECTIVE, addActivity, addObjective, bringTo, CREATE_PLAN, createPlan, current, MOVE, roomyRoute, SUBMIT } from './plan-helpers';

/** Plans changed at the same moment, on the real PostgreSQL where transactions run side by side. */
describe('concurrent changes to action plans', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    assertRealPostgres(gw.database);
    editor = await plansEditor(gw);
    routeId = await roomyRoute(gw);
  });
  afterAll(() => gw?.close());

  it('freezes exactly what was submitted when the delegation adds an objective at the same moment', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 6; round += 1) {
      const delegation = await delegationWithParticipants(gw, routeId, 'GT', 1);
      const token = await participantToken(gw, delegation.personIds[0]);
      const plan = await createPlan(gw, token, delegation.id);
      await addObjective(gw, token, plan.id);
      await addActivity(gw, token, plan.id);
      const { version } = await current(gw, plan.id);
      const [submitted, added] = await Promise.all([
        gw.graphql(SUBMIT, { id: plan.id, v: version }, { token }),
        gw.graphql(ADD_OBJECTIVE, { input: { planId: plan.id, statement: { en: `Late objective ${round}` } } }, { token }),
      ]);
      expect(outcome(submitted)).toBe('ok');
      // Either the objective came first and is in version 1, or the plan was submitted first and it was refused.
      outcomes.add(outcome(added));
      const [{ inPlan }] = await gw.dataSource.query(`SELECT count(*)::int AS "inPlan" FROM action_plan_objective WHERE plan_id = $1`, [plan.id]);
      const [{ frozen }] = await gw.dataSource.query(`SELECT jsonb_array_length(snapshot->'objectives') AS frozen FROM action_plan_version WHERE plan_id = $1 AND number = 1`, [plan.id]);
      expect(frozen).toBe(inPlan);
      expect(inPlan).toBe(outcome(added) === 'ok' ? 2 : 1);
      if (outcome(added) !== 'ok') expect(outcome(added)).toBe('PHASE_RULE');
    }
    expect([...outcomes].every((o) => o === 'ok' || o === 'PHASE_RULE')).toBe(true);
  });

  it('makes one plan per delegation when two are created at once', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'BJ', 1);
    const responses = await Promise.all([0, 1, 2].map((i) => gw.graphql(CREATE_PLAN, { input: { delegationId: delegation.id, title: { en: `Plan ${i}` }, language: 'EN' } }, { token: editor })));
    expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    const [{ plans }] = await gw.dataSource.query(`SELECT count(*)::int AS plans FROM action_plan WHERE delegation_id = $1`, [delegation.id]);
    expect(plans).toBe(1);
  });

  it('freezes one version when the same plan is submitted twice at once', async () => {
    const delegation = await delegationWithParticipants(gw, routeId, 'LA', 1);
    const plan = await createPlan(gw, editor, delegation.id);
    const { version } = await current(gw, plan.id);
    const responses = await Promise.all([0, 1, 2].map(() => gw.graphql(SUBMIT, { id: plan.id, v: version }, { token: editor })));
    expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    const [{ versions }] = await gw.dataSource.query(`SELECT count(*)::int AS versions FROM action_plan_version WHERE plan_id = $1`, [plan.id]);
    expect(versions).toBe(1);
  });

  it('lets one of two reviewers decide on the version they both read', async () => {
    const reviewer = await reviewerToken(gw);
    const delegation = await delegationWithParticipants(gw, routeId, 'SL', 1);
    const plan = await createPlan(gw, editor, delegation.id);
    await addObjective(gw, editor, plan.id);
    await addActivity(gw, editor, plan.id);
    await bringTo(gw, plan.id, 'IN_REVIEW');
    const { version } = await current(gw, plan.id);
    const responses = await Promise.all([
      gw.graphql(MOVE, { id: plan.id, to: 'FINAL', v: version }, { token: reviewer }),
      gw.graphql(MOVE, { id: plan.id, to: 'REVISION_REQUESTED', v: version, reason: 'Not yet' }, { token: editor }),
    ]);
    expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
    const [{ moves }] = await gw.dataSource.query(`SELECT count(*)::int AS moves FROM state_change WHERE record_id = $1 AND from_state = 'IN_REVIEW'`, [plan.id]);
    expect(moves).toBe(1);
  });
});
