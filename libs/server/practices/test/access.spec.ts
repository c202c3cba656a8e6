import { Role } from '@lr/server-core';
import type { RequestOptions } from '@lr/server-core/testing';
import {
  completeAssessment,
  createApiKey,
  createPractice,
  createProgramme,
  createRoute,
  dataOf,
  errorOf,
  ok,
  practiceIn,
  restErrorOf,
  startPracticesGateway,
  whoIs,
  type PracticesGateway,
} from './practices-gateway';

const TABLES = ['practice', 'state_change', 'route_case', 'assessment', 'assessment_score', 'assessment_criterion', 'programme_criteria_choice', 'systematization_step', 'practice_material', 'audit_entry'];

describe('who may read and write practices', () => {
  let gw: PracticesGateway;
  let admin: string;
  let editor: string;
  let practice: { id: string; version: number };
  let routeId: string;
  let programmeId: string;
  let published: string;
  let selected: string;
  let reviewerId: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['practices']);
    programmeId = await createProgramme(gw, admin);
    routeId = await createRoute(gw, admin, programmeId);
    practice = await createPractice(gw, editor, { title: { en: 'Identified practice' } });
    selected = await practiceIn(gw, editor, 'SELECTED', { title: { en: 'Selected practice' } });
    published = await practiceIn(gw, editor, 'PUBLISHED', { title: { en: 'Published practice' } });
    await ok(gw, `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: published }, { token: editor });
    await ok(gw, `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: selected }, { token: editor });
    reviewerId = (await whoIs(gw, await gw.tokenFor(Role.REVIEWER))).id;
  });
  afterAll(() => gw.close());

  const count = async (table: string) => (await gw.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  /** Every editing mutation of the module with valid arguments, so a refusal can only come from the caller's rights. */
  const mutations = (): [string, string, Record<string, unknown>][] => [
    ['createPractice', `mutation { createPractice(input: { title: { en: "X" }, countryCode: "PE", level: DISTRICT }) { id } }`, {}],
    ['updatePractice', `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, title: { en: "Hijacked" } }) { id } }`, { id: practice.id, v: practice.version }],
    ['deletePractice', `mutation($id: ID!, $v: Int!) { deletePractice(id: $id, version: $v) }`, { id: practice.id, v: practice.version }],
    ['changePracticeStatus', `mutation($id: ID!, $v: Int!) { changePracticeStatus(practiceId: $id, toStatus: UNDER_ASSESSMENT, version: $v) { id } }`, { id: practice.id, v: practice.version }],
    ['attachPracticeToRoute', `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: practice.id }],
    ['detachPracticeFromRoute', `mutation($r: ID!, $p: ID!) { detachPracticeFromRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: published }],
    ['assignAssessor', `mutation($p: ID!, $u: ID!) { assignAssessor(input: { practiceId: $p, assessorId: $u }) { id } }`, { p: practice.id, u: reviewerId }],
    ['chooseProgrammeCriteriaSet', `mutation($p: ID!) { chooseProgrammeCriteriaSet(programmeId: $p, setKey: "SUITABILITY_BOX") { id } }`, { p: programmeId }],
    ['createAssessmentCriterion', `mutation($p: ID!) { createAssessmentCriterion(input: { programmeId: $p, code: "OWN", name: { en: "Own" } }) { id } }`, { p: programmeId }],
    ['createPracticeMaterial', `mutation($p: ID!) { createPracticeMaterial(input: { practiceId: $p, kind: VIDEO, language: EN, title: "V", url: "https://example.org/v" }) { id } }`, { p: practice.id }],
  ];

  async function expectRefused(options: RequestOptions, code: string) {
    const before = await Promise.all(TABLES.map(count));
    for (const [name, query, variables] of mutations()) {
      const res = await gw.graphql(query, variables, options);
      expect([name, res.errors?.map((e) => e.extensions?.['code'])]).toEqual([name, [code]]);
    }
    expect(await Promise.all(TABLES.map(count))).toEqual(before);
  }

  describe.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('a %s', (role) => {
    it('reads every practice but changes nothing (FORBIDDEN)', async () => {
      const token = await gw.tokenFor(role);
      const list = await ok(gw, `{ practices(first: 10) { totalCount } }`, {}, { token });
      expect(list.totalCount).toBe(3);
      await expectRefused({ token }, 'FORBIDDEN');
    });
  });

  it('refuses an editor of another module', async () => {
    await expectRefused({ token: await gw.tokenFor(Role.EDITOR, ['core']) }, 'FORBIDDEN');
  });

  it('refuses callers without credentials, even for reads', async () => {
    await expectRefused({}, 'UNAUTHENTICATED');
    errorOf(await gw.graphql(`{ practices(first: 1) { totalCount } }`), 'UNAUTHENTICATED');
    await restErrorOf(await fetch(`${gw.url}/practices/export.csv`), 401, 'UNAUTHENTICATED');
  });

  it('lets an admin edit practices', async () => {
    const created = dataOf(await gw.graphql(`mutation { createPractice(input: { title: { en: "By admin" }, countryCode: "PE", level: NATIONAL }) { id status } }`, {}, { token: admin }));
    expect(created['createPractice'].status).toBe('IDENTIFIED');
  });

  describe('partners (API keys)', () => {
    let apiKey: string;
    beforeAll(async () => {
      apiKey = (await createApiKey(gw, admin, [])).key;
      await completeAssessment(gw, editor, published, 5, 'Private remark');
    });

    it('cannot write', async () => {
      await expectRefused({ apiKey }, 'FORBIDDEN');
    });

    it('see published practices only, in lists, lookups, route cases, rankings and recommendations', async () => {
      const list = await ok(gw, `{ practices(first: 10, filter: { countryCode: "PE" }) { totalCount edges { node { title status } } } }`, {}, { apiKey });
      expect(list).toEqual({ totalCount: 1, edges: [{ node: { title: 'Published practice', status: 'PUBLISHED' } }] });
      errorOf(await gw.graphql(`query($id: ID!) { practice(id: $id) { id } }`, { id: selected }, { apiKey }), 'NOT_FOUND');
      const route = await ok(gw, `query($id: ID!) { route(id: $id) { cases { title } } }`, { id: routeId }, { apiKey });
      expect(route.cases).toEqual([{ title: 'Published practice' }]);
      const asEditor = await ok(gw, `query($id: ID!) { route(id: $id) { cases { title } } }`, { id: routeId }, { token: editor });
      expect(asEditor.cases).toEqual([{ title: 'Published practice' }, { title: 'Selected practice' }]);
      const ranking = await ok(gw, `query($r: ID) { practiceRanking(routeId: $r, first: 10) { totalCount edges { node { practice { title } } } } }`, { r: routeId }, { apiKey });
      expect(ranking).toEqual({ totalCount: 1, edges: [{ node: { practice: { title: 'Published practice' } } }] });
      const recommended = await ok(gw, `query($r: ID!) { recommendPractices(routeId: $r, first: 10) { totalCount edges { node { practice { title } } } } }`, { r: routeId }, { apiKey });
      expect(recommended).toEqual({ totalCount: 1, edges: [{ node: { practice: { title: 'Published practice' } } }] });
    });

    it('see scores but never who assessed nor their comments', async () => {
      const seen = await ok(
        gw,
        `query($id: ID!) { practice(id: $id) { score assessments { assessorId assessorName status scores { score comment } } } }`,
        { id: published },
        { apiKey },
      );
      expect(seen.score).not.toBeNull();
      expect(seen.assessments.length).toBeGreaterThan(0);
      for (const a of seen.assessments) {
        expect(a).toMatchObject({ assessorId: null, assessorName: null, status: 'SUBMITTED' });
        expect(a.scores.every((s: { comment: string | null }) => s.comment === null)).toBe(true);
      }
      const csv = await (await fetch(`${gw.url}/practices/export.csv`, { headers: { 'x-api-key': apiKey } })).text();
      expect(csv).not.toContain('Private remark');
      expect(csv).not.toContain('REVIEWER');
      expect(csv).toContain('Published practice');
      expect(csv).not.toContain('Selected practice');
    });

    it('cannot list assignments', async () => {
      errorOf(await gw.graphql(`{ myAssessments(first: 10) { edges { node { id } } } }`, {}, { apiKey }), 'FORBIDDEN');
    });
  });
});
