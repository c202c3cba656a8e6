import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, attachCase, createPerson, createRoute, delegationWithParticipants, errorOf, fieldsOf, ok, plansEditor, startActionPlansGateway, unique, UNKNOWN_ID } from './helpers';
import {
  ADD_ACTIVITY,
  ADD_OBJECTIVE,
  addActivity,
  addObjective,
  bringTo,
  CREATE_PLAN,
  createPlan,
  current,
  moveTo,
  roomyRoute,
  smartPlan,
  SUBMIT,
  UPDATE_ACTIVITY,
  UPDATE_OBJECTIVE,
  UPDATE_PLAN,
} from './plan-helpers';

const DELETE = `mutation($id: ID!, $v: Int!) { deleteActionPlan(id: $id, version: $v) }`;
const ITEMS = `query($id: ID!) { actionPlan(id: $id) { objectives { id position statement } activities { id position objectiveId objective { id } } } }`;

describe('action plans: the plan, its objectives and activities', () => {
  let gw: TestGateway;
  let editor: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    editor = await plansEditor(gw);
    routeId = await roomyRoute(gw);
  });
  afterAll(() => gw?.close());

  const newDelegation = async () => (await delegationWithParticipants(gw, routeId, 'GT', 1)).id;

  describe('the plan', () => {
    it('creates a DRAFT plan for a delegation, on its route, and refuses a second one naming the first', async () => {
      const delegationId = await newDelegation();
      const plan = await createPlan(gw, editor, delegationId, { title: { en: '  District committees  ' } });
      expect(plan).toMatchObject({ status: 'DRAFT', routeId, delegationId, versionCount: 0, title: 'District committees' });
      const second = errorOf(await gw.graphql(CREATE_PLAN, { input: { delegationId, title: { en: 'Another' }, language: 'EN' } }, { token: editor }), 'CONFLICT');
      expect(second.message).toContain('already has an action plan: “District committees”');
      expect(second.message).toContain(plan.id);
      expect(second.extensions?.['existingPlanId']).toBe(plan.id);
    });

    it('names each bad field of a new plan', async () => {
      expect(fieldsOf(await gw.graphql(CREATE_PLAN, { input: { delegationId: UNKNOWN_ID, title: { en: 'X' }, language: 'EN' } }, { token: editor }))).toEqual([
        { path: 'input.delegationId', message: `no delegation has the id ${UNKNOWN_ID}` },
      ]);
      const delegationId = await newDelegation();
      expect(fieldsOf(await gw.graphql(CREATE_PLAN, { input: { delegationId, title: { en: 'X' }, language: 'EN', practiceIds: [UNKNOWN_ID] } }, { token: editor }))).toEqual([
        { path: 'input.practiceIds.0', message: `no practice has the id ${UNKNOWN_ID}` },
      ]);
      expect(fieldsOf(await gw.graphql(CREATE_PLAN, { input: { delegationId, title: { en: '  ' }, language: 'EN' } }, { token: editor }))).toEqual([
        { path: 'input.title', message: 'needs a text in at least one language (en, fr or es)' },
      ]);
    });

    it('updates texts at the version read (a stale one is CONFLICT), empties a text sent as null, and reads each language with fallback', async () => {
      const practiceId = await attachCase(gw, routeId);
      const plan = await createPlan(gw, editor, await newDelegation(), { context: { en: 'Our districts' }, practiceIds: [practiceId] });
      const updated = await ok(gw, UPDATE_PLAN, { input: { id: plan.id, version: plan.version, title: { en: 'Committees', es: 'Comités' }, language: 'ES', context: null } }, { token: editor });
      expect(updated).toMatchObject({ title: 'Committees', titleTranslations: { en: 'Committees', es: 'Comités', fr: null }, language: 'ES' });
      errorOf(await gw.graphql(UPDATE_PLAN, { input: { id: plan.id, version: plan.version, title: { en: 'Late' } } }, { token: editor }), 'CONFLICT');
      const read = await ok(
        gw,
        `query($id: ID!) { actionPlan(id: $id) { es: title(lang: ES) fr: title(lang: FR) context contextTranslations { en } practices { id } route { id } delegation { id } } }`,
        { id: plan.id },
        { token: editor },
      );
      expect(read).toMatchObject({ es: 'Comités', fr: 'Committees', context: null, contextTranslations: { en: null }, practices: [{ id: practiceId }], route: { id: routeId } });
    });

    it('deletes a DRAFT never submitted, with its objectives, and refuses once it was submitted', async () => {
      const draft = await smartPlan(gw, editor, await newDelegation());
      const { version } = await current(gw, draft.id);
      expect(await ok(gw, DELETE, { id: draft.id, v: version }, { token: editor })).toBe(draft.id);
      const [{ left }] = await gw.dataSource.query(`SELECT count(*)::int AS left FROM action_plan_objective WHERE plan_id = $1`, [draft.id]);
      expect(left).toBe(0);

      const submitted = await smartPlan(gw, editor, await newDelegation());
      await moveTo(gw, editor, submitted.id, 'SUBMITTED');
      await moveTo(gw, editor, submitted.id, 'IN_REVIEW');
      await moveTo(gw, editor, submitted.id, 'REVISION_REQUESTED', 'Add a budget');
      // Back in the delegation's hands, but it was submitted once: its version is on record.
      const refused = errorOf(await gw.graphql(DELETE, { id: submitted.id, v: (await current(gw, submitted.id)).version }, { token: editor }), 'PHASE_RULE');
      expect(refused.message).toMatch(/never submitted.*REVISION_REQUESTED and was submitted 1 time/);
    });
    it('keeps what a plan points at: its delegation, practices and responsible people cannot be deleted under it', async () => {
      const admin = await adminToken(gw);
      const empty = await delegationWithParticipants(gw, routeId, 'GT', 0);
      const practiceId = await attachCase(gw, routeId);
      const plan = await createPlan(gw, editor, empty.id, { practiceIds: [practiceId] });
      const personId = await createPerson(gw);
      await addActivity(gw, editor, plan.id, { responsiblePersonId: personId });
      const delegation = errorOf(await gw.graphql(`mutation($id: ID!) { deleteDelegation(id: $id, version: 1) }`, { id: empty.id }, { token: admin }), 'CONFLICT');
      expect(delegation.message).toMatch(/1 action plan\b/);
      const person = errorOf(await gw.graphql(`mutation($id: ID!) { deletePerson(id: $id, version: 1) }`, { id: personId }, { token: admin }), 'CONFLICT');
      expect(person.message).toMatch(/1 action plan activity \(as responsible\)/);
      const practice = errorOf(await gw.graphql(`mutation($id: ID!) { deletePractice(id: $id, version: 1) }`, { id: practiceId }, { token: admin }), 'CONFLICT');
      expect(practice.message).toMatch(/action plan adapting it/);
    });
  });

  describe('objectives', () => {
    it('adds objectives in order, keeps values exact and written the shortest way', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const first = await addObjective(gw, editor, plan.id, { baselineValue: '05.50', targetValue: '12.2500', unit: ' % ' });
      const second = await addObjective(gw, editor, plan.id, { baselineValue: null, indicator: null });
      expect(first).toMatchObject({ position: 1, baselineValue: '5.5', targetValue: '12.25', unit: '%' });
      expect(second).toMatchObject({ position: 2, baselineValue: null, indicator: null });
    });

    it('names the field of a value that is not a decimal or a date that does not exist', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const res = await gw.graphql(
        ADD_OBJECTIVE,
        { input: { planId: plan.id, statement: { en: 'S' }, baselineValue: '1,5', baselineDate: '2025-02-30', targetValue: '1e3', targetDate: '31/12/2025' } },
        { token: editor },
      );
      expect(fieldsOf(res).sort((a, b) => a.path.localeCompare(b.path))).toEqual([
        { path: 'input.baselineDate', message: 'must be a date written YYYY-MM-DD' },
        { path: 'input.baselineValue', message: 'must be a decimal number with at most 16 digits before the point and 4 after, such as 12.5' },
        { path: 'input.targetDate', message: 'must be a date written YYYY-MM-DD' },
        { path: 'input.targetValue', message: 'must be a decimal number with at most 16 digits before the point and 4 after, such as 12.5' },
      ]);
      errorOf(await gw.graphql(ADD_OBJECTIVE, { input: { planId: UNKNOWN_ID, statement: { en: 'S' } } }, { token: editor }), 'NOT_FOUND');
    });

    it('updates what is sent at the objective’s version (null empties, left out stays) and refuses a stale one', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const objective = await addObjective(gw, editor, plan.id);
      const updated = await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetValue: '7', targetDate: null } }, { token: editor });
      expect(updated).toMatchObject({ targetValue: '7', targetDate: null, baselineValue: '0', version: objective.version + 1 });
      errorOf(await gw.graphql(UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, unit: 'x' } }, { token: editor }), 'CONFLICT');
    });

    it('removes an objective: the others move up, its activities stay and serve none', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const [a, b, c] = [await addObjective(gw, editor, plan.id), await addObjective(gw, editor, plan.id), await addObjective(gw, editor, plan.id)];
      const activity = await addActivity(gw, editor, plan.id, { objectiveId: b.id });
      expect(await ok(gw, `mutation($id: ID!, $v: Int!) { removePlanObjective(id: $id, version: $v) }`, { id: b.id, v: b.version }, { token: editor })).toBe(b.id);
      const items = await ok(gw, ITEMS, { id: plan.id }, { token: editor });
      expect(items.objectives.map((o: { id: string; position: number }) => [o.id, o.position])).toEqual([
        [a.id, 1],
        [c.id, 2],
      ]);
      expect(items.activities).toEqual([{ id: activity.id, position: 1, objectiveId: null, objective: null }]);
    });

    it('reorders objectives when given each of them once, and names the argument otherwise', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const [a, b] = [await addObjective(gw, editor, plan.id), await addObjective(gw, editor, plan.id)];
      const REORDER = `mutation($p: ID!, $ids: [ID!]!) { reorderPlanObjectives(planId: $p, objectiveIds: $ids) { objectives { id position } } }`;
      const reordered = await ok(gw, REORDER, { p: plan.id, ids: [b.id, a.id] }, { token: editor });
      expect(reordered.objectives).toEqual([
        { id: b.id, position: 1 },
        { id: a.id, position: 2 },
      ]);
      for (const ids of [[a.id], [a.id, a.id], [a.id, UNKNOWN_ID]]) {
        expect(fieldsOf(await gw.graphql(REORDER, { p: plan.id, ids }, { token: editor }))[0].path).toBe('objectiveIds');
      }
    });
  });

  describe('activities', () => {
    it('adds an activity with its objective, a responsible person or organisation, dates, resources and a budget in money', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const objective = await addObjective(gw, editor, plan.id);
      const organisation = await ok(gw, `mutation { createOrganisation(input: { name: "Ministry of Health", type: GOVERNMENT }) { id } }`, {}, { token: await adminToken(gw) });
      const activity = await addActivity(gw, editor, plan.id, {
        objectiveId: objective.id,
        responsiblePersonId: null,
        responsibleOrganisationId: organisation.id,
        resources: '  ',
        budget: { amount: '1200.5', currency: 'USD' },
      });
      expect(activity).toMatchObject({
        position: 1,
        objectiveId: objective.id,
        responsiblePersonId: null,
        responsibleOrganisation: { id: organisation.id },
        resources: null,
        budget: { amount: '1200.50', currency: 'USD', minorUnits: '120050' },
      });
      const cleared = await ok(gw, UPDATE_ACTIVITY, { input: { id: activity.id, version: activity.version, budget: null, objectiveId: null } }, { token: editor });
      expect(cleared).toMatchObject({ budget: null, objectiveId: null, startDate: '2025-02-01' });
    });

    it('names each bad reference and amount: an objective of another plan, an unknown person or organisation, more decimals than the currency has', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const other = await createPlan(gw, editor, await newDelegation());
      const foreign = await addObjective(gw, editor, other.id);
      const res = await gw.graphql(
        ADD_ACTIVITY,
        { input: { planId: plan.id, description: { en: 'D' }, objectiveId: foreign.id, responsiblePersonId: UNKNOWN_ID, responsibleOrganisationId: UNKNOWN_ID } },
        { token: editor },
      );
      expect(fieldsOf(res)).toEqual([
        { path: 'input.responsiblePersonId', message: `no person has the id ${UNKNOWN_ID}` },
        { path: 'input.responsibleOrganisationId', message: `no organisation has the id ${UNKNOWN_ID}` },
        { path: 'input.objectiveId', message: 'is not an objective of this plan' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_ACTIVITY, { input: { planId: plan.id, description: { en: 'D' }, budget: { amount: '10.5', currency: 'JPY' } } }, { token: editor }))).toEqual([
        { path: 'input.budget.amount', message: 'JPY has 0 decimal places' },
      ]);
      expect(fieldsOf(await gw.graphql(ADD_ACTIVITY, { input: { planId: plan.id, description: { en: 'D' }, startDate: '2025-13-01' } }, { token: editor }))).toEqual([
        { path: 'input.startDate', message: 'must be a date written YYYY-MM-DD' },
      ]);
    });

    it('removes and reorders activities, keeping positions 1, 2, …', async () => {
      const plan = await createPlan(gw, editor, await newDelegation());
      const [a, b, c] = [await addActivity(gw, editor, plan.id), await addActivity(gw, editor, plan.id), await addActivity(gw, editor, plan.id)];
      await ok(gw, `mutation($id: ID!, $v: Int!) { removePlanActivity(id: $id, version: $v) }`, { id: a.id, v: a.version }, { token: editor });
      const reordered = await ok(gw, `mutation($p: ID!, $ids: [ID!]!) { reorderPlanActivities(planId: $p, activityIds: $ids) { activities { id position } } }`, { p: plan.id, ids: [c.id, b.id] }, { token: editor });
      expect(reordered.activities).toEqual([
        { id: c.id, position: 1 },
        { id: b.id, position: 2 },
      ]);
    });
  });

  describe('lists', () => {
    it('lists plans by route, delegation, status, SMART result and a search ignoring accents, a page at a time', async () => {
      const route = (await createRoute(gw)).id;
      const delegations = await Promise.all(['GT', 'BJ', 'LA'].map((c) => delegationWithParticipants(gw, route, c, 1)));
      const passing = await smartPlan(gw, editor, delegations[0].id, { title: { en: 'Comités distritales' } });
      const failing = await createPlan(gw, editor, delegations[1].id, { title: { en: 'Budget tracking' } });
      const submitted = await smartPlan(gw, editor, delegations[2].id, { title: { en: 'Alliance for nutrition' } });
      await ok(gw, SUBMIT, { id: submitted.id, v: (await current(gw, submitted.id)).version }, { token: editor });
      const LIST = `query($filter: ActionPlanFilter, $after: String) { actionPlans(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } } }`;
      const ids = async (filter: object) => (await ok(gw, LIST, { filter }, { token: editor })).edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await ids({ routeId: route, smartPasses: true })).toEqual([submitted.id, passing.id]);
      expect(await ids({ routeId: route, smartPasses: false })).toEqual([failing.id]);
      expect(await ids({ routeId: route, statuses: ['SUBMITTED'] })).toEqual([submitted.id]);
      expect(await ids({ delegationId: delegations[1].id })).toEqual([failing.id]);
      expect(await ids({ search: 'comites distr' })).toEqual([passing.id]);
      // By title, two at a time.
      const first = await ok(gw, LIST, { filter: { routeId: route } }, { token: editor });
      expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(first.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Alliance for nutrition', 'Budget tracking']);
      const second = await ok(gw, LIST, { filter: { routeId: route }, after: first.pageInfo.endCursor }, { token: editor });
      expect(second.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['Comités distritales']);
      expect(second.pageInfo.hasNextPage).toBe(false);

      const onRoute = await ok(gw, `query($id: ID!) { route(id: $id) { actionPlans { id } delegations { id actionPlan { id } } } }`, { id: route }, { token: editor });
      expect(onRoute.actionPlans.map((p: { id: string }) => p.id)).toEqual([passing.id, failing.id, submitted.id]);
      expect(new Map(onRoute.delegations.map((d: { id: string; actionPlan: { id: string } }) => [d.id, d.actionPlan.id])).get(delegations[1].id)).toBe(failing.id);
    });

    it('reads a page of plans with their items, people and SMART checks', async () => {
      const route = (await createRoute(gw)).id;
      const delegation = await delegationWithParticipants(gw, route, 'GT', 1);
      const plan = await smartPlan(gw, editor, delegation.id);
      const responsible = await createPerson(gw);
      await addActivity(gw, editor, plan.id, { responsiblePersonId: responsible, budget: { amount: '100', currency: 'EUR' }, resources: null });
      const page = await ok(
        gw,
        `query($r: ID!) { actionPlans(first: 5, filter: { routeId: $r }) { edges { node { id delegation { id } objectives { statement indicator } activities { position objective { id } responsiblePerson { id } budget { amount } } smartCheck { passes } } } } }`,
        { r: route },
        { token: editor },
      );
      const node = page.edges[0].node;
      expect(node.delegation.id).toBe(delegation.id);
      expect(node.objectives).toHaveLength(1);
      expect(node.activities.map((a: { position: number }) => a.position)).toEqual([1, 2]);
      expect(node.activities[0].objective).toEqual({ id: plan.objectiveId });
      expect(node.activities[1]).toMatchObject({ objective: null, responsiblePerson: { id: responsible }, budget: { amount: '100.00' } });
      expect(node.smartCheck.passes).toBe(true);
    });
  });

  it('keeps a plan’s status out of its content mutations: FINAL and AWARDED plans stay what editors fix', async () => {
    // Editors may still correct a plan after it is accepted (a typo in an indicator); the
    // reviewed text is safe in its version.
    const plan = await smartPlan(gw, editor, await newDelegation());
    await bringTo(gw, plan.id, 'FINAL');
    const objective = (await ok(gw, ITEMS, { id: plan.id }, { token: editor })).objectives[0];
    const version = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { objectives { version } } }`, { id: plan.id }, { token: editor })).objectives[0].version;
    expect((await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version, statement: { en: unique('Fixed') } } }, { token: editor })).statement).toMatch(/^Fixed/);
  });

  it('refuses an editor’s change that would make an accepted plan fail its SMART check, and writes none of it', async () => {
    // Follow-up tracks a FINAL plan's indicators and the fund awarded it as it is: a correction
    // may not take away what accepting it checked.
    const plan = await smartPlan(gw, editor, await newDelegation());
    await bringTo(gw, plan.id, 'FINAL');
    const refused = await gw.graphql(ADD_OBJECTIVE, { input: { planId: plan.id, statement: { en: 'No indicator yet' } } }, { token: editor });
    expect(errorOf(refused, 'BAD_USER_INPUT').extensions?.['fields']).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'objectives.2.indicator', constraint: 'acceptedPlanStaysSmart', message: expect.stringMatching(/FINAL and must stay SMART/) })]),
    );
    expect((await ok(gw, ITEMS, { id: plan.id }, { token: editor })).objectives).toHaveLength(1);
  });
});
