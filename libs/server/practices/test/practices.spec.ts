import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '@lr/server-core';
import {
  CREATE_PRACTICE,
  createProgramme,
  createRoute,
  createThematicArea,
  dataOf,
  errorOf,
  fieldsOf,
  ok,
  practiceIn,
  startPracticesGateway,
  UNKNOWN_ID,
  type PracticesGateway,
} from './practices-gateway';

const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id version title summary locality level thematicAreaIds } }`;
const LIST = `query($filter: PracticeFilter, $sort: PracticeSort) { practices(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { title } } } }`;

describe('practices: records, lists and validation', () => {
  let gw: PracticesGateway;
  let editor: string;
  let areaA: string;
  let areaB: string;
  let orgId: string;
  let routeId: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
    areaA = await createThematicArea(gw, editor, 'area-a');
    areaB = await createThematicArea(gw, editor, 'area-b');
    orgId = (await ok(gw, `mutation { createOrganisation(input: { name: "MIDIS", type: GOVERNMENT, countryCode: "PE" }) { id } }`, {}, { token: editor })).id;
    routeId = await createRoute(gw, editor, await createProgramme(gw, editor));
  });
  afterAll(() => gw.close());

  const create = (input: Record<string, unknown>) => gw.graphql(CREATE_PRACTICE, { input: { title: { en: 'X' }, countryCode: 'PE', level: 'DISTRICT', ...input } }, { token: editor });
  const titles = async (filter: Record<string, unknown>, sort?: Record<string, unknown>) =>
    (await ok(gw, LIST, { filter, sort }, { token: editor })).edges.map((e: { node: { title: string } }) => e.node.title);

  it('creates a practice with every field of the domain, IDENTIFIED, and reads it back', async () => {
    const input = {
      title: { en: 'District articulation', es: 'Articulación distrital' },
      countryCode: 'PE',
      locality: '  Ayacucho  ',
      level: 'DISTRICT',
      leadingOrganisationIds: [orgId],
      summary: { en: 'Sectors agree common targets.' },
      keySuccessFactors: { en: 'Mayors chair the committee.' },
      lessonsLearned: { es: 'Sin datos no hay reuniones.' },
      innovations: { en: 'A shared nominal register.' },
      evidence: { en: 'Stunting fell.' },
      thematicAreaIds: [areaA, areaB],
    };
    const { id } = dataOf(await create(input))['createPractice'];
    const practice = await ok(
      gw,
      `query($id: ID!) { practice(id: $id) {
        title(lang: ES) titleTranslations { en es fr } countryCode country { name } locality level
        leadingOrganisationIds leadingOrganisations { name } summary keySuccessFactors lessonsLearned innovations evidence
        thematicAreaIds thematicAreas { code } status version score completeAssessmentCount assessments { id } routes { id } materials { id } systematizationSteps { id }
      } }`,
      { id },
      { token: editor },
    );
    expect(practice).toEqual({
      title: 'Articulación distrital',
      titleTranslations: { en: 'District articulation', es: 'Articulación distrital', fr: null },
      countryCode: 'PE',
      country: { name: 'Peru' },
      locality: 'Ayacucho',
      level: 'DISTRICT',
      leadingOrganisationIds: [orgId],
      leadingOrganisations: [{ name: 'MIDIS' }],
      summary: 'Sectors agree common targets.',
      keySuccessFactors: 'Mayors chair the committee.',
      lessonsLearned: 'Sin datos no hay reuniones.',
      innovations: 'A shared nominal register.',
      evidence: 'Stunting fell.',
      thematicAreaIds: [areaA, areaB],
      thematicAreas: [{ code: 'area-a' }, { code: 'area-b' }],
      status: 'IDENTIFIED',
      version: 1,
      score: null,
      completeAssessmentCount: 0,
      assessments: [],
      routes: [],
      materials: [],
      systematizationSteps: [],
    });
  });

  it('reports each invalid field with its path', async () => {
    expect(fieldsOf(await create({ title: { en: '  ' }, countryCode: 'Peru', level: 'DISTRICT', thematicAreaIds: ['nope'] })).map((f) => f.path).sort()).toEqual([
      'input.countryCode',
      'input.thematicAreaIds',
      'input.title',
    ]);
    expect(fieldsOf(await create({ countryCode: 'XX', thematicAreaIds: [areaA, UNKNOWN_ID], leadingOrganisationIds: [UNKNOWN_ID] }))).toEqual([
      { path: 'input.countryCode', message: 'no country has the code XX' },
      { path: 'input.leadingOrganisationIds.0', message: `no organisation has the id ${UNKNOWN_ID}` },
      { path: 'input.thematicAreaIds.1', message: `no thematic area has the id ${UNKNOWN_ID}` },
    ]);
    const res = await gw.graphql(CREATE_PRACTICE, { input: { title: { en: 'X' }, countryCode: 'PE', level: 'CITY' } }, { token: editor });
    expect(res.errors?.[0].message).toMatch(/CITY/);
  });

  it('updates the fields sent, keeps the others, and refuses a stale version with CONFLICT', async () => {
    const { id } = dataOf(await create({ title: { en: 'Before' }, summary: { en: 'Kept' } }))['createPractice'];
    const updated = await ok(gw, UPDATE, { input: { id, version: 1, title: { en: 'After' }, level: 'PROVINCIAL', locality: null } }, { token: editor });
    expect(updated).toMatchObject({ title: 'After', summary: 'Kept', level: 'PROVINCIAL', locality: null, version: 2 });
    const stale = errorOf(await gw.graphql(UPDATE, { input: { id, version: 1, title: { en: 'Lost' } } }, { token: editor }), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    errorOf(await gw.graphql(`mutation($id: ID!) { deletePractice(id: $id, version: 1) }`, { id }, { token: editor }), 'CONFLICT');
    expect(fieldsOf(await gw.graphql(UPDATE, { input: { id, version: 2, thematicAreaIds: [UNKNOWN_ID] } }, { token: editor }))).toEqual([
      { path: 'input.thematicAreaIds.0', message: `no thematic area has the id ${UNKNOWN_ID}` },
    ]);
  });

  it('deletes a practice with its assessments, scores, steps, materials, route links and history, auditing each removal', async () => {
    const id = await practiceIn(gw, editor, 'SELECTED');
    await ok(gw, `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: id }, { token: editor });
    const CREATE_MATERIAL = `mutation($input: CreatePracticeMaterialInput!) { createPracticeMaterial(input: $input) { id } }`;
    const stored = await ok(gw, CREATE_MATERIAL, { input: { practiceId: id, kind: 'CASE_DOCUMENT', language: 'EN', title: 'Stored case' } }, { token: editor });
    await ok(gw, CREATE_MATERIAL, { input: { practiceId: id, kind: 'VIDEO', language: 'EN', title: 'Linked video', url: 'https://example.org/v' } }, { token: editor });
    const upload = await fetch(`${gw.url}/practices/materials/${stored.id}/file`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/pdf' },
      body: Buffer.from('%PDF-1.4\n% stored\n'),
    });
    expect(upload.status).toBe(200);
    const fileDir = join(gw.fileDir, 'practices', 'materials', stored.id);
    expect(await readdir(fileDir)).toHaveLength(1);

    // Every row that goes with the practice, by the entity type its audit entry names.
    const ids = async (sql: string, params: unknown[]) => ((await gw.dataSource.query(sql, params)) as { id: string }[]).map((r) => r.id);
    const owned: Record<string, string[]> = {
      Practice: [id],
      Assessment: await ids(`SELECT id FROM assessment WHERE practice_id = $1`, [id]),
      AssessmentScore: await ids(`SELECT s.id FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id WHERE a.practice_id = $1`, [id]),
      SystematizationStep: await ids(`SELECT id FROM systematization_step WHERE practice_id = $1`, [id]),
      PracticeMaterial: await ids(`SELECT id FROM practice_material WHERE practice_id = $1`, [id]),
      RouteCase: await ids(`SELECT id FROM route_case WHERE practice_id = $1`, [id]),
      StateChange: await ids(`SELECT id FROM state_change WHERE machine = 'practice.status' AND record_id = $1`, [id]),
    };
    expect(Object.fromEntries(Object.entries(owned).map(([type, list]) => [type, list.length]))).toEqual({
      Practice: 1,
      Assessment: 1,
      AssessmentScore: 7,
      SystematizationStep: 6,
      PracticeMaterial: 2,
      RouteCase: 1,
      StateChange: 2,
    });
    const tables: Record<string, string> = {
      Practice: 'practice',
      Assessment: 'assessment',
      AssessmentScore: 'assessment_score',
      SystematizationStep: 'systematization_step',
      PracticeMaterial: 'practice_material',
      RouteCase: 'route_case',
      StateChange: 'state_change',
    };
    const remaining = async () => {
      const left: Record<string, number> = {};
      for (const [type, list] of Object.entries(owned)) left[type] = (await gw.dataSource.query(`SELECT count(*)::int AS n FROM ${tables[type]} WHERE id = ANY($1)`, [list]))[0].n;
      return left;
    };
    const deletions = async () => {
      const found: Record<string, number> = {};
      for (const [type, list] of Object.entries(owned)) {
        found[type] = (await gw.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE action = 'DELETE' AND entity_type = $1 AND entity_id = ANY($2)`, [type, list]))[0].n;
      }
      return found;
    };
    const counts = (pick: (list: string[]) => number) => Object.fromEntries(Object.entries(owned).map(([type, list]) => [type, pick(list)]));
    const { version } = await ok(gw, `query($id: ID!) { practice(id: $id) { version } }`, { id }, { token: editor });
    const DELETE = `mutation($id: ID!, $v: Int!) { deletePractice(id: $id, version: $v) }`;

    // A delete that fails once the children are gone rolls everything back, and the file stays.
    await gw.dataSource.query(`CREATE FUNCTION test_refuse_practice_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await gw.dataSource.query(`CREATE TRIGGER test_refuse_practice_delete BEFORE DELETE ON practice FOR EACH ROW WHEN (OLD.id = '${id}') EXECUTE FUNCTION test_refuse_practice_delete()`);
    try {
      errorOf(await gw.graphql(DELETE, { id, v: version }, { token: editor }), 'INTERNAL_SERVER_ERROR');
    } finally {
      await gw.dataSource.query(`DROP TRIGGER test_refuse_practice_delete ON practice`);
      await gw.dataSource.query(`DROP FUNCTION test_refuse_practice_delete()`);
    }
    expect(await remaining()).toEqual(counts((list) => list.length));
    expect(await deletions()).toEqual(counts(() => 0));
    expect(await readdir(fileDir)).toHaveLength(1);

    expect(await ok(gw, DELETE, { id, v: version }, { token: editor })).toBe(id);
    expect(await remaining()).toEqual(counts(() => 0));
    expect(await deletions()).toEqual(counts((list) => list.length));
    // The stored file went once the delete had committed.
    expect(await readdir(fileDir)).toHaveLength(0);
    errorOf(await gw.graphql(`query($id: ID!) { practice(id: $id) { id } }`, { id }, { token: editor }), 'NOT_FOUND');
  });

  describe('filters and sorting', () => {
    beforeAll(async () => {
      await gw.dataSource.query(`DELETE FROM practice`);
      await create({ title: { en: 'Filter Alpha', fr: 'Filtre Alpha' }, countryCode: 'PE', level: 'COMMUNITY', thematicAreaIds: [areaA], summary: { fr: 'cantine scolaire' } });
      await create({ title: { en: 'Filter Beta' }, countryCode: 'SN', level: 'NATIONAL', thematicAreaIds: [areaB], lessonsLearned: { es: 'presupuesto participativo' } });
      const gamma = await practiceIn(gw, editor, 'UNDER_ASSESSMENT', { title: { en: 'Filter Gamma' }, countryCode: 'PE', level: 'DISTRICT', thematicAreaIds: [areaA, areaB] });
      await ok(gw, `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: gamma }, { token: editor });
    });

    it('filters by country, statuses, level, thematic area and route', async () => {
      expect(await titles({ countryCode: 'PE' })).toEqual(['Filter Alpha', 'Filter Gamma']);
      expect(await titles({ statuses: ['UNDER_ASSESSMENT', 'PUBLISHED'] })).toEqual(['Filter Gamma']);
      expect(await titles({ statuses: ['IDENTIFIED'] })).toEqual(['Filter Alpha', 'Filter Beta']);
      expect(await titles({ level: 'NATIONAL' })).toEqual(['Filter Beta']);
      expect(await titles({ thematicAreaId: areaB })).toEqual(['Filter Beta', 'Filter Gamma']);
      expect(await titles({ routeId })).toEqual(['Filter Gamma']);
      expect(await titles({ countryCode: 'PE', thematicAreaId: areaB })).toEqual(['Filter Gamma']);
    });

    it('searches title, summary and lessons learned in any language, taking wildcards literally', async () => {
      expect(await titles({ search: 'filtre' })).toEqual(['Filter Alpha']);
      expect(await titles({ search: 'CANTINE' })).toEqual(['Filter Alpha']);
      expect(await titles({ search: 'presupuesto' })).toEqual(['Filter Beta']);
      expect(await titles({ search: '%' })).toEqual([]);
    });

    it('sorts by title (default), status and country, both ways', async () => {
      expect(await titles({}, { field: 'TITLE', direction: 'DESC' })).toEqual(['Filter Gamma', 'Filter Beta', 'Filter Alpha']);
      expect((await titles({}, { field: 'STATUS', direction: 'DESC' }))[0]).toBe('Filter Gamma');
      expect((await titles({}, { field: 'COUNTRY', direction: 'DESC' }))[0]).toBe('Filter Beta');
    });

    it('pages with cursors and refuses bad filter values with their path', async () => {
      const page = await ok(gw, `{ practices(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`, {}, { token: editor });
      expect(page).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      const next = await ok(gw, `query($after: String) { practices(first: 2, after: $after) { edges { node { title } } } }`, { after: page.pageInfo.endCursor }, { token: editor });
      expect(next.edges).toEqual([{ node: { title: 'Filter Gamma' } }]);
      expect(fieldsOf(await gw.graphql(`{ practices(first: 101) { totalCount } }`, {}, { token: editor })).map((f) => f.path)).toEqual(['first']);
      // A cursor is good only for the list and order that gave it out.
      const invalid = [{ path: 'after', message: 'is not a cursor this API gave out for this list and order' }];
      const PAGE = `query($after: String, $sort: PracticeSort) { practices(first: 2, after: $after, sort: $sort) { totalCount } }`;
      expect(fieldsOf(await gw.graphql(PAGE, { after: 'not-a-cursor' }, { token: editor }))).toEqual(invalid);
      expect(fieldsOf(await gw.graphql(PAGE, { after: page.pageInfo.endCursor, sort: { field: 'COUNTRY', direction: 'ASC' } }, { token: editor }))).toEqual(invalid);
      const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(page.pageInfo.endCursor, 'base64url').toString()), id: 'not-an-id' })).toString('base64url');
      expect(fieldsOf(await gw.graphql(PAGE, { after: forged }, { token: editor }))).toEqual(invalid);
      expect(fieldsOf(await gw.graphql(`{ practices(first: 5, filter: { countryCode: "peru", routeId: "x" }) { totalCount } }`, {}, { token: editor })).map((f) => f.path).sort()).toEqual([
        'filter.countryCode',
        'filter.routeId',
      ]);
    });
  });
});
