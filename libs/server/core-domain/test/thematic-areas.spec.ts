import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createProgramme, createRoute, startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, createThematicArea, dataOf, errorOf, fieldsOf, ok } from './helpers';

const CREATE = `mutation($input: CreateThematicAreaInput!) { createThematicArea(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateThematicAreaInput!) { updateThematicArea(input: $input) { id version code name descriptionTranslations { en fr es } } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteThematicArea(id: $id, version: $version) }`;
const AREA = `query($id: ID!) { thematicArea(id: $id) { code name nameTranslations { en fr es } description } }`;
const AREAS = `query($filter: ThematicAreaFilter) { thematicAreas(first: 100, filter: $filter) { totalCount edges { node { code } } } }`;

describe('thematic areas over the API', () => {
  let gw: TestGateway;
  let editor: string;
  let programmeId: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    programmeId = await createProgramme(gw, editor);
  });
  afterAll(() => gw.close());

  const tryCreate = (input: Record<string, unknown>) => gw.graphql(CREATE, { input: { code: 'some-area', name: { en: 'Some area' }, ...input } }, { token: editor });
  const exists = async (id: string) => (await gw.dataSource.query(`SELECT 1 FROM thematic_area WHERE id = $1`, [id])).length === 1;

  it('creates an area and reads it in the caller’s language', async () => {
    const { id } = await createThematicArea(gw, editor, 'costing-nutrition-plans', { en: 'Costing of national nutrition plans', fr: 'Chiffrage des plans nationaux de nutrition' });
    const area = await ok(gw, AREA, { id }, { token: editor, language: 'fr' });
    expect(area).toEqual({
      code: 'costing-nutrition-plans',
      name: 'Chiffrage des plans nationaux de nutrition',
      nameTranslations: { en: 'Costing of national nutrition plans', fr: 'Chiffrage des plans nationaux de nutrition', es: null },
      description: null,
    });
  });

  it('refuses a code that is not lower-case words joined by hyphens', async () => {
    const message = 'must be lower-case words joined by hyphens, e.g. budget-tracking';
    expect(fieldsOf(await tryCreate({ code: 'Budget Tracking' }))).toEqual([{ path: 'input.code', message }]);
    expect(fieldsOf(await tryCreate({ code: 'budget--tracking' })).map((f) => f.path)).toEqual(['input.code']);
    expect(fieldsOf(await tryCreate({ code: '-budget' })).map((f) => f.path)).toEqual(['input.code']);
  });

  it('refuses a name with no language', async () => {
    expect(fieldsOf(await tryCreate({ name: {} })).map((f) => f.path)).toEqual(['input.name']);
  });

  it('refuses a second area with the same code, with CONFLICT', async () => {
    await createThematicArea(gw, editor, 'unique-code');
    expect(errorOf(await tryCreate({ code: 'unique-code' }), 'CONFLICT').message).toMatch(/code/);
  });

  it('answers NOT_FOUND for an unknown area', async () => {
    errorOf(await gw.graphql(AREA, { id: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });

  it('updates, keeping what is not sent, and refuses a stale version', async () => {
    const { id } = await createThematicArea(gw, editor, 'to-update', { en: 'To update' });
    const updated = await ok(gw, UPDATE, { input: { id, version: 1, description: { es: 'Descripción' } } }, { token: editor });
    expect(updated).toEqual({ id, version: 2, code: 'to-update', name: 'To update', descriptionTranslations: { en: null, fr: null, es: 'Descripción' } });
    errorOf(await gw.graphql(UPDATE, { input: { id, version: 1, code: 'stale' } }, { token: editor }), 'CONFLICT');
    expect((await ok(gw, AREA, { id }, { token: editor })).code).toBe('to-update');
  });

  describe('listing', () => {
    beforeAll(async () => {
      await gw.graphql(CREATE, { input: { code: 'list-water', name: { en: 'Water and sanitation' }, description: { fr: 'Assainissement rural' } } }, { token: editor });
      await gw.graphql(CREATE, { input: { code: 'list-advocacy', name: { en: 'Advocacy', es: 'Incidencia política' } } }, { token: editor });
    });
    const codes = async (filter: Record<string, unknown>) => (await ok(gw, AREAS, { filter }, { token: editor })).edges.map((e: { node: { code: string } }) => e.node.code);

    it('orders by English name', async () => {
      const all: string[] = await codes({});
      expect(all.indexOf('list-advocacy')).toBeLessThan(all.indexOf('list-water'));
      expect(all[0]).toBe('list-advocacy');
    });

    it('searches code, name and description in any language', async () => {
      expect(await codes({ search: 'list-' })).toEqual(['list-advocacy', 'list-water']);
      expect(await codes({ search: 'incidencia' })).toEqual(['list-advocacy']);
      expect(await codes({ search: 'assainissement' })).toEqual(['list-water']);
    });
  });

  describe('deleting', () => {
    it('refuses while a route is tagged with it, then allows it once untagged', async () => {
      const area = await createThematicArea(gw, editor, 'used-by-route');
      const route = await createRoute(gw, editor, { programmeId, thematicAreaIds: [area.id] });
      const error = errorOf(await gw.graphql(DELETE, { id: area.id, version: 1 }, { token: editor }), 'CONFLICT');
      expect(error.message).toMatch(/thematic area \(used-by-route\) is still referred to by 1 learning route/);
      expect(error.extensions!['references']).toEqual([{ entity: 'LearningRoute', count: 1 }]);
      expect(await exists(area.id)).toBe(true);

      dataOf(await gw.graphql(`mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id } }`, { input: { id: route.id, version: route.version, thematicAreaIds: [] } }, { token: editor }));
      expect(dataOf(await gw.graphql(DELETE, { id: area.id, version: 1 }, { token: editor }))['deleteThematicArea']).toBe(area.id);
      expect(await exists(area.id)).toBe(false);
    });

    it('refuses while a programme is tagged with it', async () => {
      const area = await createThematicArea(gw, editor, 'used-by-programme');
      await createProgramme(gw, editor, { thematicAreaIds: [area.id] });
      errorOf(await gw.graphql(DELETE, { id: area.id, version: 1 }, { token: editor }), 'CONFLICT');
      expect(await exists(area.id)).toBe(true);
    });

    it('refuses while a country’s learning needs rank it', async () => {
      const area = await createThematicArea(gw, editor, 'used-by-need');
      dataOf(await gw.graphql(`mutation { setCountryLearningNeeds(input: { countryCode: "ML", thematicAreaIds: ["${area.id}"] }) { rank } }`, {}, { token: editor }));
      errorOf(await gw.graphql(DELETE, { id: area.id, version: 1 }, { token: editor }), 'CONFLICT');
      expect(await exists(area.id)).toBe(true);
    });

    it('refuses a stale version', async () => {
      const area = await createThematicArea(gw, editor, 'stale-delete');
      dataOf(await gw.graphql(UPDATE, { input: { id: area.id, version: 1, name: { en: 'Renamed' } } }, { token: editor }));
      errorOf(await gw.graphql(DELETE, { id: area.id, version: 1 }, { token: editor }), 'CONFLICT');
      expect(await exists(area.id)).toBe(true);
    });
  });
});
