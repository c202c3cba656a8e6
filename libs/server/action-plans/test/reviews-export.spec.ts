import { parse } from 'csv-parse/sync';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, ok, participantToken, plansEditor, reviewerToken, startActionPlansGateway, UNKNOWN_ID } from './helpers';
import { current, smartPlan, SUBMIT } from './plan-helpers';

const HEADER = ['review_id', 'version_number', 'reviewer', 'recommendation', 'summary', 'reviewed_at', 'comments'];
const REVIEW = `mutation($input: ReviewPlanVersionInput!) { reviewPlanVersion(input: $input) { id } }`;
const PLAN_REVIEWS = `query($id: ID!) { actionPlan(id: $id) { reviews { id } } }`;

/** GETs the export; its rows when it is a CSV, its error code when refused. */
async function download(gw: TestGateway, planId: string, headers: Record<string, string>) {
  const res = await fetch(`${gw.url}/action-plans/plans/${planId}/reviews.csv`, { headers });
  const text = await res.text();
  return res.ok ? { status: res.status, text, rows: parse(text, { bom: true }) as string[][], code: null } : { status: res.status, text, rows: [], code: JSON.parse(text).errors[0].extensions.code as string };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('GET /action-plans/plans/:id/reviews.csv', () => {
  let gw: TestGateway;
  let planId: string;
  let participant: string;
  let outsider: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    const editor = await plansEditor(gw);
    const routeId = (await createRoute(gw)).id;
    const delegation = await delegationWithParticipants(gw, routeId, 'BJ', 1);
    participant = delegation.personIds[0];
    const plan = await smartPlan(gw, editor, delegation.id);
    planId = plan.id;
    await ok(gw, SUBMIT, { id: plan.id, v: (await current(gw, plan.id)).version }, { token: editor });
    const [{ id: versionId }] = await gw.dataSource.query(`SELECT id FROM action_plan_version WHERE plan_id = $1 AND number = 1`, [planId]);
    first = (
      await ok(gw, REVIEW, { input: { versionId, recommendation: 'REVISE', summary: '=Nearly there', comments: [{ section: 'activities.1', comment: 'Who pays?' }, { section: 'title', comment: 'Shorter' }] } }, { token: await reviewerToken(gw) })
    ).id;
    second = (await ok(gw, REVIEW, { input: { versionId, recommendation: 'ACCEPT', summary: null, comments: [] } }, { token: await adminToken(gw) })).id;
    const other = await delegationWithParticipants(gw, (await createRoute(gw)).id, 'PE', 1);
    outsider = other.personIds[0];
  });
  afterAll(() => gw?.close());

  it("writes the plan's reviews newest first, with their version and comments in the plan's order", async () => {
    const editor = await plansEditor(gw);
    const csv = await download(gw, planId, bearer(editor));
    expect(csv.status).toBe(200);
    expect(csv.rows[0]).toEqual(HEADER);
    const listed = await ok(gw, PLAN_REVIEWS, { id: planId }, { token: editor });
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(listed.reviews.map((r: { id: string }) => r.id));
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual([second, first]);
    const revise = csv.rows[2];
    expect([revise[1], revise[3], revise[4], revise[6]]).toEqual(['1', 'REVISE', "'=Nearly there", 'title: Shorter\nactivities.1: Who pays?']);
  });

  it('gives the plan’s participants its reviews, partners’ keys none, and others NOT_FOUND', async () => {
    expect((await download(gw, planId, bearer(await participantToken(gw, participant)))).rows).toHaveLength(3);
    expect((await download(gw, planId, bearer(await participantToken(gw, outsider)))).code).toBe('NOT_FOUND');
    expect((await download(gw, UNKNOWN_ID, bearer(await adminToken(gw)))).code).toBe('NOT_FOUND');
    // Accepted, the plan is FINAL and partners read it, but never its reviews (the field is null for them).
    const admin = await adminToken(gw);
    await ok(gw, `mutation($id: ID!, $v: Int!) { decideReview(reviewId: $id, version: $v) { status } }`, { id: second, v: (await current(gw, planId)).version }, { token: admin });
    const { key } = await createApiKey(gw, admin, ['READ']);
    expect((await download(gw, planId, { 'x-api-key': key })).rows).toEqual([HEADER]);
    expect((await download(gw, planId, bearer(admin))).rows).toHaveLength(3);
  });
});
