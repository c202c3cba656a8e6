import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, delegationWithParticipants, errorOf, fieldsOf, ok, plansEditor, reviewerToken, startActionPlansGateway } from './helpers';
import { addActivity, addObjective, bringTo, createPlan, current, MOVE, moveTo, PLAN, roomyRoute, smartPlan, SUBMIT } from './plan-helpers';

const HISTORY = `query($id: ID!) { actionPlan(id: $id) { statusHistory { from to reason changedBy } } }`;

describe('the review cycle of a plan (action_plan.status)', () => {
  let gw: TestGateway;
  let editor: string;
  let reviewer: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    editor = await plansEditor(gw);
    reviewer = await reviewerToken(gw);
    routeId = await roomyRoute(gw);
  });
  afterAll(() => gw?.close());

  const newPlan = async () => smartPlan(gw, editor, (await delegationWithParticipants(gw, routeId, 'GT', 1)).id);

  it('goes DRAFT → SUBMITTED → IN_REVIEW → REVISION_REQUESTED → SUBMITTED → IN_REVIEW → FINAL, each move in its history', async () => {
    const plan = await newPlan();
    const submitted = await ok(gw, SUBMIT, { id: plan.id, v: (await current(gw, plan.id)).version }, { token: editor });
    expect(submitted).toMatchObject({ status: 'SUBMITTED', versionCount: 1 });
    await moveTo(gw, reviewer, plan.id, 'IN_REVIEW');
    await moveTo(gw, reviewer, plan.id, 'REVISION_REQUESTED', 'Name who convenes the committees');
    await moveTo(gw, editor, plan.id, 'SUBMITTED');
    await moveTo(gw, reviewer, plan.id, 'IN_REVIEW');
    expect(await moveTo(gw, reviewer, plan.id, 'FINAL')).toMatchObject({ status: 'FINAL', versionCount: 2 });
    const { statusHistory } = await ok(gw, HISTORY, { id: plan.id }, { token: editor });
    expect(statusHistory.map((h: { from: string; to: string }) => `${h.from}→${h.to}`)).toEqual([
      'DRAFT→SUBMITTED',
      'SUBMITTED→IN_REVIEW',
      'IN_REVIEW→REVISION_REQUESTED',
      'REVISION_REQUESTED→SUBMITTED',
      'SUBMITTED→IN_REVIEW',
      'IN_REVIEW→FINAL',
    ]);
    expect(statusHistory[2]).toMatchObject({ reason: 'Name who convenes the committees', changedBy: expect.stringMatching(/^REVIEWER/) });
  });

  it('refuses a jump the graph does not have, naming the moves allowed', async () => {
    const plan = await newPlan();
    const refused = errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'FINAL', v: plan.version }, { token: editor }), 'PHASE_RULE');
    expect(refused.extensions).toMatchObject({ from: 'DRAFT', to: 'FINAL', allowed: ['SUBMITTED'] });
    await bringTo(gw, plan.id, 'SUBMITTED');
    const again = errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'SUBMITTED', v: (await current(gw, plan.id)).version }, { token: editor }), 'PHASE_RULE');
    expect(again.message).toMatch(/already SUBMITTED/);
  });

  it('needs a reason to ask for a revision', async () => {
    const plan = await newPlan();
    await bringTo(gw, plan.id, 'IN_REVIEW');
    const { version } = await current(gw, plan.id);
    expect(fieldsOf(await gw.graphql(MOVE, { id: plan.id, to: 'REVISION_REQUESTED', v: version, reason: '  ' }, { token: reviewer }))).toEqual([
      { path: 'reason', message: 'is required to move a plan from IN_REVIEW to REVISION_REQUESTED' },
    ]);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const plan = await newPlan();
    const { version } = await current(gw, plan.id);
    await ok(gw, SUBMIT, { id: plan.id, v: version }, { token: editor });
    errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'IN_REVIEW', v: version }, { token: reviewer }), 'CONFLICT');
  });

  it('refuses FINAL while the SMART check fails, naming each failing item, and accepts the plan once fixed', async () => {
    const plan = await createPlan(gw, editor, (await delegationWithParticipants(gw, routeId, 'GT', 1)).id);
    const objective = await addObjective(gw, editor, plan.id, { targetDate: null, statement: { en: 'Adopt the commitments' } });
    const activity = await addActivity(gw, editor, plan.id, { responsiblePersonId: null });
    await bringTo(gw, plan.id, 'IN_REVIEW');
    const refused = errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'FINAL', v: (await current(gw, plan.id)).version }, { token: reviewer }), 'PHASE_RULE');
    expect(refused.extensions?.['missing']).toEqual(['SMART:objectives.1.targetDate:OBJECTIVE_TARGET_DATE', 'SMART:activities.1.responsible:ACTIVITY_RESPONSIBLE']);
    expect(refused.message).toMatch(/^A plan needs its SMART check to pass: objective 1 \(“Adopt the commitments”\) has no target date; activity 1 .* has no responsible person or organisation before it is FINAL$/);
    // The field says the same, and the portal offers the move all the same (its prerequisites aside).
    const read = await ok(gw, PLAN, { id: plan.id }, { token: reviewer });
    expect(read.smartCheck.passes).toBe(false);
    expect(read.smartCheck.items.map((i: { itemId: string }) => i.itemId)).toEqual([objective.id, activity.id]);
    expect(read.allowedNextStatuses).toEqual(['REVISION_REQUESTED', 'FINAL']);
    // Editors fix it while it is in review.
    await ok(gw, `mutation($input: UpdatePlanObjectiveInput!) { updatePlanObjective(input: $input) { id } }`, { input: { id: objective.id, version: objective.version, targetDate: '2026-01-31' } }, { token: editor });
    await ok(gw, `mutation($input: UpdatePlanActivityInput!) { updatePlanActivity(input: $input) { id } }`, { input: { id: activity.id, version: activity.version, responsibleOrganisationId: null, responsiblePersonId: (await delegationWithParticipants(gw, routeId, 'BJ', 1)).personIds[0] } }, { token: editor });
    expect((await moveTo(gw, reviewer, plan.id, 'FINAL')).status).toBe('FINAL');
  });

  it('lets reviewers and plans editors review, editors and the delegation submit, and nobody else move', async () => {
    const plan = await newPlan();
    const viewer = await gw.tokenFor(Role.VIEWER);
    const otherEditor = await gw.tokenFor(Role.EDITOR, ['delegations']);
    const allowed = async (token: string) => (await ok(gw, PLAN, { id: plan.id }, { token })).allowedNextStatuses;
    expect(await allowed(editor)).toEqual(['SUBMITTED']);
    expect(await allowed(reviewer)).toEqual([]);
    const byReviewer = errorOf(await gw.graphql(SUBMIT, { id: plan.id, v: plan.version }, { token: reviewer }), 'PHASE_RULE');
    expect(byReviewer.message).toMatch(/^You may not move a plan from DRAFT to SUBMITTED/);
    await bringTo(gw, plan.id, 'SUBMITTED');
    expect(await allowed(reviewer)).toEqual(['IN_REVIEW']);
    expect(await allowed(viewer)).toEqual([]);
    for (const token of [viewer, otherEditor]) {
      errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'IN_REVIEW', v: (await current(gw, plan.id)).version }, { token }), 'PHASE_RULE');
    }
    expect((await moveTo(gw, reviewer, plan.id, 'IN_REVIEW')).status).toBe('IN_REVIEW');
    expect(await allowed(editor)).toEqual(['REVISION_REQUESTED', 'FINAL']);
  });

  it('leaves AWARDED to the fund: no button, and the mutation says how a plan is awarded', async () => {
    const plan = await newPlan();
    await bringTo(gw, plan.id, 'FINAL');
    const admin = await adminToken(gw);
    expect((await ok(gw, PLAN, { id: plan.id }, { token: admin })).allowedNextStatuses).toEqual([]);
    const refused = errorOf(await gw.graphql(MOVE, { id: plan.id, to: 'AWARDED', v: (await current(gw, plan.id)).version }, { token: admin }), 'PHASE_RULE');
    expect(refused.message).toMatch(/fund records an award/);
  });

  it('keeps every write from partners’ keys and anonymous callers', async () => {
    const plan = await newPlan();
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ']);
    errorOf(await gw.graphql(SUBMIT, { id: plan.id, v: plan.version }, { apiKey: key }), 'FORBIDDEN');
    errorOf(await gw.graphql(SUBMIT, { id: plan.id, v: plan.version }, {}), 'UNAUTHENTICATED');
  });
});
