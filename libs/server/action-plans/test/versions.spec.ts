import type { TestGateway } from '@lr/server-core/testing';
import { attachCase, delegationWithParticipants, errorOf, fieldsOf, ok, plansEditor, reviewerToken, startActionPlansGateway, UNKNOWN_ID } from './helpers';
import { addActivity, addObjective, createPlan, current, moveTo, roomyRoute, smartPlan, SUBMIT, UPDATE_OBJECTIVE, UPDATE_PLAN } from './plan-helpers';

const VERSION_FIELDS = `id number submittedAt submittedBy language title titleTranslations { en es } context practices { id }
  objectives { id position statement indicator unit baselineValue baselineDate targetValue targetDate }
  activities { id position objectiveId description responsiblePersonId responsiblePerson { id } startDate dueDate resources budget { amount currency } }
  smartCheck { passes items { path rule } } plan { id }`;
const VERSIONS = `query($id: ID!) { actionPlan(id: $id) { versionCount versions { ${VERSION_FIELDS} } latestVersion { number } } }`;
const DIFF = `query($from: ID!, $to: ID!) { planVersionDiff(fromVersionId: $from, toVersionId: $to) { path kind before after itemId } }`;

describe('versions: every submission frozen, and the diff between two', () => {
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

  const newDelegation = async () => (await delegationWithParticipants(gw, routeId, 'GT', 1)).id;
  const submit = async (planId: string) => ok(gw, SUBMIT, { id: planId, v: (await current(gw, planId)).version }, { token: editor });
  const sendBack = async (planId: string) => {
    await moveTo(gw, reviewer, planId, 'IN_REVIEW');
    await moveTo(gw, reviewer, planId, 'REVISION_REQUESTED', 'More detail');
  };

  it('freezes the whole plan at each submission as version 1, 2, … with typed fields', async () => {
    const practiceId = await attachCase(gw, routeId);
    const plan = await createPlan(gw, editor, await newDelegation(), { title: { en: 'Committees', es: 'Comités' }, context: { en: 'Our districts' }, practiceIds: [practiceId] });
    const objective = await addObjective(gw, editor, plan.id, { baselineValue: '2.50' });
    const activity = await addActivity(gw, editor, plan.id, { objectiveId: objective.id, budget: { amount: '300', currency: 'USD' } });
    expect(await submit(plan.id)).toMatchObject({ status: 'SUBMITTED', versionCount: 1 });
    const { versions, latestVersion, versionCount } = await ok(gw, VERSIONS, { id: plan.id }, { token: editor });
    expect(versionCount).toBe(1);
    expect(latestVersion).toEqual({ number: 1 });
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({
      number: 1,
      submittedBy: expect.any(String),
      language: 'EN',
      title: 'Committees',
      titleTranslations: { en: 'Committees', es: 'Comités' },
      context: 'Our districts',
      practices: [{ id: practiceId }],
      objectives: [{ id: objective.id, position: 1, statement: objective['statement'], indicator: 'Commitments adopted by the council', unit: 'commitments', baselineValue: '2.5', targetValue: '5', targetDate: '2025-12-31' }],
      activities: [
        {
          id: activity.id,
          position: 1,
          objectiveId: objective.id,
          description: activity['description'],
          responsiblePersonId: activity['responsiblePersonId'],
          responsiblePerson: { id: activity['responsiblePersonId'] },
          startDate: '2025-02-01',
          resources: 'Two facilitators',
          budget: { amount: '300.00', currency: 'USD' },
        },
      ],
      smartCheck: { passes: true, items: [] },
      plan: { id: plan.id },
    });
    await sendBack(plan.id);
    await submit(plan.id);
    const again = await ok(gw, VERSIONS, { id: plan.id }, { token: editor });
    expect(again.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(again.latestVersion).toEqual({ number: 2 });
  });

  it('never changes a version when the plan is edited later', async () => {
    const plan = await smartPlan(gw, editor, await newDelegation());
    await submit(plan.id);
    const before = (await ok(gw, VERSIONS, { id: plan.id }, { token: editor })).versions[0];
    await sendBack(plan.id);
    const { version } = await current(gw, plan.id);
    await ok(gw, UPDATE_PLAN, { input: { id: plan.id, version, title: { en: 'Rewritten' }, language: 'FR' } }, { token: editor });
    const objective = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { objectives { id version } } }`, { id: plan.id }, { token: editor })).objectives[0];
    await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetValue: '50', statement: { en: 'Bigger' } } }, { token: editor });
    await ok(gw, `mutation($id: ID!) { removePlanActivity(id: $id, version: 1) }`, { id: plan.activityId }, { token: editor });
    await addObjective(gw, editor, plan.id);
    const after = await ok(gw, `query($id: ID!) { planVersion(id: $id) { ${VERSION_FIELDS} } }`, { id: before.id }, { token: editor });
    expect(after).toEqual(before);
  });

  it('is refused by the database when a version row is updated directly', async () => {
    const plan = await smartPlan(gw, editor, await newDelegation());
    await submit(plan.id);
    await expect(gw.dataSource.query(`UPDATE action_plan_version SET snapshot = '{}'::jsonb WHERE plan_id = $1`, [plan.id])).rejects.toThrow('action plan versions cannot be changed');
    const [{ number }] = await gw.dataSource.query(`SELECT number FROM action_plan_version WHERE plan_id = $1`, [plan.id]);
    expect(number).toBe(1);
  });

  it('freezes nothing when the submission is refused', async () => {
    const plan = await smartPlan(gw, editor, await newDelegation());
    errorOf(await gw.graphql(SUBMIT, { id: plan.id, v: 999 }, { token: editor }), 'CONFLICT');
    errorOf(await gw.graphql(SUBMIT, { id: plan.id, v: (await current(gw, plan.id)).version }, { token: reviewer }), 'PHASE_RULE');
    const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM action_plan_version WHERE plan_id = $1`, [plan.id]);
    expect(n).toBe(0);
    expect((await current(gw, plan.id)).versionCount).toBe(0);
  });

  it('lists what changed between two versions of a plan, items matched by their ids', async () => {
    const plan = await smartPlan(gw, editor, await newDelegation(), { title: { en: 'Committees' } });
    await submit(plan.id);
    await sendBack(plan.id);
    await ok(gw, UPDATE_PLAN, { input: { id: plan.id, version: (await current(gw, plan.id)).version, title: { en: 'Committees', es: 'Comités' } } }, { token: editor });
    const objective = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { objectives { id version } } }`, { id: plan.id }, { token: editor })).objectives[0];
    await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetValue: '5.0', targetDate: '2026-06-30' } }, { token: editor });
    const added = await addActivity(gw, editor, plan.id, { description: { en: 'Training of district staff' } });
    await ok(gw, `mutation($id: ID!) { removePlanActivity(id: $id, version: 1) }`, { id: plan.activityId }, { token: editor });
    await submit(plan.id);
    const [v1, v2] = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { versions { id } } }`, { id: plan.id }, { token: editor })).versions.map((v: { id: string }) => v.id);
    const changes = await ok(gw, DIFF, { from: v1, to: v2 }, { token: reviewer });
    expect(changes).toEqual([
      { path: 'title.es', kind: 'ADDED', before: null, after: 'Comités', itemId: null },
      { path: 'objectives.1.targetDate', kind: 'CHANGED', before: '2025-12-31', after: '2026-06-30', itemId: objective.id },
      { path: 'activities.1', kind: 'ADDED', before: null, after: '1. Training of district staff', itemId: added.id },
      { path: 'activities.1', kind: 'REMOVED', before: expect.stringMatching(/^1\. Activity/), after: null, itemId: plan.activityId },
    ]);
    // And backwards.
    expect((await ok(gw, DIFF, { from: v2, to: v1 }, { token: reviewer }))[0]).toEqual({ path: 'title.es', kind: 'REMOVED', before: 'Comités', after: null, itemId: null });
  });

  it('compares versions of one plan only, and says which versions do not exist', async () => {
    const [a, b] = [await smartPlan(gw, editor, await newDelegation()), await smartPlan(gw, editor, await newDelegation())];
    await submit(a.id);
    await submit(b.id);
    const versionOf = async (id: string) => (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { versions { id } } }`, { id }, { token: editor })).versions[0].id;
    expect(fieldsOf(await gw.graphql(DIFF, { from: await versionOf(a.id), to: await versionOf(b.id) }, { token: editor }))).toEqual([
      { path: 'toVersionId', message: 'is a version of another plan: only versions of the same plan are compared' },
    ]);
    errorOf(await gw.graphql(DIFF, { from: await versionOf(a.id), to: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });
});
