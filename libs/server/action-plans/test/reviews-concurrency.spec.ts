import { assertRealPostgres, outcome, type TestGateway } from '@lr/server-core/testing';
import { createRoute, delegationWithParticipants, ok, plansEditor, reviewerToken, startActionPlansGateway } from './helpers';
import { current, smartPlan, SUBMIT } from './plan-helpers';

const REVIEW = `mutation($input: ReviewPlanVersionInput!) { reviewPlanVersion(input: $input) { id } }`;

/** Reviews that race each other, on the real PostgreSQL where transactions run side by side. */
describe('concurrent reviews', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    assertRealPostgres(gw.database);
    editor = await plansEditor(gw);
  });
  afterAll(() => gw.close());

  async function submitted(): Promise<{ planId: string; versionId: string }> {
    const delegation = await delegationWithParticipants(gw, (await createRoute(gw)).id, 'BJ', 1);
    const plan = await smartPlan(gw, editor, delegation.id);
    await ok(gw, SUBMIT, { id: plan.id, v: (await current(gw, plan.id)).version }, { token: editor });
    const [{ id }] = await gw.dataSource.query(`SELECT id FROM action_plan_version WHERE plan_id = $1`, [plan.id]);
    return { planId: plan.id, versionId: id };
  }

  const accept = (versionId: string) => ({ input: { versionId, recommendation: 'ACCEPT', comments: [] } });

  it('takes three first reviews of a SUBMITTED plan at once, moving it to IN_REVIEW once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { planId, versionId } = await submitted();
      const reviewers = await Promise.all([reviewerToken(gw), reviewerToken(gw), reviewerToken(gw)]);
      // Without the plan's lock, each would see SUBMITTED and try the move at the same plan
      // version: all but one would fail with CONFLICT.
      const responses = await Promise.all(reviewers.map((token) => gw.graphql(REVIEW, accept(versionId), { token })));
      expect(responses.map(outcome)).toEqual(['ok', 'ok', 'ok']);
      expect((await current(gw, planId)).status).toBe('IN_REVIEW');
      const moves = await gw.dataSource.query(`SELECT from_state, to_state FROM state_change WHERE machine = 'action_plan.status' AND record_id = $1 AND to_state = 'IN_REVIEW'`, [planId]);
      expect(moves).toHaveLength(1);
    }
  });

  it('records one review when the same reviewer sends it twice at once', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { versionId } = await submitted();
      // Already IN_REVIEW, so neither request moves the plan: only the review rule is raced.
      await ok(gw, REVIEW, accept(versionId), { token: await reviewerToken(gw) });
      const reviewer = await reviewerToken(gw);
      const responses = await Promise.all([gw.graphql(REVIEW, accept(versionId), { token: reviewer }), gw.graphql(REVIEW, accept(versionId), { token: reviewer })]);
      expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'ok']);
      expect(await gw.dataSource.query(`SELECT id FROM action_plan_review WHERE version_id = $1`, [versionId])).toHaveLength(2);
    }
  });
});
