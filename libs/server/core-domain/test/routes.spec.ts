import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, createThematicArea, dataOf, errorOf, fieldsOf, ok } from './helpers';

const CREATE_ROUTE = `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`;
const UPDATE_ROUTE = `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id version title startDate endDate } }`;
const DELETE_ROUTE = `mutation($id: ID!, $version: Int!) { deleteRoute(id: $id, version: $version) }`;
const ROUTES = `query($first: Int!, $after: String, $filter: RouteFilter, $sort: RouteSort) {
  routes(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges { cursor node { id title startDate } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe('learning routes over the API', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    programmeId = await createProgramme(gw, admin);
  });
  afterAll(() => gw.close());

  /** Tries to create a route in the pilot programme and returns the response. */
  function tryCreate(input: Record<string, unknown>) {
    const base = { programmeId, title: { en: 'A route' }, hostCountryCode: 'PE', workingLanguages: ['ES', 'EN'] };
    return gw.graphql(CREATE_ROUTE, { input: { ...base, ...input } }, { token: editor });
  }

  async function routeCount(): Promise<number> {
    const rows = await gw.dataSource.query(`SELECT count(*)::int AS n FROM learning_route`);
    return rows[0].n;
  }

  it('creates a route and reads it back with its host country', async () => {
    const { id } = await createRoute(gw, editor, { programmeId, title: { en: 'Peru route', fr: 'Route du Pérou' }, startDate: '2014-06-09', endDate: '2014-06-16' });
    const res = await gw.graphql(`query($id: ID!) { route(id: $id) { title phase durationDays hostCountry { code name } programme { id } } }`, { id }, { token: editor });
    expect(res.data!['route']).toEqual({ title: 'Peru route', phase: 'PLANNING', durationDays: 8, hostCountry: { code: 'PE', name: 'Peru' }, programme: { id: programmeId } });
  });

  it('stores working languages, summary and learning objectives as sent', async () => {
    const { id } = await createRoute(gw, editor, {
      programmeId,
      title: { en: '  Senegal route  ' },
      summary: { fr: 'Résumé' },
      learningObjectives: { en: 'Learn costing' },
      hostCountryCode: 'SN',
      workingLanguages: ['FR', 'EN', 'FR'],
    });
    const route = await ok(
      gw,
      `query($id: ID!) { route(id: $id) { title summary learningObjectives workingLanguages hostCountryCode startDate durationDays version } }`,
      { id },
      { token: editor },
    );
    expect(route).toEqual({
      title: 'Senegal route',
      summary: 'Résumé',
      learningObjectives: 'Learn costing',
      workingLanguages: ['FR', 'EN'],
      hostCountryCode: 'SN',
      startDate: null,
      durationDays: null,
      version: 1,
    });
  });

  it('refuses a route longer than the programme allows, on the endDate field', async () => {
    const res = await gw.graphql(
      `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
      { input: { programmeId, title: { en: 'Too long' }, hostCountryCode: 'SN', workingLanguages: ['FR'], startDate: '2014-10-01', endDate: '2014-10-09' } },
      { token: editor },
    );
    expect(res.errors![0].extensions!['code']).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!['fields']).toEqual([{ path: 'input.endDate', message: 'a route lasts at most 8 days on the ground; this one lasts 9' }]);
  });

  describe('field validation', () => {
    it('refuses a title with no language on input.title', async () => {
      expect(fieldsOf(await tryCreate({ title: {} }))).toEqual([{ path: 'input.title', message: 'needs a text in at least one language (en, fr or es)' }]);
    });

    it('refuses a title that is only blanks on input.title', async () => {
      expect(fieldsOf(await tryCreate({ title: { en: '   ', fr: '' } })).map((f) => f.path)).toEqual(['input.title']);
    });

    it('refuses an impossible date on input.startDate', async () => {
      expect(fieldsOf(await tryCreate({ startDate: '2014-02-30', endDate: '2014-03-02' }))).toEqual([
        { path: 'input.startDate', message: 'must be a date written YYYY-MM-DD' },
      ]);
    });

    it('refuses a date written the wrong way on input.endDate', async () => {
      expect(fieldsOf(await tryCreate({ startDate: '2014-06-09', endDate: '16/06/2014' })).map((f) => f.path)).toEqual(['input.endDate']);
    });

    it('refuses a badly written country code on input.hostCountryCode', async () => {
      expect(fieldsOf(await tryCreate({ hostCountryCode: 'pe' }))).toEqual([
        { path: 'input.hostCountryCode', message: 'must be an ISO 3166-1 alpha-2 code such as PE' },
      ]);
      expect(fieldsOf(await tryCreate({ hostCountryCode: 'PER' })).map((f) => f.path)).toEqual(['input.hostCountryCode']);
    });

    it('refuses an unknown country on input.hostCountryCode', async () => {
      expect(fieldsOf(await tryCreate({ hostCountryCode: 'ZZ' }))).toEqual([{ path: 'input.hostCountryCode', message: 'no country has the code ZZ' }]);
    });

    it('names the position of an unknown thematic area', async () => {
      const area = await createThematicArea(gw, editor, 'valid-area-for-route');
      expect(fieldsOf(await tryCreate({ thematicAreaIds: [area.id, UNKNOWN_ID] }))).toEqual([
        { path: 'input.thematicAreaIds.1', message: `no thematic area has the id ${UNKNOWN_ID}` },
      ]);
      expect(fieldsOf(await tryCreate({ thematicAreaIds: [UNKNOWN_ID] })).map((f) => f.path)).toEqual(['input.thematicAreaIds.0']);
    });

    it('refuses an unknown programme on input.programmeId', async () => {
      expect(fieldsOf(await tryCreate({ programmeId: UNKNOWN_ID }))).toEqual([{ path: 'input.programmeId', message: `no programme has the id ${UNKNOWN_ID}` }]);
    });

    it('refuses an end date before the start date', async () => {
      expect(fieldsOf(await tryCreate({ startDate: '2014-06-16', endDate: '2014-06-09' }))).toEqual([
        { path: 'input.endDate', message: 'must be on or after the start date' },
      ]);
    });

    it('refuses dates outside the programme period', async () => {
      const fields = fieldsOf(await tryCreate({ startDate: '2013-12-30', endDate: '2014-01-02' }));
      expect(fields).toEqual([{ path: 'input.startDate', message: 'must not be before the programme starts (2014-01-01)' }]);
      const late = fieldsOf(await tryCreate({ startDate: '2014-12-28', endDate: '2015-01-02' }));
      expect(late).toEqual([{ path: 'input.endDate', message: 'must not be after the programme ends (2014-12-31)' }]);
    });

    it('refuses a route with no working language', async () => {
      expect(fieldsOf(await tryCreate({ workingLanguages: [] }))).toEqual([{ path: 'input.workingLanguages', message: 'needs at least one working language' }]);
    });

    it('reports every failing field at once', async () => {
      const paths = fieldsOf(await tryCreate({ hostCountryCode: 'ZZ', thematicAreaIds: [UNKNOWN_ID], startDate: '2014-06-16', endDate: '2014-06-09' })).map((f) => f.path);
      expect(paths.sort()).toEqual(['input.endDate', 'input.hostCountryCode', 'input.thematicAreaIds.0']);
    });

    it('creates nothing when the input is refused', async () => {
      const before = await routeCount();
      await tryCreate({ hostCountryCode: 'ZZ' });
      await tryCreate({ startDate: '2014-02-30' });
      expect(await routeCount()).toBe(before);
    });

    it('checks the dates of an update against the stored ones', async () => {
      const route = await createRoute(gw, editor, { programmeId, startDate: '2014-06-09', endDate: '2014-06-12' });
      const res = await gw.graphql(UPDATE_ROUTE, { input: { id: route.id, version: route.version, startDate: '2014-06-20' } }, { token: editor });
      expect(fieldsOf(res)).toEqual([{ path: 'input.endDate', message: 'must be on or after the start date' }]);
    });
  });

  describe('lookup by id', () => {
    it('answers NOT_FOUND for an unknown route id', async () => {
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { id } }`, { id: UNKNOWN_ID }, { token: editor });
      expect(errorOf(res, 'NOT_FOUND').extensions).toMatchObject({ entity: 'LearningRoute', id: UNKNOWN_ID });
      expect(res.data).toBeNull();
    });

    it('answers NOT_FOUND, not a server error, for an id that is not a uuid', async () => {
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { id } }`, { id: 'not-a-uuid' }, { token: editor });
      errorOf(res, 'NOT_FOUND');
    });

    it('answers NOT_FOUND when updating or deleting an unknown route', async () => {
      errorOf(await gw.graphql(UPDATE_ROUTE, { input: { id: UNKNOWN_ID, version: 1, title: { en: 'x' } } }, { token: editor }), 'NOT_FOUND');
      errorOf(await gw.graphql(DELETE_ROUTE, { id: UNKNOWN_ID, version: 1 }, { token: editor }), 'NOT_FOUND');
    });
  });

  describe('language of texts', () => {
    let routeId: string;
    beforeAll(async () => {
      ({ id: routeId } = await createRoute(gw, editor, { programmeId, title: { en: 'Budget tracking in Peru' }, summary: { es: 'Resumen' } }));
    });

    it('falls back to English when the French title is missing', async () => {
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { title } }`, { id: routeId }, { token: editor, language: 'fr-FR,fr;q=0.9' });
      expect(dataOf(res)['route'].title).toBe('Budget tracking in Peru');
    });

    it('falls back to any language when neither the wanted one nor English exists', async () => {
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { summary } }`, { id: routeId }, { token: editor, language: 'fr' });
      expect(dataOf(res)['route'].summary).toBe('Resumen');
    });

    it('reads the title in the Accept-Language, and lets the lang argument override it', async () => {
      const { id } = await createRoute(gw, editor, { programmeId, title: { en: 'Peru route', fr: 'Route du Pérou', es: 'Ruta del Perú' } });
      const q = `query($id: ID!) { route(id: $id) { title fr: title(lang: FR) en: title(lang: EN) titleTranslations { en fr es } } }`;
      const inSpanish = dataOf(await gw.graphql(q, { id }, { token: editor, language: 'es' }))['route'];
      expect(inSpanish).toEqual({
        title: 'Ruta del Perú',
        fr: 'Route du Pérou',
        en: 'Peru route',
        titleTranslations: { en: 'Peru route', fr: 'Route du Pérou', es: 'Ruta del Perú' },
      });
    });

    it('returns only the versions there are in titleTranslations', async () => {
      const res = await gw.graphql(`query($id: ID!) { route(id: $id) { titleTranslations { en fr es } } }`, { id: routeId }, { token: editor });
      expect(dataOf(res)['route'].titleTranslations).toEqual({ en: 'Budget tracking in Peru', fr: null, es: null });
    });
  });

  describe('optimistic concurrency', () => {
    it('refuses a stale version with CONFLICT and keeps the first change', async () => {
      const route = await createRoute(gw, editor, { programmeId, title: { en: 'Original' } });
      const first = await gw.graphql(UPDATE_ROUTE, { input: { id: route.id, version: route.version, title: { en: 'First edit' } } }, { token: editor });
      expect(dataOf(first)['updateRoute']).toMatchObject({ title: 'First edit', version: route.version + 1 });

      const second = await gw.graphql(UPDATE_ROUTE, { input: { id: route.id, version: route.version, title: { en: 'Second edit' } } }, { token: admin });
      expect(errorOf(second, 'CONFLICT').extensions).toMatchObject({ expectedVersion: route.version, currentVersion: route.version + 1 });

      const [row] = await gw.dataSource.query(`SELECT title, version FROM learning_route WHERE id = $1`, [route.id]);
      expect(row).toEqual({ title: { en: 'First edit' }, version: route.version + 1 });
    });

    it('refuses a delete with a stale version and keeps the route', async () => {
      const route = await createRoute(gw, editor, { programmeId, title: { en: 'Keep me' } });
      dataOf(await gw.graphql(UPDATE_ROUTE, { input: { id: route.id, version: route.version, title: { en: 'Kept' } } }, { token: editor }));
      errorOf(await gw.graphql(DELETE_ROUTE, { id: route.id, version: route.version }, { token: editor }), 'CONFLICT');
      const rows = await gw.dataSource.query(`SELECT title FROM learning_route WHERE id = $1`, [route.id]);
      expect(rows).toEqual([{ title: { en: 'Kept' } }]);
    });

    it('deletes a route with the current version', async () => {
      const route = await createRoute(gw, editor, { programmeId, title: { en: 'Delete me' } });
      expect(dataOf(await gw.graphql(DELETE_ROUTE, { id: route.id, version: route.version }, { token: editor }))['deleteRoute']).toBe(route.id);
      errorOf(await gw.graphql(`query($id: ID!) { route(id: $id) { id } }`, { id: route.id }, { token: editor }), 'NOT_FOUND');
    });

    it('leaves fields that an update does not send as they were', async () => {
      const route = await createRoute(gw, editor, { programmeId, title: { en: 'Untouched', fr: 'Intact' }, startDate: '2014-03-03', endDate: '2014-03-05' });
      const updated = await ok(gw, UPDATE_ROUTE, { input: { id: route.id, version: route.version, endDate: '2014-03-06' } }, { token: editor });
      expect(updated).toMatchObject({ title: 'Untouched', startDate: '2014-03-03', endDate: '2014-03-06' });
    });
  });

  describe('filters and sorting', () => {
    let other: string;
    let areaA: string;
    let areaB: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      other = await createProgramme(gw, admin, { name: { en: 'Second programme' }, startDate: '2015-01-01', endDate: '2015-12-31' });
      areaA = (await createThematicArea(gw, editor, 'filters-area-a')).id;
      areaB = (await createThematicArea(gw, editor, 'filters-area-b')).id;
      ids['alpha'] = (await createRoute(gw, editor, { programmeId: other, title: { en: 'Alpha route' }, hostCountryCode: 'KE', startDate: '2015-03-01', endDate: '2015-03-05', thematicAreaIds: [areaA] })).id;
      ids['bravo'] = (await createRoute(gw, editor, { programmeId: other, title: { en: 'bravo route' }, hostCountryCode: 'PE', startDate: '2015-01-10', endDate: '2015-01-12', thematicAreaIds: [areaA, areaB] })).id;
      ids['charlie'] = (await createRoute(gw, editor, { programmeId: other, title: { en: 'Charlie route', fr: 'Atelier fromager' }, hostCountryCode: 'KE', startDate: '2015-06-01', endDate: '2015-06-02' })).id;
      ids['delta'] = (await createRoute(gw, editor, { programmeId: other, title: { fr: 'Bilan seulement' }, summary: { es: 'Aprender del manglar' }, hostCountryCode: 'SN' })).id;
      await ok(gw, `mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION, version: 1) { phase } }`, { id: ids['bravo'] }, { token: editor });
    });

    async function list(filter: Record<string, unknown>, sort?: Record<string, unknown>) {
      const data = await ok(gw, ROUTES, { first: 100, filter: { programmeId: other, ...filter }, sort }, { token: editor });
      return data.edges.map((e: { node: { id: string } }) => e.node.id);
    }
    const names = (found: string[]) => found.map((id) => Object.keys(ids).find((k) => ids[k] === id));

    it('lists only the routes of a programme', async () => {
      expect(names(await list({})).sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
      const pilot = await ok(gw, ROUTES, { first: 100, filter: { programmeId } }, { token: editor });
      expect(pilot.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(ids['alpha']);
    });

    it('filters by host country', async () => {
      expect(names(await list({ hostCountryCode: 'KE' })).sort()).toEqual(['alpha', 'charlie']);
    });

    it('refuses a badly written host country filter on filter.hostCountryCode', async () => {
      const res = await gw.graphql(ROUTES, { first: 10, filter: { hostCountryCode: 'ke' } }, { token: editor });
      expect(fieldsOf(res).map((f) => f.path)).toEqual(['filter.hostCountryCode']);
    });

    it('filters by phases', async () => {
      expect(names(await list({ phases: ['SYSTEMATIZATION'] }))).toEqual(['bravo']);
      expect(names(await list({ phases: ['PLANNING', 'SYSTEMATIZATION'] })).sort()).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
      expect(await list({ phases: ['CLOSED'] })).toEqual([]);
    });

    it('filters by thematic area', async () => {
      expect(names(await list({ thematicAreaId: areaA })).sort()).toEqual(['alpha', 'bravo']);
      expect(names(await list({ thematicAreaId: areaB }))).toEqual(['bravo']);
    });

    it('filters by start date range', async () => {
      expect(names(await list({ startsFrom: '2015-02-01', startsUntil: '2015-04-01' }))).toEqual(['alpha']);
    });

    it('searches titles in any language, case-insensitively', async () => {
      expect(names(await list({ search: 'fromager' }))).toEqual(['charlie']);
      expect(names(await list({ search: 'SEULEMENT' }))).toEqual(['delta']);
      expect(names(await list({ search: 'BRAVO' }))).toEqual(['bravo']);
    });

    it('searches summaries too', async () => {
      expect(names(await list({ search: 'manglar' }))).toEqual(['delta']);
    });

    it('treats % and _ in a search as plain characters', async () => {
      expect(await list({ search: '%' })).toEqual([]);
      expect(await list({ search: '_' })).toEqual([]);
    });

    it('sorts by start date by default, routes without dates last', async () => {
      expect(names(await list({}))).toEqual(['bravo', 'alpha', 'charlie', 'delta']);
    });

    it('sorts by start date descending', async () => {
      expect(names(await list({ startsFrom: '2015-01-01' }, { field: 'START_DATE', direction: 'DESC' }))).toEqual(['charlie', 'alpha', 'bravo']);
    });

    it('sorts by title ignoring case, ascending and descending', async () => {
      const dated = { startsFrom: '2015-01-01' };
      expect(names(await list(dated, { field: 'TITLE', direction: 'ASC' }))).toEqual(['alpha', 'bravo', 'charlie']);
      expect(names(await list(dated, { field: 'TITLE', direction: 'DESC' }))).toEqual(['charlie', 'bravo', 'alpha']);
    });

    it('sorts a route without an English title by the title it shows', async () => {
      expect(names(await list({}, { field: 'TITLE', direction: 'ASC' }))).toEqual(['alpha', 'delta', 'bravo', 'charlie']);
      expect(names(await list({}, { field: 'TITLE', direction: 'DESC' }))).toEqual(['charlie', 'bravo', 'delta', 'alpha']);
    });

    it('sorts by title in the language the caller reads', async () => {
      const data = await ok(gw, ROUTES, { first: 100, filter: { programmeId: other }, sort: { field: 'TITLE', direction: 'ASC' } }, { token: editor, language: 'fr' });
      const shown = data.edges.map((e: { node: { title: string } }) => e.node.title);
      expect(shown).toEqual(['Alpha route', 'Atelier fromager', 'Bilan seulement', 'bravo route']);
    });

    it('sorts by phase in the order of the phase machine', async () => {
      const found = names(await list({ startsFrom: '2015-01-01' }, { field: 'PHASE', direction: 'DESC' }));
      expect(found[0]).toBe('bravo');
    });
  });

  describe('pagination', () => {
    let programme: string;
    const titles = Array.from({ length: 7 }, (_, i) => `Paged route ${i + 1}`);

    beforeAll(async () => {
      programme = await createProgramme(gw, admin, { name: { en: 'Paged' } });
      for (const [i, title] of titles.entries()) {
        await createRoute(gw, editor, { programmeId: programme, title: { en: title }, startDate: `2014-05-0${i + 1}`, endDate: `2014-05-0${i + 1}` });
      }
    });

    const page = (first: number, after?: string) => gw.graphql(ROUTES, { first, after, filter: { programmeId: programme } }, { token: editor });

    it('refuses first: 0 and first: 101 on the path first', async () => {
      expect(fieldsOf(await page(0))).toEqual([{ path: 'first', message: expect.any(String) }]);
      expect(fieldsOf(await page(101))).toEqual([{ path: 'first', message: expect.any(String) }]);
      expect(fieldsOf(await page(-5)).map((f) => f.path)).toEqual(['first']);
    });

    it('accepts first: 1 and first: 100', async () => {
      expect(dataOf(await page(1))['routes'].edges).toHaveLength(1);
      expect(dataOf(await page(100))['routes'].edges).toHaveLength(7);
    });

    it('walks every page with after cursors, without overlap or gaps', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      const flags: [boolean, boolean][] = [];
      for (;;) {
        const conn = dataOf(await page(3, after))['routes'];
        expect(conn.totalCount).toBe(7);
        seen.push(...conn.edges.map((e: { node: { title: string } }) => e.node.title));
        flags.push([conn.pageInfo.hasPreviousPage, conn.pageInfo.hasNextPage]);
        expect(conn.pageInfo.endCursor).toBe(conn.edges[conn.edges.length - 1].cursor);
        expect(conn.pageInfo.startCursor).toBe(conn.edges[0].cursor);
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(titles);
      expect(flags).toEqual([
        [false, true],
        [true, true],
        [true, false],
      ]);
    });

    it('returns an empty last page with null cursors past the end', async () => {
      const last = dataOf(await page(7))['routes'];
      const beyond = dataOf(await page(3, last.pageInfo.endCursor))['routes'];
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
      expect(beyond.totalCount).toBe(7);
    });

    it('refuses a cursor the API did not give out, on after', async () => {
      expect(fieldsOf(await page(3, 'garbage'))).toEqual([{ path: 'after', message: 'is not a cursor this API gave out for this list and order' }]);
      const forged = Buffer.from('cursor:-1').toString('base64url');
      expect(fieldsOf(await page(3, forged)).map((f) => f.path)).toEqual(['after']);
    });
  });
});
