import { randomUUID } from 'node:crypto';
import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { createApiKey, createOrganisation, createPerson, createThematicArea, dataOf, errorOf, ok, whoIs } from './helpers';

const AUDIT = `query($filter: AuditFilter) {
  auditEntries(first: 100, filter: $filter) {
    totalCount
    edges { node { action entityType entityId actorKind actorId actorLabel changes requestId } }
  }
}`;

interface Entry {
  action: string;
  entityType: string;
  entityId: string;
  actorKind: string;
  actorId: string | null;
  actorLabel: string;
  changes: Record<string, { from?: unknown; to?: unknown }>;
  requestId: string | null;
}

describe('audit trail of core mutations', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let editorWho: { id: string; label: string; displayName: string };
  let adminWho: { id: string; label: string; displayName: string };

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    editorWho = await whoIs(gw, editor);
    adminWho = await whoIs(gw, admin);
  });
  afterAll(() => gw.close());

  async function audit(entityType: string, entityId: string, action?: string): Promise<Entry[]> {
    const conn = await ok(gw, AUDIT, { filter: { entityType, entityId, action } }, { token: admin });
    return conn.edges.map((e: { node: Entry }) => e.node);
  }

  /** The one entry for that record and action, checked to name the caller. */
  async function entry(entityType: string, entityId: string, action: string, by = editorWho): Promise<Entry> {
    const entries = await audit(entityType, entityId, action);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action, entityType, entityId, actorKind: 'user', actorId: by.id, actorLabel: by.label });
    return entries[0];
  }

  const mutate = async (query: string, variables: Record<string, unknown>, token = editor) => dataOf(await gw.graphql(query, variables, { token }));

  it('records creating, updating and deleting a programme', async () => {
    const id = await createProgramme(gw, editor, { name: { en: 'Audited programme' }, budget: { amount: '1000', currency: 'GBP' } });
    const created = await entry('Programme', id, 'CREATE');
    expect(created.changes).toMatchObject({ id: { to: id }, name: { to: { en: 'Audited programme' } }, budgetMinor: { to: '100000' }, currency: { to: 'GBP' } });
    expect(created.changes).not.toHaveProperty('version');

    await mutate(`mutation($input: UpdateProgrammeInput!) { updateProgramme(input: $input) { id } }`, { input: { id, version: 1, name: { en: 'Renamed programme' }, maxRouteDays: 6 } });
    const updated = await entry('Programme', id, 'UPDATE');
    expect(updated.changes).toEqual({
      name: { from: { en: 'Audited programme' }, to: { en: 'Renamed programme' } },
      maxRouteDays: { from: 8, to: 6 },
    });

    await mutate(`mutation($id: ID!) { deleteProgramme(id: $id, version: 2) }`, { id }, admin);
    const deleted = await entry('Programme', id, 'DELETE', adminWho);
    expect(deleted.changes).toMatchObject({ name: { to: { en: 'Renamed programme' } } });
  });

  it('records creating, updating and deleting a route, dates as written', async () => {
    const programmeId = await createProgramme(gw, admin);
    const route = await createRoute(gw, editor, { programmeId, title: { en: 'Audited route' }, startDate: '2014-06-09', endDate: '2014-06-12' });
    expect((await entry('LearningRoute', route.id, 'CREATE')).changes).toMatchObject({
      title: { to: { en: 'Audited route' } },
      startDate: { to: '2014-06-09' },
      phase: { to: 'PLANNING' },
      programmeId: { to: programmeId },
      hostCountryCode: { to: 'PE' },
    });

    const input = { id: route.id, version: 1, title: { en: 'Audited route', fr: 'Route auditée' }, startDate: '2014-06-10', hostCountryCode: 'BO' };
    await mutate(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input });
    expect((await entry('LearningRoute', route.id, 'UPDATE')).changes).toEqual({
      title: { from: { en: 'Audited route' }, to: { en: 'Audited route', fr: 'Route auditée' } },
      startDate: { from: '2014-06-09', to: '2014-06-10' },
      hostCountryCode: { from: 'PE', to: 'BO' },
    });

    await mutate(`mutation($id: ID!) { deleteRoute(id: $id, version: 2) }`, { id: route.id });
    expect((await entry('LearningRoute', route.id, 'DELETE')).changes).toMatchObject({ title: { to: { en: 'Audited route', fr: 'Route auditée' } } });
  });

  it('records a phase move as an update of the route and a new phase change', async () => {
    const programmeId = await createProgramme(gw, admin);
    const route = await createRoute(gw, editor, { programmeId });
    await mutate(`mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: 1) { id } }`, { id: route.id });
    expect((await entry('LearningRoute', route.id, 'UPDATE')).changes).toEqual({ phase: { from: 'PLANNING', to: 'SYSTEMATIZATION' } });

    const changes = (await ok(gw, AUDIT, { filter: { entityType: 'StateChange', action: 'CREATE' } }, { token: admin })).edges
      .map((e: { node: Entry }) => e.node)
      .filter((e: Entry) => e.changes['recordId']?.to === route.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      actorId: editorWho.id,
      changes: { machine: { to: 'route.phase' }, fromState: { to: 'PLANNING' }, toState: { to: 'SYSTEMATIZATION' }, changedBy: { to: editorWho.displayName } },
    });
  });

  it('records creating, updating and deleting an organisation', async () => {
    const org = await createOrganisation(gw, editor, { name: 'Audited org', type: 'NGO', countryCode: 'PE' });
    expect((await entry('Organisation', org.id, 'CREATE')).changes).toMatchObject({ name: { to: 'Audited org' }, type: { to: 'NGO' }, countryCode: { to: 'PE' } });
    await mutate(`mutation { updateOrganisation(input: { id: "${org.id}", version: 1, type: DONOR, countryCode: "BO" }) { id } }`, {});
    expect((await entry('Organisation', org.id, 'UPDATE')).changes).toEqual({ type: { from: 'NGO', to: 'DONOR' }, countryCode: { from: 'PE', to: 'BO' } });
    await mutate(`mutation { deleteOrganisation(id: "${org.id}", version: 2) }`, {});
    await entry('Organisation', org.id, 'DELETE');
  });

  it('records creating, updating and deleting a person', async () => {
    const person = await createPerson(gw, editor, { givenName: 'Audit', familyName: 'Person', email: 'audit.person@example.org' });
    expect((await entry('Person', person.id, 'CREATE')).changes).toMatchObject({ givenName: { to: 'Audit' }, email: { to: 'audit.person@example.org' } });
    await mutate(`mutation { updatePerson(input: { id: "${person.id}", version: 1, familyName: "Persona", languages: ["es"] }) { id } }`, {});
    expect((await entry('Person', person.id, 'UPDATE')).changes).toEqual({ familyName: { from: 'Person', to: 'Persona' }, languages: { from: [], to: ['es'] } });
    await mutate(`mutation { deletePerson(id: "${person.id}", version: 2) }`, {}, admin);
    await entry('Person', person.id, 'DELETE', adminWho);
  });

  it('records creating, updating and deleting a thematic area', async () => {
    const area = await createThematicArea(gw, editor, 'audited-area', { en: 'Audited area' });
    expect((await entry('ThematicArea', area.id, 'CREATE')).changes).toMatchObject({ code: { to: 'audited-area' } });
    await mutate(`mutation { updateThematicArea(input: { id: "${area.id}", version: 1, code: "audited-area-2" }) { id } }`, {});
    expect((await entry('ThematicArea', area.id, 'UPDATE')).changes).toEqual({ code: { from: 'audited-area', to: 'audited-area-2' } });
    await mutate(`mutation { deleteThematicArea(id: "${area.id}", version: 2) }`, {});
    await entry('ThematicArea', area.id, 'DELETE');
  });

  it('records a country’s new ranking, and the removal of the old one', async () => {
    const a = await createThematicArea(gw, editor, 'need-a');
    const b = await createThematicArea(gw, editor, 'need-b');
    const SET = `mutation($ids: [ID!]!) { setCountryLearningNeeds(input: { countryCode: "ZM", thematicAreaIds: $ids }) { id rank } }`;
    const first: { id: string }[] = (await mutate(SET, { ids: [a.id, b.id] }))['setCountryLearningNeeds'];
    expect((await entry('LearningNeed', first[0].id, 'CREATE')).changes).toMatchObject({ countryCode: { to: 'ZM' }, thematicAreaId: { to: a.id }, rank: { to: 1 } });
    expect((await entry('LearningNeed', first[1].id, 'CREATE')).changes).toMatchObject({ thematicAreaId: { to: b.id }, rank: { to: 2 } });

    await mutate(SET, { ids: [b.id] }, admin);
    for (const old of first) {
      expect((await entry('LearningNeed', old.id, 'DELETE', adminWho)).changes).toMatchObject({ countryCode: { to: 'ZM' } });
    }
  });

  it('records nothing for a refused mutation', async () => {
    const programmeId = await createProgramme(gw, editor);
    await createRoute(gw, editor, { programmeId });
    errorOf(await gw.graphql(`mutation { deleteProgramme(id: "${programmeId}", version: 1) }`, {}, { token: editor }), 'CONFLICT');
    expect(await audit('Programme', programmeId, 'DELETE')).toEqual([]);

    const route = await createRoute(gw, editor, { programmeId });
    errorOf(await gw.graphql(`mutation { advanceRoutePhase(routeId: "${route.id}", toPhase: CLOSED, version: 1) { id } }`, {}, { token: editor }), 'PHASE_RULE');
    errorOf(await gw.graphql(`mutation { updateRoute(input: { id: "${route.id}", version: 1, hostCountryCode: "ZZ" }) { id } }`, {}, { token: editor }), 'BAD_USER_INPUT');
    expect(await audit('LearningRoute', route.id, 'UPDATE')).toEqual([]);
  });

  it('lists the newest entries first and filters by action', async () => {
    const org = await createOrganisation(gw, editor, { name: 'Ordered org' });
    await mutate(`mutation { updateOrganisation(input: { id: "${org.id}", version: 1, name: "Ordered org 2" }) { id } }`, {});
    await mutate(`mutation { updateOrganisation(input: { id: "${org.id}", version: 2, name: "Ordered org 3" }) { id } }`, {});
    const all = await audit('Organisation', org.id);
    expect(all.map((e) => [e.action, e.changes['name']?.to])).toEqual([
      ['UPDATE', 'Ordered org 3'],
      ['UPDATE', 'Ordered org 2'],
      ['CREATE', 'Ordered org'],
    ]);
    expect((await audit('Organisation', org.id, 'UPDATE')).map((e) => e.action)).toEqual(['UPDATE', 'UPDATE']);
  });

  it('keeps the request id a caller sends, and still works with one that is not a uuid', async () => {
    const requestId = randomUUID();
    const res = await gw.graphql(`mutation { createOrganisation(input: { name: "Traced org", type: NGO }) { id } }`, {}, { token: editor, headers: { 'x-request-id': requestId } });
    expect((await entry('Organisation', dataOf(res)['createOrganisation'].id, 'CREATE')).requestId).toBe(requestId);

    const odd = await gw.graphql(`mutation { createOrganisation(input: { name: "Oddly traced org", type: NGO }) { id } }`, {}, { token: editor, headers: { 'x-request-id': 'support-ticket-42' } });
    const logged = await entry('Organisation', dataOf(odd)['createOrganisation'].id, 'CREATE');
    expect(logged.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('reading the trail', () => {
    it.each([Role.EDITOR, Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('is FORBIDDEN to a %s', async (role) => {
      const res = await gw.graphql(AUDIT, {}, { token: await gw.tokenFor(role, role === Role.EDITOR ? ['core'] : []) });
      errorOf(res, 'FORBIDDEN');
      expect(res.data).toBeNull();
    });

    it('is FORBIDDEN to an API key and UNAUTHENTICATED to nobody', async () => {
      const { key } = await createApiKey(gw, admin, ['PERSONAL_DATA']);
      errorOf(await gw.graphql(AUDIT, {}, { apiKey: key }), 'FORBIDDEN');
      errorOf(await gw.graphql(AUDIT, {}), 'UNAUTHENTICATED');
    });
  });
});
