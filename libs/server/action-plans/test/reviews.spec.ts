import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, errorOf, fieldsOf, ok, participantToken, plansEditor, reviewerToken, startActionPlansGateway, UNKNOWN_ID } from './helpers';
import { current, moveTo, smartPlan, SUBMIT, UPDATE_OBJECTIVE } from './plan-helpers';

const REVIEW = `mutation($input: ReviewPlanVersionInput!) {
  reviewPlanVersion(input: $input) { id planId versionId reviewerName reviewerUserId recommendation summary createdAt comments { section comment } planVersion { id number } }
}`;
const DECIDE = `mutation($id: ID!, $v: Int!) { decideReview(reviewId: $id, version: $v) { id status version } }`;
const PLAN_REVIEWS = `query($id: ID!) { actionPlan(id: $id) { id status reviews { id recommendation reviewerName planVersion { number } comments { section comment } } } }`;
const VERSION_REVIEWS = `query($id: ID!) { planVersion(id: $id) { id number reviews { id recommendation summary } } }`;
const VERSIONS = `query($id: ID!) { actionPlan(id: $id) { id versionCount statusHistory { from to changedBy } } }`;
const REVIEW_BY_ID = `query($id: ID!) { planReview(id: $id) { id summary comments { section comment } } }`;

describe('reviews of plan versions', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let reviewer: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
    editor = await plansEditor(gw);
    reviewer = await reviewerToken(gw);
  });
  afterAll(() => gw.close());

  /** The id of the plan's version `number`, read from the database (as the portal reads it from the plan). */
  const versionId = async (planId: string, number: number): Promise<string> =>
    (await gw.dataSource.query(`SELECT id FROM action_plan_version WHERE plan_id = $1 AND number = $2`, [planId, number]))[0].id;

  /**
   * A SMART plan of a delegation on a new route (a route takes five national teams), submitted
   * once: version 1, SUBMITTED; with a token for a participant of the delegation.
   */
  async function submittedPlan(): Promise<{ routeId: string; planId: string; v1: string; participant: string }> {
    const routeId = (await createRoute(gw)).id;
    const delegation = await delegationWithParticipants(gw, routeId, 'BJ', 1);
    const plan = await smartPlan(gw, editor, delegation.id);
    await ok(gw, SUBMIT, { id: plan.id, v: (await current(gw, plan.id)).version }, { token: editor });
    return { routeId, planId: plan.id, v1: await versionId(plan.id, 1), participant: await participantToken(gw, delegation.personIds[0]) };
  }

  const revise = (versionId: string, comments = [{ section: 'objectives.1', comment: 'Which council? Name it.' }], summary: string | null = 'Nearly there') => ({
    input: { versionId, recommendation: 'REVISE', summary, comments },
  });

  it('records a reviewer’s review of the latest version; the first review takes the plan IN_REVIEW', async () => {
    const { planId, v1 } = await submittedPlan();
    const review = await ok(
      gw,
      REVIEW,
      {
        input: {
          versionId: v1,
          recommendation: 'REVISE',
          summary: '  Nearly there  ',
          comments: [
            { section: 'activities.1', comment: 'Who pays the facilitators?' },
            { section: ' context ', comment: 'Say which region.' },
            { section: 'objectives.1', comment: 'Which council?' },
          ],
        },
      },
      { token: reviewer },
    );
    expect(review).toMatchObject({ planId, versionId: v1, recommendation: 'REVISE', summary: 'Nearly there', reviewerName: expect.stringContaining('REVIEWER'), planVersion: { id: v1, number: 1 } });
    // In the plan's reading order, whatever order they were written in; sections trimmed.
    expect(review.comments.map((c: { section: string }) => c.section)).toEqual(['context', 'objectives.1', 'activities.1']);
    const plan = await ok(gw, VERSIONS, { id: planId }, { token: admin });
    expect(plan.statusHistory.slice(-1)).toEqual([{ from: 'SUBMITTED', to: 'IN_REVIEW', changedBy: review.reviewerName }]);
    expect((await current(gw, planId)).status).toBe('IN_REVIEW');

    // A second reviewer's review leaves it IN_REVIEW (no second move).
    await ok(gw, REVIEW, { input: { versionId: v1, recommendation: 'ACCEPT', summary: null, comments: [] } }, { token: await reviewerToken(gw) });
    expect((await ok(gw, VERSIONS, { id: planId }, { token: admin })).statusHistory.filter((h: { to: string }) => h.to === 'IN_REVIEW')).toHaveLength(1);
  });

  it('keeps a review with its version after the plan is revised and resubmitted, and refuses reviewing the old version', async () => {
    const { planId, v1 } = await submittedPlan();
    const first = await ok(gw, REVIEW, revise(v1), { token: reviewer });
    await moveTo(gw, reviewer, planId, 'REVISION_REQUESTED', 'See the review');
    // The delegation revises (an objective's text) and submits again: version 2.
    const objective = (await gw.dataSource.query(`SELECT id, version FROM action_plan_objective WHERE plan_id = $1`, [planId]))[0];
    await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, statement: { en: 'Adopt the national council’s commitments' } } }, { token: editor });
    await ok(gw, SUBMIT, { id: planId, v: (await current(gw, planId)).version }, { token: editor });
    const v2 = await versionId(planId, 2);

    const oldVersion = await ok(gw, VERSION_REVIEWS, { id: v1 }, { token: admin });
    expect(oldVersion).toEqual({ id: v1, number: 1, reviews: [{ id: first.id, recommendation: 'REVISE', summary: 'Nearly there' }] });
    expect((await ok(gw, VERSION_REVIEWS, { id: v2 }, { token: admin })).reviews).toEqual([]);

    const stale = errorOf(await gw.graphql(REVIEW, revise(v1), { token: await reviewerToken(gw) }), 'CONFLICT');
    expect(stale.message).toMatch(/Version 1 of this plan is no longer its latest.*version 2/);
    expect(stale.extensions).toMatchObject({ reviewedVersion: 1, latestVersion: 2 });

    const second = await ok(gw, REVIEW, { input: { versionId: v2, recommendation: 'ACCEPT', summary: 'Good', comments: [] } }, { token: reviewer });
    // Newest first, each naming its version.
    const plan = await ok(gw, PLAN_REVIEWS, { id: planId }, { token: admin });
    expect(plan.reviews.map((r: { id: string; planVersion: { number: number } }) => [r.id, r.planVersion.number])).toEqual([
      [second.id, 2],
      [first.id, 1],
    ]);
  });

  it('lets reviewers, action-plans editors and admins review; not participants (even of its delegation), viewers or other editors', async () => {
    const { v1, participant } = await submittedPlan();
    const refused = await gw.graphql(REVIEW, revise(v1), { token: participant });
    expect(errorOf(refused, 'FORBIDDEN').message).toBe('Only reviewers, action-plans editors and admins review action plans');
    errorOf(await gw.graphql(REVIEW, revise(v1), { token: await gw.tokenFor(Role.VIEWER) }), 'FORBIDDEN');
    errorOf(await gw.graphql(REVIEW, revise(v1), { token: await gw.tokenFor(Role.EDITOR, ['delegations']) }), 'FORBIDDEN');
    await ok(gw, REVIEW, revise(v1), { token: editor });
    await ok(gw, REVIEW, revise(v1), { token: admin });
    // Partners' keys are not users.
    const { key } = await createApiKey(gw, admin, ['READ']);
    errorOf(await gw.graphql(REVIEW, revise(v1), { apiKey: key }), 'FORBIDDEN');
  });

  it('takes one review per reviewer and version', async () => {
    const { v1 } = await submittedPlan();
    const first = await ok(gw, REVIEW, revise(v1), { token: reviewer });
    const again = errorOf(await gw.graphql(REVIEW, revise(v1), { token: reviewer }), 'CONFLICT');
    expect(again).toMatchObject({ message: 'You have already reviewed version 1 of this plan', extensions: { reviewId: first.id } });
  });

  it('reviews only a SUBMITTED or IN_REVIEW plan', async () => {
    const { planId, v1 } = await submittedPlan();
    await ok(gw, REVIEW, revise(v1), { token: reviewer });
    await moveTo(gw, reviewer, planId, 'REVISION_REQUESTED', 'See the review');
    const refused = errorOf(await gw.graphql(REVIEW, revise(v1), { token: await reviewerToken(gw) }), 'PHASE_RULE');
    expect(refused.message).toBe('A plan is reviewed while it is SUBMITTED or IN_REVIEW; this plan is REVISION_REQUESTED');
    expect(refused.extensions).toMatchObject({ from: 'REVISION_REQUESTED', to: 'IN_REVIEW' });
  });

  it('names each bad comment, and asks a REVISE for what to revise', async () => {
    const { v1 } = await submittedPlan();
    const bad = await gw.graphql(
      REVIEW,
      {
        input: {
          versionId: v1,
          recommendation: 'ACCEPT',
          comments: [
            { section: 'budget', comment: 'Too high' },
            { section: 'objectives.2', comment: 'Which one?' },
            { section: 'context', comment: 'Good' },
            { section: 'context', comment: 'Also' },
            { section: 'title', comment: '  ' },
          ],
        },
      },
      { token: reviewer },
    );
    expect(fieldsOf(bad)).toEqual([
      { path: 'input.comments.0.section', message: expect.stringContaining('"budget" is not a section of a plan: use one of title, context, innovations, practices, expectedResults') },
      { path: 'input.comments.1.section', message: 'the reviewed version has 1 objective, so there is no objectives.2' },
      { path: 'input.comments.3.section', message: 'context is already commented in comment 3: put both in one comment' },
      { path: 'input.comments.4.comment', message: 'must not be blank' },
    ]);
    expect(fieldsOf(await gw.graphql(REVIEW, revise(v1, [], '  '), { token: reviewer }))).toEqual([
      { path: 'input.comments', message: 'name at least one section to revise, or say what to revise in the summary' },
    ]);
    expect(fieldsOf(await gw.graphql(REVIEW, revise(UNKNOWN_ID), { token: reviewer }))).toEqual([{ path: 'input.versionId', message: `no plan version has the id ${UNKNOWN_ID}` }]);
    // Nothing was recorded, and the plan did not move.
    expect(await gw.dataSource.query(`SELECT id FROM action_plan_review WHERE version_id = $1`, [v1])).toEqual([]);
  });

  it('shows reviews to the route’s participants (any delegation’s plan), never to partners or other routes’ participants', async () => {
    const { routeId, planId, v1 } = await submittedPlan();
    const review = await ok(gw, REVIEW, revise(v1), { token: reviewer });
    // A participant of another delegation of the same route.
    const participant = await participantToken(gw, (await delegationWithParticipants(gw, routeId, 'GT', 1)).personIds[0]);
    const seen = await ok(gw, PLAN_REVIEWS, { id: planId }, { token: participant });
    expect(seen.reviews).toEqual([expect.objectContaining({ id: review.id, comments: [{ section: 'objectives.1', comment: 'Which council? Name it.' }] })]);
    expect((await ok(gw, REVIEW_BY_ID, { id: review.id }, { token: participant })).summary).toBe('Nearly there');

    const elsewhere = await delegationWithParticipants(gw, (await createRoute(gw)).id, 'LA', 1);
    const outsider = await participantToken(gw, elsewhere.personIds[0]);
    errorOf(await gw.graphql(REVIEW_BY_ID, { id: review.id }, { token: outsider }), 'NOT_FOUND');
    errorOf(await gw.graphql(PLAN_REVIEWS, { id: planId }, { token: outsider }), 'NOT_FOUND');

    // Partners read the FINAL plan, but no reviews.
    await moveTo(gw, reviewer, planId, 'FINAL');
    const { key } = await createApiKey(gw, admin, ['READ']);
    const partner = await gw.graphql(PLAN_REVIEWS, { id: planId }, { apiKey: key });
    expect(partner.errors).toBeUndefined();
    expect(partner.data!['actionPlan']).toMatchObject({ id: planId, status: 'FINAL', reviews: null });
    errorOf(await gw.graphql(REVIEW_BY_ID, { id: review.id }, { apiKey: key }), 'FORBIDDEN');
  });

  describe('decideReview', () => {
    it('applies a REVISE: the plan goes back to its delegation, the summary as the reason', async () => {
      const { planId, v1 } = await submittedPlan();
      const review = await ok(gw, REVIEW, revise(v1), { token: reviewer });
      const plan = await ok(gw, DECIDE, { id: review.id, v: (await current(gw, planId)).version }, { token: reviewer });
      expect(plan.status).toBe('REVISION_REQUESTED');
      const history = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { statusHistory { to reason } } }`, { id: planId }, { token: admin })).statusHistory;
      expect(history.slice(-1)).toEqual([{ to: 'REVISION_REQUESTED', reason: 'Nearly there' }]);
    });

    it('applies an ACCEPT: FINAL, unless the SMART check fails', async () => {
      const { planId, v1 } = await submittedPlan();
      const accept = await ok(gw, REVIEW, { input: { versionId: v1, recommendation: 'ACCEPT', comments: [] } }, { token: reviewer });
      expect((await ok(gw, DECIDE, { id: accept.id, v: (await current(gw, planId)).version }, { token: reviewer })).status).toBe('FINAL');

      // A plan whose objective has no target date: accepted by its reviewer, refused by the machine's guard.
      // (Editors may change a plan in any status; the version reviewed keeps its date.)
      const failing = await submittedPlan();
      const objective = (await gw.dataSource.query(`SELECT id, version FROM action_plan_objective WHERE plan_id = $1`, [failing.planId]))[0];
      await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetDate: null } }, { token: editor });
      const review = await ok(gw, REVIEW, { input: { versionId: failing.v1, recommendation: 'ACCEPT', comments: [] } }, { token: reviewer });
      const refused = errorOf(await gw.graphql(DECIDE, { id: review.id, v: (await current(gw, failing.planId)).version }, { token: reviewer }), 'PHASE_RULE');
      expect(refused.message).toContain('SMART check');
    });

    it('refuses a stale plan version, an old review, and participants', async () => {
      const { planId, v1, participant } = await submittedPlan();
      const review = await ok(gw, REVIEW, revise(v1), { token: reviewer });
      const { version } = await current(gw, planId);
      errorOf(await gw.graphql(DECIDE, { id: review.id, v: version - 1 }, { token: reviewer }), 'CONFLICT');
      errorOf(await gw.graphql(DECIDE, { id: review.id, v: version }, { token: participant }), 'FORBIDDEN');
      await ok(gw, DECIDE, { id: review.id, v: version }, { token: reviewer });
      await ok(gw, SUBMIT, { id: planId, v: (await current(gw, planId)).version }, { token: editor });
      const old = errorOf(await gw.graphql(DECIDE, { id: review.id, v: (await current(gw, planId)).version }, { token: reviewer }), 'CONFLICT');
      expect(old.message).toBe('This review is of version 1; the plan is at version 2 now');
    });
  });
});
