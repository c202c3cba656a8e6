import { Role } from '@lr/server-core';
import { createApiKey, type TestGateway } from '@lr/server-core/testing';
import {
  adminToken,
  createPerson,
  createRoute,
  errorOf,
  fieldsOf,
  finalPlan,
  followUpEditor,
  INDICATOR_FIELDS,
  movePlan,
  ok,
  participantToken,
  programmeIndicator,
  reportValue,
  startFollowUpGateway,
  UNKNOWN_ID,
  verifiedValue,
  type FinalPlanFixture,
} from './helpers';

const LIST = `query($filter: TrackedIndicatorFilter, $first: Int!, $after: String) { trackedIndicators(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${INDICATOR_FIELDS} } } } }`;
const ONE = `query($id: ID!) { trackedIndicator(id: $id) { ${INDICATOR_FIELDS} owner { id } } }`;
const CREATE = `mutation($input: CreateTrackedIndicatorInput!) { createTrackedIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateTrackedIndicatorInput!) { updateTrackedIndicator(input: $input) { ${INDICATOR_FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteTrackedIndicator(id: $id, version: $v) }`;

describe('tracked indicators', () => {
  let gw: TestGateway;
  let admin: string;
  let plan: FinalPlanFixture;

  const ofPlan = async (planId: string, token = admin) =>
    (await ok(gw, LIST, { filter: { planId }, first: 50 }, { token })).edges.map((e: { node: Record<string, unknown> }) => e.node) as Record<string, any>[];

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    plan = await finalPlan(gw);
  });
  afterAll(() => gw.close());

  describe('born from a FINAL action plan', () => {
    it('turns each objective’s indicator into a tracked indicator with the plan’s values and owner', async () => {
      const found = await ofPlan(plan.planId);
      expect(found).toHaveLength(2);
      const [csn, stunting] = plan.objectiveIds.map((id) => found.find((i) => i.objectiveId === id)!);
      expect(csn).toMatchObject({
        programmeId: plan.programmeId,
        routeId: plan.routeId,
        planId: plan.planId,
        name: 'CSN commitments adopted by the council',
        objective: 'Adopt the CSN commitments',
        unit: 'commitments',
        baselineValue: '0',
        baselineDate: '2021-12-31',
        targetValue: '5',
        targetDate: '2025-12-31',
        ownerPersonId: plan.ownerPersonId,
        status: 'NO_DATA',
        progressShare: null,
        onTrack: null,
        lastVerified: null,
      });
      expect(stunting).toMatchObject({ name: 'Stunting rate', baselineValue: '40', targetValue: '20', ownerPersonId: plan.participantPersonIds[1] });
      // The text in the caller's language, from the objective's translations.
      const spanish = await ok(gw, `query($id: ID!) { trackedIndicator(id: $id) { name(lang: ES) nameTranslations { en es } } }`, { id: csn.id }, { token: admin });
      expect(spanish).toEqual({ name: 'Compromisos CSN adoptados', nameTranslations: { en: 'CSN commitments adopted by the council', es: 'Compromisos CSN adoptados' } });
    });

    it('makes no indicators before the plan is FINAL', async () => {
      const inReview = await finalPlan(gw, { final: false });
      expect(await ofPlan(inReview.planId)).toEqual([]);
      await movePlan(gw, inReview.planId, 'FINAL');
      expect(await ofPlan(inReview.planId)).toHaveLength(2);
    });

    it('does not duplicate them when the plan comes back to FINAL from AWARDED, and keeps values that reports were measured against', async () => {
      const again = await finalPlan(gw);
      const [csn, stunting] = await ofPlan(again.planId);
      await verifiedValue(gw, csn.id, '2', '2023-12-31');
      // An editor changed the line of the indicator without reports; the plan's return restores the plan's values.
      await ok(gw, UPDATE, { input: { id: stunting.id, version: stunting.version, targetValue: '10' } }, { token: admin });
      const award = await ok(
        gw,
        `mutation($input: RecordAwardInput!) { recordAward(input: $input) { id version plan { status } } }`,
        { input: { planId: again.planId, kind: 'CASH', amount: { amount: '100', currency: 'USD' }, description: 'Seed grant' } },
        { token: admin },
      );
      expect(award.plan.status).toBe('AWARDED');
      await ok(gw, `mutation($id: ID!, $v: Int!, $r: String) { removeAward(id: $id, version: $v, reason: $r) }`, { id: award.id, v: award.version, r: 'Awarded by mistake' }, { token: admin });
      const after = await ofPlan(again.planId);
      expect(after).toHaveLength(2);
      expect(after.map((i) => i.id).sort()).toEqual([csn.id, stunting.id].sort());
      expect(after.find((i) => i.id === stunting.id)!.targetValue).toBe('20');
      expect(after.find((i) => i.id === csn.id)).toMatchObject({ targetValue: '5', lastVerified: { value: '2', reportedOn: '2023-12-31' } });
    });

    it('lists them on the plan and on the route', async () => {
      const onPlan = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { trackedIndicators { id planId } } }`, { id: plan.planId }, { token: admin });
      expect(onPlan.trackedIndicators).toHaveLength(2);
      const onRoute = await ok(gw, `query($id: ID!) { route(id: $id) { trackedIndicators { id routeId } } }`, { id: plan.routeId }, { token: admin });
      expect(onRoute.trackedIndicators.map((i: { routeId: string }) => i.routeId)).toEqual([plan.routeId, plan.routeId]);
    });

    it('cannot be deleted: they follow the plan', async () => {
      const [first] = await ofPlan(plan.planId);
      errorOf(await gw.graphql(DELETE, { id: first.id, v: first.version }, { token: admin }), 'CONFLICT');
    });
  });

  describe('added to a programme directly', () => {
    it('creates, changes and deletes an indicator (follow-up editors and admins)', async () => {
      const editor = await followUpEditor(gw);
      const route = await createRoute(gw);
      const owner = await createPerson(gw);
      const created = await ok(
        gw,
        CREATE,
        { input: { programmeId: route.programmeId, routeId: route.id, name: { en: 'Schools with a CSN plan' }, unit: 'schools', baselineValue: '3', baselineDate: '2024-01-01', targetValue: '12.5', targetDate: '2026-06-30', ownerPersonId: owner } },
        { token: editor },
      );
      expect(created).toMatchObject({ planId: null, objectiveId: null, baselineValue: '3', targetValue: '12.5', ownerPersonId: owner, status: 'NO_DATA' });
      const changed = await ok(gw, UPDATE, { input: { id: created.id, version: created.version, targetValue: '15', unit: null } }, { token: editor });
      expect(changed).toMatchObject({ targetValue: '15', unit: null, version: created.version + 1 });
      // A stale version is refused.
      errorOf(await gw.graphql(UPDATE, { input: { id: created.id, version: created.version, targetValue: '16' } }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, DELETE, { id: created.id, v: changed.version }, { token: editor })).toBe(created.id);
      errorOf(await gw.graphql(ONE, { id: created.id }, { token: editor }), 'NOT_FOUND');
    });

    it('refuses bad input naming each field', async () => {
      const other = await createRoute(gw);
      const route = await createRoute(gw);
      const res = await gw.graphql(
        CREATE,
        { input: { programmeId: route.programmeId, routeId: other.id, name: { en: ' ' }, baselineValue: '1,5', baselineDate: '2024-02-30', targetValue: '5', targetDate: '2020-01-01', ownerPersonId: UNKNOWN_ID } },
        { token: admin },
      );
      expect(fieldsOf(res).map((f) => f.path).sort()).toEqual(['input.baselineDate', 'input.baselineValue', 'input.name']);
      const later = await gw.graphql(
        CREATE,
        { input: { programmeId: route.programmeId, routeId: other.id, name: { en: 'x' }, baselineValue: '1', baselineDate: '2024-01-01', targetValue: '5', targetDate: '2023-01-01', ownerPersonId: UNKNOWN_ID } },
        { token: admin },
      );
      expect(fieldsOf(later)).toEqual(
        expect.arrayContaining([
          { path: 'input.routeId', message: 'is a route of another programme' },
          { path: 'input.targetDate', message: 'must be after the baseline date (2024-01-01)' },
          { path: 'input.ownerPersonId', message: `no person has the id ${UNKNOWN_ID}` },
        ]),
      );
      const half = await gw.graphql(CREATE, { input: { programmeId: route.programmeId, name: { en: 'x' }, targetValue: '5' } }, { token: admin });
      expect(fieldsOf(half)).toEqual([{ path: 'input.targetDate', message: 'is needed with the target value and date together' }]);
    });

    it('freezes the baseline and target once reported on, and refuses deleting while reports exist', async () => {
      const route = await createRoute(gw);
      const indicator = await programmeIndicator(gw, route.programmeId);
      await reportValue(gw, indicator.id, '1', '2022-06-30');
      const current = await ok(gw, ONE, { id: indicator.id }, { token: admin });
      errorOf(await gw.graphql(UPDATE, { input: { id: indicator.id, version: current.version, targetValue: '6' } }, { token: admin }), 'CONFLICT');
      // Writing the same value differently is not a change.
      const renamed = await ok(gw, UPDATE, { input: { id: indicator.id, version: current.version, targetValue: '5.00', name: { en: 'Renamed' } } }, { token: admin });
      expect(renamed).toMatchObject({ name: 'Renamed', targetValue: '5' });
      errorOf(await gw.graphql(DELETE, { id: indicator.id, v: renamed.version }, { token: admin }), 'CONFLICT');
    });

    it('is for follow-up editors and admins only', async () => {
      const route = await createRoute(gw);
      const input = { programmeId: route.programmeId, name: { en: 'x' } };
      errorOf(await gw.graphql(CREATE, { input }, { token: await gw.tokenFor(Role.EDITOR, ['delegations']) }), 'FORBIDDEN');
      errorOf(await gw.graphql(CREATE, { input }, { token: await participantToken(gw, plan.ownerPersonId) }), 'FORBIDDEN');
    });
  });

  describe('the list', () => {
    it('filters by programme, route, plan, owner, status and text, and pages by target date', async () => {
      const route = await createRoute(gw);
      const owner = await createPerson(gw);
      const onTrack = await programmeIndicator(gw, route.programmeId, { name: { en: 'Ministries with a nutrition desk' }, targetDate: '2025-12-31', ownerPersonId: owner });
      const offTrack = await programmeIndicator(gw, route.programmeId, { name: { en: 'Districts covered' }, targetDate: '2026-12-31' });
      const noData = await programmeIndicator(gw, route.programmeId, { name: { en: 'Laws passed' }, targetDate: '2027-12-31', routeId: route.id });
      await verifiedValue(gw, onTrack.id, '3', '2023-12-31');
      await verifiedValue(gw, offTrack.id, '1', '2023-12-31');
      await reportValue(gw, noData.id, '4', '2023-12-31'); // unverified: still no data
      const ids = async (filter: Record<string, unknown>) => (await ok(gw, LIST, { filter: { programmeId: route.programmeId, ...filter }, first: 50 }, { token: admin })).edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await ids({})).toEqual([onTrack.id, offTrack.id, noData.id]);
      expect(await ids({ status: 'ON_TRACK' })).toEqual([onTrack.id]);
      expect(await ids({ status: 'OFF_TRACK' })).toEqual([offTrack.id]);
      expect(await ids({ status: 'NO_DATA' })).toEqual([noData.id]);
      expect(await ids({ routeId: route.id })).toEqual([noData.id]);
      expect(await ids({ ownerPersonId: owner })).toEqual([onTrack.id]);
      expect(await ids({ search: 'NUTRITION' })).toEqual([onTrack.id]);
      const page = await ok(gw, LIST, { filter: { programmeId: route.programmeId }, first: 2 }, { token: admin });
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await ok(gw, LIST, { filter: { programmeId: route.programmeId }, first: 2, after: page.pageInfo.endCursor }, { token: admin });
      expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([noData.id]);
    });
  });

  describe('who reads them', () => {
    it('shows participants their route’s indicators and those they own, nothing else', async () => {
      const participant = await participantToken(gw, plan.participantPersonIds[0]);
      const theirs = await ofPlan(plan.planId, participant);
      expect(theirs).toHaveLength(2);
      const elsewhere = await finalPlan(gw);
      expect(await ofPlan(elsewhere.planId, participant)).toEqual([]);
      const [hidden] = await ofPlan(elsewhere.planId);
      errorOf(await gw.graphql(ONE, { id: hidden.id }, { token: participant }), 'NOT_FOUND');
      // A programme indicator they own, on no route of theirs.
      const route = await createRoute(gw);
      const owned = await programmeIndicator(gw, route.programmeId, { ownerPersonId: plan.participantPersonIds[0] });
      expect((await ok(gw, ONE, { id: owned.id }, { token: participant })).id).toBe(owned.id);
    });

    it('shows partners the indicators of FINAL plans without owners, and no programme indicators', async () => {
      const { key } = await createApiKey(gw, admin, ['READ']);
      const seen = await ok(gw, LIST, { filter: { planId: plan.planId }, first: 10 }, { apiKey: key });
      expect(seen.edges).toHaveLength(2);
      expect(seen.edges.map((e: { node: { ownerPersonId: string | null } }) => e.node.ownerPersonId)).toEqual([null, null]);
      const one = await ok(gw, ONE, { id: seen.edges[0].node.id }, { apiKey: key });
      expect(one.owner).toBeNull();
      const route = await createRoute(gw);
      const own = await programmeIndicator(gw, route.programmeId);
      errorOf(await gw.graphql(ONE, { id: own.id }, { apiKey: key }), 'NOT_FOUND');
      expect((await ok(gw, LIST, { filter: { programmeId: route.programmeId }, first: 10 }, { apiKey: key })).edges).toEqual([]);
    });
  });
});
