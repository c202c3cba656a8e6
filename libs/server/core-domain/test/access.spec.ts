import { Role } from '@lr/server-core';
import type { RequestOptions, TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { createApiKey, createThematicArea, dataOf, errorOf } from './helpers';

const ROUTES = `query { routes(first: 10) { totalCount edges { node { id title } } } }`;
const CREATE_ROUTE = `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`;

describe('who may read and write the core', () => {
  let gw: TestGateway;
  let admin: string;
  let programmeId: string;
  let route: { id: string; version: number };
  let areaId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    programmeId = await createProgramme(gw, admin);
    route = await createRoute(gw, admin, { programmeId, title: { en: 'Readable route' } });
    areaId = (await createThematicArea(gw, admin, 'access-area')).id;
  });
  afterAll(() => gw.close());

  const routeInput = () => ({ programmeId, title: { en: 'Should not exist' }, hostCountryCode: 'PE', workingLanguages: ['EN'] });
  const count = async (table: string) => (await gw.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  /** Every core mutation, with valid arguments, so a refusal can only come from the caller's rights. */
  const mutations: [string, string, () => Record<string, unknown>][] = [
    ['createRoute', CREATE_ROUTE, () => ({ input: routeInput() })],
    ['updateRoute', `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, () => ({ input: { id: route.id, version: route.version, title: { en: 'Hijacked' } } })],
    ['deleteRoute', `mutation($id: ID!, $v: Int!) { deleteRoute(id: $id, version: $v) }`, () => ({ id: route.id, v: route.version })],
    ['advanceRoutePhase', `mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: 1) { id } }`, () => ({ id: route.id })],
    ['createProgramme', `mutation { createProgramme(input: { name: { en: "X" } }) { id } }`, () => ({})],
    ['deleteProgramme', `mutation($id: ID!) { deleteProgramme(id: $id, version: 1) }`, () => ({ id: programmeId })],
    ['createOrganisation', `mutation { createOrganisation(input: { name: "Org", type: NGO }) { id } }`, () => ({})],
    ['createPerson', `mutation { createPerson(input: { givenName: "A", familyName: "B" }) { id } }`, () => ({})],
    ['createThematicArea', `mutation { createThematicArea(input: { code: "nope", name: { en: "Nope" } }) { id } }`, () => ({})],
    ['deleteThematicArea', `mutation($id: ID!) { deleteThematicArea(id: $id, version: 1) }`, () => ({ id: areaId })],
    ['setCountryLearningNeeds', `mutation($a: ID!) { setCountryLearningNeeds(input: { countryCode: "PE", thematicAreaIds: [$a] }) { id } }`, () => ({ a: areaId })],
  ];

  async function expectRefused(options: RequestOptions, code: string) {
    const before = await Promise.all(['learning_route', 'programme', 'organisation', 'person', 'thematic_area', 'learning_need', 'state_change', 'audit_entry'].map(count));
    for (const [name, query, variables] of mutations) {
      const res = await gw.graphql(query, variables(), options);
      expect([name, res.errors?.map((e) => e.extensions?.['code'])]).toEqual([name, [code]]);
    }
    const after = await Promise.all(['learning_route', 'programme', 'organisation', 'person', 'thematic_area', 'learning_need', 'state_change', 'audit_entry'].map(count));
    expect(after).toEqual(before);
    const [row] = await gw.dataSource.query(`SELECT title, phase, version FROM learning_route WHERE id = $1`, [route.id]);
    expect(row).toEqual({ title: { en: 'Readable route' }, phase: 'PLANNING', version: route.version });
  }

  describe.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('a %s', (role) => {
    let token: string;
    beforeAll(async () => {
      token = await gw.tokenFor(role);
    });

    it('reads routes', async () => {
      const routes = dataOf(await gw.graphql(ROUTES, {}, { token }))['routes'];
      expect(routes.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(route.id);
    });

    it('is FORBIDDEN on every core mutation, which changes nothing', async () => {
      await expectRefused({ token }, 'FORBIDDEN');
    });
  });

  describe('an editor', () => {
    it('of another module is FORBIDDEN on every core mutation', async () => {
      const token = await gw.tokenFor(Role.EDITOR, ['practices']);
      const res = await gw.graphql(CREATE_ROUTE, { input: routeInput() }, { token });
      expect(errorOf(res, 'FORBIDDEN').message).toMatch(/createRoute/);
      await expectRefused({ token }, 'FORBIDDEN');
    });

    it('of several modules including core may create routes', async () => {
      const token = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
      expect(dataOf(await gw.graphql(CREATE_ROUTE, { input: { ...routeInput(), title: { en: 'By a multi-module editor' } } }, { token }))['createRoute'].id).toBeDefined();
    });
  });

  describe('an API key', () => {
    it('reads routes but is FORBIDDEN on every core mutation, even with the personal-data scope', async () => {
      const { key } = await createApiKey(gw, admin, ['PERSONAL_DATA']);
      const routes = dataOf(await gw.graphql(ROUTES, {}, { apiKey: key }))['routes'];
      expect(routes.totalCount).toBeGreaterThan(0);
      await expectRefused({ apiKey: key }, 'FORBIDDEN');
      await expectRefused({ headers: { authorization: `Bearer ${key}` } }, 'FORBIDDEN');
    });
  });

  describe('without valid credentials', () => {
    it('an anonymous caller gets UNAUTHENTICATED on routes and on every mutation', async () => {
      const res = await gw.graphql(ROUTES);
      errorOf(res, 'UNAUTHENTICATED');
      expect(res.data).toBeNull();
      await expectRefused({}, 'UNAUTHENTICATED');
    });

    it('a forged or expired token gets UNAUTHENTICATED with status 401', async () => {
      const res = await gw.graphql(ROUTES, {}, { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.forged' });
      expect(res.status).toBe(401);
      errorOf(res, 'UNAUTHENTICATED');
    });

    it('a deactivated user gets UNAUTHENTICATED at once, though their last request was a moment ago', async () => {
      const token = await gw.tokenFor(Role.EDITOR, ['core']);
      const { id, version } = dataOf(await gw.graphql(`{ me { id version } }`, {}, { token }))['me'];
      // Through the API, as an admin does it: the change reaches this process's principal cache.
      const deactivate = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { active } }`;
      dataOf(await gw.graphql(deactivate, { input: { id, version, active: false } }, { token: admin }));
      errorOf(await gw.graphql(ROUTES, {}, { token }), 'UNAUTHENTICATED');
      errorOf(await gw.graphql(CREATE_ROUTE, { input: routeInput() }, { token }), 'UNAUTHENTICATED');
    });
  });

  it('lets an admin and a core editor run the same mutations', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['core']);
    for (const token of [admin, editor]) {
      dataOf(await gw.graphql(CREATE_ROUTE, { input: routeInput() }, { token }));
      dataOf(await gw.graphql(`mutation { createOrganisation(input: { name: "Org", type: NGO }) { id } }`, {}, { token }));
    }
  });
});
