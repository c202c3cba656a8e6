import type { TestGateway } from '@lr/server-core/testing';
import { delegationWithParticipants, errorOf, ok, participantToken, plansEditor, reviewerToken, startActionPlansGateway } from './helpers';
import { bringTo, current, moveTo, roomyRoute, smartPlan } from './plan-helpers';

const BULK = `mutation($input: ChangeActionPlanStatusesInput!) {
  changeActionPlanStatuses(input: $input) { planId result code message constraint plan { id status version } }
}`;
const HISTORY = `query($id: ID!) { actionPlan(id: $id) { status statusHistory { from to } } }`;

interface Outcome {
  planId: string;
  result: string;
  code: string | null;
  constraint: string | null;
  plan?: { status: string } | null;
}

describe('changeActionPlanStatuses: many plans into review at once', () => {
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

  /** A plan of its own delegation on the shared route, brought to `status`. */
  async function planAt(status: string): Promise<{ id: string; version: number }> {
    const plan = await smartPlan(gw, editor, (await delegationWithParticipants(gw, routeId, 'PE', 1)).id);
    if (status !== 'DRAFT') await bringTo(gw, plan.id, status);
    return { id: plan.id, version: (await current(gw, plan.id)).version };
  }
  const moves = (plans: { id: string; version: number }[]) => plans.map((p) => ({ planId: p.id, version: p.version }));

  it('takes every SUBMITTED plan into review, answering each in the order asked, each move in its history', async () => {
    const plans = [await planAt('SUBMITTED'), await planAt('SUBMITTED'), await planAt('SUBMITTED')];
    const outcomes = await ok(gw, BULK, { input: { moves: moves(plans), toStatus: 'IN_REVIEW' } }, { token: reviewer });
    expect(outcomes.map((o: Outcome) => [o.planId, o.result, o.plan?.status])).toEqual(plans.map((p) => [p.id, 'DONE', 'IN_REVIEW']));
    for (const p of plans) {
      const read = await ok(gw, HISTORY, { id: p.id }, { token: editor });
      expect(read.statusHistory.at(-1)).toEqual({ from: 'SUBMITTED', to: 'IN_REVIEW' });
    }
  });

  it('moves none when one is refused: the refused rows say why (coded), the others are UNCHANGED', async () => {
    const submitted = await planAt('SUBMITTED');
    const draft = await planAt('DRAFT');
    const stale = await planAt('SUBMITTED');
    const input = { moves: [...moves([submitted, draft]), { planId: stale.id, version: stale.version - 1 }], toStatus: 'IN_REVIEW' };
    const refused = errorOf(await gw.graphql(BULK, { input }, { token: reviewer }), 'BAD_USER_INPUT');
    expect(refused.extensions?.['outcomes']).toEqual([
      { planId: submitted.id, result: 'UNCHANGED', code: null, message: null, constraint: null },
      expect.objectContaining({ planId: draft.id, result: 'REFUSED', code: 'PHASE_RULE', constraint: 'moveNotAllowed' }),
      expect.objectContaining({ planId: stale.id, result: 'REFUSED', code: 'CONFLICT', constraint: 'planChanged' }),
    ]);
    // Nothing half-written: the plan that could move is still SUBMITTED, at the version it had, with no new history.
    const read = await current(gw, submitted.id);
    expect(read).toMatchObject({ status: 'SUBMITTED', version: submitted.version });
    expect((await ok(gw, HISTORY, { id: submitted.id }, { token: editor })).statusHistory.at(-1)).toEqual({ from: 'DRAFT', to: 'SUBMITTED' });
  });

  it('applies the single move’s `by` rule to every plan: a participant of the route may not start reviews', async () => {
    const plans = [await planAt('SUBMITTED'), await planAt('SUBMITTED')];
    const participant = await participantToken(gw, (await delegationWithParticipants(gw, routeId, 'GT', 1)).personIds[0]!);
    const refused = errorOf(await gw.graphql(BULK, { input: { moves: moves(plans), toStatus: 'IN_REVIEW' } }, { token: participant }), 'PHASE_RULE');
    const outcomes = refused.extensions?.['outcomes'] as Outcome[];
    expect(outcomes.map((o) => [o.result, o.code, o.constraint])).toEqual([
      ['REFUSED', 'PHASE_RULE', 'moveNotAllowed'],
      ['REFUSED', 'PHASE_RULE', 'moveNotAllowed'],
    ]);
    for (const p of plans) expect((await current(gw, p.id)).status).toBe('SUBMITTED');
  });

  it('counts a plan someone else already took into review as UNCHANGED, not refused, and moves the rest', async () => {
    const first = await planAt('SUBMITTED');
    const taken = await planAt('SUBMITTED');
    await moveTo(gw, await reviewerToken(gw), taken.id, 'IN_REVIEW'); // another reviewer, after this one read the list
    const outcomes: Outcome[] = await ok(gw, BULK, { input: { moves: moves([first, taken]), toStatus: 'IN_REVIEW' } }, { token: reviewer });
    expect(outcomes.map((o) => [o.planId, o.result, o.constraint])).toEqual([
      [first.id, 'DONE', null],
      [taken.id, 'UNCHANGED', 'alreadyThere'],
    ]);
  });

  it('refuses a plan listed twice, and the fund’s moves, as a single move would', async () => {
    const plan = await planAt('SUBMITTED');
    const twice = errorOf(await gw.graphql(BULK, { input: { moves: moves([plan, plan]), toStatus: 'IN_REVIEW' } }, { token: reviewer }), 'BAD_USER_INPUT');
    expect((twice.extensions?.['outcomes'] as Outcome[]).map((o) => [o.result, o.constraint])).toEqual([
      ['UNCHANGED', null],
      ['REFUSED', 'listedOnce'],
    ]);
    const final = await planAt('FINAL');
    const award = errorOf(await gw.graphql(BULK, { input: { moves: moves([final]), toStatus: 'AWARDED' } }, { token: editor }), 'PHASE_RULE');
    expect((award.extensions?.['outcomes'] as Outcome[])[0]).toMatchObject({ result: 'REFUSED', constraint: 'moveNotAllowed' });
    expect((await current(gw, plan.id)).status).toBe('SUBMITTED');
  });
});
