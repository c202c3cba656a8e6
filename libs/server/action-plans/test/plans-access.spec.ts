import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createPerson, createRoute, delegationWithParticipants, errorOf, ok, participantToken, plansEditor, reviewerToken, startActionPlansGateway, type DelegationFixture } from './helpers';
import { addActivity, addObjective, bringTo, CREATE_PLAN, createPlan, current, moveTo, PLAN, smartPlan, SUBMIT, UPDATE_OBJECTIVE, UPDATE_PLAN } from './plan-helpers';

const LIST = `query($r: ID) { actionPlans(first: 20, filter: { routeId: $r }) { edges { node { id status } } } }`;
const ids = (list: { edges: { node: { id: string } }[] }) => list.edges.map((e) => e.node.id).sort();

/** Participants' row-level access (000 §44), reviewers' reads, and what partners see. */
describe('who reads and changes which action plans', () => {
  let gw: TestGateway;
  let editor: string;
  let reviewer: string;
  let routeA: string;
  let own: DelegationFixture;
  let neighbour: DelegationFixture;
  let elsewhere: DelegationFixture;
  /** A selected participant of `own`, and their colleague. */
  let me: string;
  let colleague: string;
  /** A selected participant of another delegation on the same route. */
  let neighbourToken: string;
  /** Plans: own delegation's (made by a participant), the neighbour's (DRAFT), one FINAL and one on another route. */
  let ownPlan: string;
  let neighbourPlan: string;
  let elsewherePlan: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    editor = await plansEditor(gw);
    reviewer = await reviewerToken(gw);
    routeA = (await createRoute(gw)).id;
    own = await delegationWithParticipants(gw, routeA, 'GT', 2);
    neighbour = await delegationWithParticipants(gw, routeA, 'BJ', 1);
    elsewhere = await delegationWithParticipants(gw, (await createRoute(gw)).id, 'LA', 1);
    me = await participantToken(gw, own.personIds[0]);
    colleague = await participantToken(gw, own.personIds[1]);
    neighbourToken = await participantToken(gw, neighbour.personIds[0]);
    neighbourPlan = (await createPlan(gw, editor, neighbour.id)).id;
    elsewherePlan = (await smartPlan(gw, editor, elsewhere.id)).id;
  });
  afterAll(() => gw?.close());

  it('lets a selected participant create their delegation’s plan, and no other', async () => {
    errorOf(await gw.graphql(CREATE_PLAN, { input: { delegationId: neighbour.id, title: { en: 'Not ours' }, language: 'EN' } }, { token: me }), 'FORBIDDEN');
    // Another route's delegation does not exist for them.
    errorOf(await gw.graphql(CREATE_PLAN, { input: { delegationId: elsewhere.id, title: { en: 'Not ours' }, language: 'EN' } }, { token: me }), 'NOT_FOUND');
    // A nominated (not selected) member of the delegation may not either.
    const admin = await adminToken(gw);
    const nominee = await createPerson(gw);
    await ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId: own.id, personId: nominee, sector: 'UN' } }, { token: admin });
    errorOf(await gw.graphql(CREATE_PLAN, { input: { delegationId: own.id, title: { en: 'Ours' }, language: 'ES' } }, { token: await participantToken(gw, nominee) }), 'FORBIDDEN');
    const plan = await createPlan(gw, me, own.id, { title: { es: 'Comités distritales' }, language: 'ES' });
    expect(plan.status).toBe('DRAFT');
    ownPlan = plan.id;
  });

  it('lets the delegation edit and submit its plan while DRAFT or REVISION_REQUESTED, and refuses it in between with PHASE_RULE', async () => {
    const objective = await addObjective(gw, colleague, ownPlan);
    await addActivity(gw, me, ownPlan);
    const read = await ok(gw, PLAN, { id: ownPlan }, { token: me });
    expect(read).toMatchObject({ mayEdit: true, allowedNextStatuses: ['SUBMITTED'] });
    expect((await ok(gw, SUBMIT, { id: ownPlan, v: read.version }, { token: colleague })).status).toBe('SUBMITTED');

    const submitted = await ok(gw, PLAN, { id: ownPlan }, { token: me });
    expect(submitted).toMatchObject({ mayEdit: false, allowedNextStatuses: [] });
    const refused = errorOf(await gw.graphql(UPDATE_PLAN, { input: { id: ownPlan, version: submitted.version, title: { es: 'Tarde' } } }, { token: me }), 'PHASE_RULE');
    expect(refused.message).toBe('The plan is SUBMITTED: its delegation changes it only while it is DRAFT or REVISION_REQUESTED (it is with its reviewers, or accepted)');
    errorOf(await gw.graphql(UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, unit: '%' } }, { token: me }), 'PHASE_RULE');
    errorOf(await gw.graphql(`mutation($input: AddPlanObjectiveInput!) { addPlanObjective(input: $input) { id } }`, { input: { planId: ownPlan, statement: { en: 'More' } } }, { token: me }), 'PHASE_RULE');

    await moveTo(gw, reviewer, ownPlan, 'IN_REVIEW');
    await moveTo(gw, reviewer, ownPlan, 'REVISION_REQUESTED', 'Add a target for 2026');
    const reopened = await ok(gw, UPDATE_OBJECTIVE, { input: { id: objective.id, version: objective.version, targetValue: '8' } }, { token: me });
    expect(reopened.targetValue).toBe('8');
    expect((await ok(gw, SUBMIT, { id: ownPlan, v: (await current(gw, ownPlan)).version }, { token: me })).versionCount).toBe(2);
  });

  it('lets no participant change or submit another delegation’s plan (FORBIDDEN), nor touch another route’s (NOT_FOUND)', async () => {
    const plan = await ok(gw, PLAN, { id: neighbourPlan }, { token: me });
    expect(plan).toMatchObject({ mayEdit: false, allowedNextStatuses: [] });
    errorOf(await gw.graphql(UPDATE_PLAN, { input: { id: neighbourPlan, version: plan.version, title: { en: 'Mine now' } } }, { token: me }), 'FORBIDDEN');
    errorOf(await gw.graphql(SUBMIT, { id: neighbourPlan, v: plan.version }, { token: me }), 'FORBIDDEN');
    const elsewhereObjective = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { version objectives { id version } } }`, { id: elsewherePlan }, { token: editor })) as {
      version: number;
      objectives: { id: string; version: number }[];
    };
    errorOf(await gw.graphql(UPDATE_PLAN, { input: { id: elsewherePlan, version: elsewhereObjective.version, title: { en: 'x' } } }, { token: me }), 'NOT_FOUND');
    const hidden = errorOf(await gw.graphql(UPDATE_OBJECTIVE, { input: { id: elsewhereObjective.objectives[0].id, version: elsewhereObjective.objectives[0].version, unit: 'x' } }, { token: me }), 'NOT_FOUND');
    expect(hidden.message).toContain('PlanObjective');
    errorOf(await gw.graphql(SUBMIT, { id: elsewherePlan, v: elsewhereObjective.version }, { token: me }), 'NOT_FOUND');
  });

  it('shows a participant every plan of their route and none of another route', async () => {
    expect(ids(await ok(gw, LIST, {}, { token: neighbourToken }))).toEqual([ownPlan, neighbourPlan].sort());
    // Other delegations' plans are readable in full, drafts included (000 §44).
    const theirs = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { title objectives { id } versions { number } } }`, { id: ownPlan }, { token: neighbourToken });
    expect(theirs).toMatchObject({ title: 'Comités distritales', versions: [{ number: 1 }, { number: 2 }] });
    errorOf(await gw.graphql(PLAN, { id: elsewherePlan }, { token: neighbourToken }), 'NOT_FOUND');
    const routeB = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { routeId } }`, { id: elsewherePlan }, { token: editor });
    expect((await ok(gw, `query($id: ID!) { route(id: $id) { actionPlans { id } } }`, { id: routeB.routeId }, { token: neighbourToken })).actionPlans).toEqual([]);
    expect(ids(await ok(gw, LIST, { r: routeB.routeId }, { token: neighbourToken }))).toEqual([]);
    const version = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { versions { id } } }`, { id: ownPlan }, { token: editor });
    expect((await ok(gw, `query($id: ID!) { planVersion(id: $id) { number } }`, { id: version.versions[0].id }, { token: neighbourToken })).number).toBe(1);
    // An account of no person reads no plan.
    const nobody = await gw.tokenFor(Role.PARTICIPANT);
    expect(ids(await ok(gw, LIST, {}, { token: nobody }))).toEqual([]);
    errorOf(await gw.graphql(PLAN, { id: ownPlan }, { token: nobody }), 'NOT_FOUND');
  });

  it('lets reviewers and viewers read every plan, and not change one', async () => {
    const viewer = await gw.tokenFor(Role.VIEWER);
    for (const token of [reviewer, viewer]) {
      expect(ids(await ok(gw, `{ actionPlans(first: 20) { edges { node { id } } } }`, {}, { token }))).toEqual(expect.arrayContaining([ownPlan, neighbourPlan, elsewherePlan]));
      const plan = await ok(gw, PLAN, { id: neighbourPlan }, { token });
      expect(plan.mayEdit).toBe(false);
      errorOf(await gw.graphql(UPDATE_PLAN, { input: { id: neighbourPlan, version: plan.version, title: { en: 'x' } } }, { token }), 'FORBIDDEN');
    }
  });

  it('gives partners FINAL and AWARDED plans only, without responsible persons, versions or history', async () => {
    const route = (await createRoute(gw)).id;
    const [a, b, c] = [await delegationWithParticipants(gw, route, 'GT', 1), await delegationWithParticipants(gw, route, 'BJ', 1), await delegationWithParticipants(gw, route, 'LA', 1)];
    const final = await smartPlan(gw, editor, a.id);
    const organisation = await ok(gw, `mutation { createOrganisation(input: { name: "Health ministry", type: GOVERNMENT }) { id } }`, {}, { token: await adminToken(gw) });
    await addActivity(gw, editor, final.id, { responsibleOrganisationId: organisation.id });
    await bringTo(gw, final.id, 'FINAL');
    const awarded = await smartPlan(gw, editor, b.id);
    await bringTo(gw, awarded.id, 'AWARDED');
    const draft = await smartPlan(gw, editor, c.id);
    const { key } = await createApiKey(gw, await adminToken(gw), ['READ', 'PERSONAL_DATA']);

    expect(ids(await ok(gw, LIST, { r: route }, { apiKey: key }))).toEqual([final.id, awarded.id].sort());
    errorOf(await gw.graphql(PLAN, { id: draft.id }, { apiKey: key }), 'NOT_FOUND');
    const read = await ok(
      gw,
      `query($id: ID!) { actionPlan(id: $id) { status mayEdit allowedNextStatuses smartCheck { passes } versions { id } latestVersion { id } statusHistory { to } activities { responsiblePersonId responsiblePerson { id } responsibleOrganisation { id } } } }`,
      { id: final.id },
      { apiKey: key },
    );
    expect(read).toEqual({
      status: 'FINAL',
      mayEdit: false,
      allowedNextStatuses: [],
      smartCheck: { passes: true },
      versions: null,
      latestVersion: null,
      statusHistory: null,
      activities: [
        { responsiblePersonId: null, responsiblePerson: null, responsibleOrganisation: null },
        { responsiblePersonId: null, responsiblePerson: null, responsibleOrganisation: { id: organisation.id } },
      ],
    });
    const onRoute = await ok(gw, `query($id: ID!) { route(id: $id) { actionPlans { id } } }`, { id: route }, { apiKey: key });
    expect(onRoute.actionPlans.map((p: { id: string }) => p.id).sort()).toEqual([final.id, awarded.id].sort());
    const versionId = (await ok(gw, `query($id: ID!) { actionPlan(id: $id) { versions { id } } }`, { id: final.id }, { token: editor })).versions[0].id;
    errorOf(await gw.graphql(`query($id: ID!) { planVersion(id: $id) { number } }`, { id: versionId }, { apiKey: key }), 'FORBIDDEN');
  });
});
