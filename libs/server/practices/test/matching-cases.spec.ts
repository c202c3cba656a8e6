import { Role } from '@lr/server-core';
import {
  completeAssessment,
  createPractice,
  createProgramme,
  createRoute,
  createThematicArea,
  errorOf,
  fieldsOf,
  ok,
  practiceIn,
  setLearningNeeds,
  startPracticesGateway,
  UNKNOWN_ID,
  type PracticesGateway,
} from './practices-gateway';

const ATTACH = `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id cases { title } } }`;
const DETACH = `mutation($r: ID!, $p: ID!) { detachPracticeFromRoute(routeId: $r, practiceId: $p) { id cases { title } } }`;
const RECOMMEND = `query($routeId: ID!, $visiting: [String!], $first: Int!, $after: String) {
  recommendPractices(routeId: $routeId, visitingCountryCodes: $visiting, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { score fit assessmentScore practice { title } reasons { countryCode rank thematicAreaId thematicArea { code } country { name } } } }
  }
}`;
const ROUTE = `query($id: ID!) { route(id: $id) { id version cases { id } } }`;

describe('cases of routes and matching practices to visitors', () => {
  let gw: PracticesGateway;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
    programmeId = await createProgramme(gw, editor);
  });
  afterAll(() => gw.close());

  /** One page of recommendations: its nodes, with the connection's facts. */
  const recommend = async (variables: Record<string, unknown>) => {
    const page = await ok(gw, RECOMMEND, { first: 10, ...variables }, { token: editor });
    return { ...page, nodes: page.edges.map((e: { node: unknown }) => e.node) };
  };

  describe('cases', () => {
    it('attaches practices of the host country to a route and lists them both ways', async () => {
      const routeId = await createRoute(gw, editor, programmeId, { title: { en: 'Peru route' } });
      const first = (await createPractice(gw, editor, { title: { en: 'First case' } })).id;
      const second = (await createPractice(gw, editor, { title: { en: 'Second case' } })).id;
      expect((await ok(gw, ATTACH, { r: routeId, p: first }, { token: editor })).cases).toEqual([{ title: 'First case' }]);
      expect((await ok(gw, ATTACH, { r: routeId, p: second }, { token: editor })).cases).toEqual([{ title: 'First case' }, { title: 'Second case' }]);
      const practice = await ok(gw, `query($id: ID!) { practice(id: $id) { routes { title } } }`, { id: first }, { token: editor });
      expect(practice.routes).toEqual([{ title: 'Peru route' }]);
      errorOf(await gw.graphql(ATTACH, { r: routeId, p: first }, { token: editor }), 'CONFLICT');
      expect((await ok(gw, DETACH, { r: routeId, p: first }, { token: editor })).cases).toEqual([{ title: 'Second case' }]);
      errorOf(await gw.graphql(DETACH, { r: routeId, p: first }, { token: editor }), 'NOT_FOUND');
    });

    it('refuses practices of another country, rejected ones, and unknown ids', async () => {
      const routeId = await createRoute(gw, editor, programmeId);
      const senegal = (await createPractice(gw, editor, { countryCode: 'SN' })).id;
      expect(fieldsOf(await gw.graphql(ATTACH, { r: routeId, p: senegal }, { token: editor }))).toEqual([
        { path: 'practiceId', message: 'the practice is in SN, but the route is hosted in PE' },
      ]);
      const rejected = await practiceIn(gw, editor, 'REJECTED');
      expect(fieldsOf(await gw.graphql(ATTACH, { r: routeId, p: rejected }, { token: editor }))[0].message).toMatch(/REJECTED/);
      errorOf(await gw.graphql(ATTACH, { r: UNKNOWN_ID, p: senegal }, { token: editor }), 'NOT_FOUND');
      errorOf(await gw.graphql(ATTACH, { r: routeId, p: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
    });

    it('refuses to delete a route that still has cases, and deletes it once they are detached', async () => {
      const routeId = await createRoute(gw, editor, programmeId, { title: { en: 'Guarded route' } });
      const id = (await createPractice(gw, editor)).id;
      await ok(gw, ATTACH, { r: routeId, p: id }, { token: editor });
      const [link] = await gw.dataSource.query(`SELECT id FROM route_case WHERE route_id = $1 AND practice_id = $2`, [routeId, id]);
      const count = async (sql: string, params: unknown[]) => (await gw.dataSource.query(sql, params))[0].n as number;
      const auditBefore = await count(`SELECT count(*)::int AS n FROM audit_entry`, []);
      const { version } = await ok(gw, ROUTE, { id: routeId }, { token: editor });
      const DELETE_ROUTE = `mutation($id: ID!, $v: Int!) { deleteRoute(id: $id, version: $v) }`;

      const refused = errorOf(await gw.graphql(DELETE_ROUTE, { id: routeId, v: version }, { token: editor }), 'CONFLICT');
      expect(refused.message).toBe('This learning route (Guarded route) is still referred to by 1 route case; remove or move those first');
      expect(refused.extensions).toMatchObject({ entity: 'LearningRoute', id: routeId, references: [{ entity: 'RouteCase', count: 1 }] });
      // Nothing changed, nothing was audited.
      expect(await ok(gw, ROUTE, { id: routeId }, { token: editor })).toEqual({ id: routeId, version, cases: [{ id }] });
      expect(await count(`SELECT count(*)::int AS n FROM route_case WHERE id = $1`, [link.id])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry`, [])).toBe(auditBefore);

      await ok(gw, DETACH, { r: routeId, p: id }, { token: editor });
      const detached = await ok(gw, ROUTE, { id: routeId }, { token: editor });
      expect(detached.cases).toEqual([]);
      expect(await ok(gw, DELETE_ROUTE, { id: routeId, v: detached.version }, { token: editor })).toBe(routeId);
      errorOf(await gw.graphql(ROUTE, { id: routeId }, { token: editor }), 'NOT_FOUND');
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'DELETE' AND entity_type = 'LearningRoute' AND entity_id = $1`, [routeId])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'DELETE' AND entity_type = 'RouteCase' AND entity_id = $1`, [link.id])).toBe(1);
      // The practice stays, with no route.
      const practice = await ok(gw, `query($id: ID!) { practice(id: $id) { id routes { id } } }`, { id }, { token: editor });
      expect(practice).toEqual({ id, routes: [] });
    });
  });

  describe('recommendations', () => {
    let routeId: string;
    let areas: Record<string, string>;

    beforeAll(async () => {
      routeId = await createRoute(gw, editor, programmeId, { hostCountryCode: 'SN', workingLanguages: ['FR'] });
      areas = {};
      for (const code of ['multi', 'costing', 'tracking', 'advocacy']) areas[code] = await createThematicArea(gw, editor, code);
      await setLearningNeeds(gw, editor, 'BJ', [areas.multi, areas.costing, areas.tracking]);
      await setLearningNeeds(gw, editor, 'NE', [areas.costing, areas.tracking, areas.multi]);
      const practice = (title: string, codes: string[], status: string) =>
        practiceIn(gw, editor, status, { title: { en: title }, countryCode: 'SN', thematicAreaIds: codes.map((c) => areas[c]) });
      await practice('Community nutrition', ['multi'], 'PUBLISHED');
      await practice('Costed plan', ['costing', 'tracking'], 'SELECTED');
      await practice('Advocacy only', ['advocacy'], 'SYSTEMATIZED');
      await practice('Not yet assessed', ['multi', 'costing', 'tracking'], 'UNDER_ASSESSMENT');
      await practice('Rejected', ['multi', 'costing'], 'REJECTED');
      await practiceIn(gw, editor, 'PUBLISHED', { title: { en: 'Peruvian' }, countryCode: 'PE', thematicAreaIds: [areas.multi] });
    });

    it('ranks host-country candidates by need fit and score, saying why', async () => {
      const results = await recommend({ routeId, visiting: ['BJ', 'NE'] });
      expect(results).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
      expect(results.nodes.map((r: { practice: { title: string } }) => r.practice.title)).toEqual(['Costed plan', 'Community nutrition', 'Advocacy only']);
      const [costed, community, advocacy] = results.nodes;
      const total = 1 + 1 / 2 + 1 / 3;
      // BJ ranks costing 2nd and tracking 3rd; NE ranks them 1st and 2nd.
      expect(costed.fit).toBeCloseTo(((1 / 2 + 1 / 3) / total + (1 + 1 / 2) / total) / 2);
      expect(costed.assessmentScore).toBe(4);
      expect(costed.score).toBeCloseTo(0.7 * costed.fit + 0.3 * 0.8);
      expect(costed.reasons.map((r: { countryCode: string; rank: number; thematicArea: { code: string } }) => [r.countryCode, r.thematicArea.code, r.rank])).toEqual([
        ['NE', 'costing', 1],
        ['BJ', 'costing', 2],
        ['NE', 'tracking', 2],
        ['BJ', 'tracking', 3],
      ]);
      expect(costed.reasons[0].country).toEqual({ name: 'Niger' });
      expect(community.reasons.map((r: { countryCode: string; rank: number }) => [r.countryCode, r.rank])).toEqual([
        ['BJ', 1],
        ['NE', 3],
      ]);
      expect(advocacy).toMatchObject({ fit: 0, reasons: [] });
      expect(advocacy.score).toBeCloseTo(0.3 * 0.8);
    });

    it('lets the assessment score decide between equal fits, and takes the first N, then the next', async () => {
      const better = await practiceIn(gw, editor, 'SELECTED', { title: { en: 'Community nutrition, better assessed' }, countryCode: 'SN', thematicAreaIds: [areas.multi] });
      await completeAssessment(gw, editor, better, 5);
      const titles = (page: { nodes: { practice: { title: string } }[] }) => page.nodes.map((r) => r.practice.title);
      const top = await recommend({ routeId, visiting: ['BJ'], first: 2 });
      expect(top).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
      expect(titles(top)).toEqual(['Community nutrition, better assessed', 'Community nutrition']);
      const next = await recommend({ routeId, visiting: ['BJ'], first: 2, after: top.pageInfo.endCursor });
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect([...titles(top), ...titles(next)]).toEqual(titles(await recommend({ routeId, visiting: ['BJ'] })));
    });

    it("reads the visiting countries from the route's delegations when none are given", async () => {
      const delegationsEditor = await gw.tokenFor(Role.EDITOR, ['delegations']);
      const own = await createRoute(gw, editor, programmeId, { hostCountryCode: 'SN', workingLanguages: ['FR'] });
      for (const countryCode of ['NE', 'BJ']) {
        await ok(gw, `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`, { input: { routeId: own, name: countryCode, kind: 'NATIONAL_TEAM', countryCode } }, { token: delegationsEditor });
      }
      const fromDelegations = await recommend({ routeId: own });
      const given = await recommend({ routeId: own, visiting: ['BJ', 'NE'] });
      expect(fromDelegations.nodes).toEqual(given.nodes);
      expect(new Set(fromDelegations.nodes.flatMap((n: { reasons: { countryCode: string }[] }) => n.reasons.map((r) => r.countryCode)))).toEqual(new Set(['BJ', 'NE']));
      // The argument still overrides them.
      const override = await recommend({ routeId: own, visiting: ['BJ'] });
      expect(new Set(override.nodes.flatMap((n: { reasons: { countryCode: string }[] }) => n.reasons.map((r) => r.countryCode)))).toEqual(new Set(['BJ']));
    });

    it('ranks by score alone without visitors, and validates its arguments', async () => {
      const results = await recommend({ routeId });
      expect(results.nodes.length).toBeGreaterThan(0);
      expect(results.nodes.every((r: { fit: number; reasons: unknown[] }) => r.fit === 0 && r.reasons.length === 0)).toBe(true);
      expect(fieldsOf(await gw.graphql(RECOMMEND, { routeId, visiting: ['XX', 'BJ', 'benin'], first: 10 }, { token: editor })).map((f) => f.path)).toEqual(['visitingCountryCodes']);
      expect(fieldsOf(await gw.graphql(RECOMMEND, { routeId, visiting: ['XX', 'BJ'], first: 10 }, { token: editor }))).toEqual([{ path: 'visitingCountryCodes.0', message: 'no country has the code XX' }]);
      for (const first of [0, 101]) expect(fieldsOf(await gw.graphql(RECOMMEND, { routeId, first }, { token: editor })).map((f) => f.path)).toEqual(['first']);
      // first has no default any more: leaving it out is refused by the schema.
      const withoutFirst = await gw.graphql(`query($r: ID!) { recommendPractices(routeId: $r) { totalCount } }`, { r: routeId }, { token: editor });
      expect(withoutFirst.errors?.[0].message).toMatch(/"first"/);
      expect(fieldsOf(await gw.graphql(RECOMMEND, { routeId, first: 10, after: 'not-a-cursor' }, { token: editor }))).toEqual([
        { path: 'after', message: 'is not a cursor this API gave out for this list and order' },
      ]);
      errorOf(await gw.graphql(RECOMMEND, { routeId: UNKNOWN_ID, first: 10 }, { token: editor }), 'NOT_FOUND');
    });
  });
});
