import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { addTraining, createChampion, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { fieldsOf, ok } from './helpers';

const LIST = `query($filter: ChampionFilter, $first: Int!, $after: String) {
  champions(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { person { familyName } } } }
}`;

describe('filtering the champions list', () => {
  let gw: TestGateway;
  let editor: string;
  let kitchens: string;
  let gardens: string;
  let areaId: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
    areaId = (await ok(gw, `mutation { createThematicArea(input: { code: "advocacy", name: { en: "Advocacy" } }) { id } }`, {}, { token: editor })).id;
    kitchens = await insertPractice(gw);
    gardens = await insertPractice(gw, 'SELECTED' as never);
    const huamani = await createChampion(gw, editor, { languages: ['es', 'qu'], bio: { es: 'Promotora de cocinas comunitarias' } }, { givenName: 'Marleni', familyName: 'Huamaní', countryCode: 'PE' });
    const taipe = await createChampion(gw, editor, { languages: ['es'], thematicAreaIds: [areaId] }, { givenName: 'Jorge', familyName: 'Taipe', countryCode: 'PE' });
    const diop = await createChampion(gw, editor, { languages: ['fr', 'wo'], bio: { fr: 'Relais communautaire', en: 'Community relay' } }, { givenName: 'Aminata', familyName: 'Diop', countryCode: 'SN' });
    await createChampion(gw, editor, { languages: ['fr', 'en'], thematicAreaIds: [areaId] }, { givenName: 'Moussa', familyName: 'Sarr', countryCode: 'SN' });
    await linkPractice(gw, editor, huamani.id, kitchens, 'LEADER');
    await linkPractice(gw, editor, taipe.id, kitchens, 'OFFICIAL');
    await linkPractice(gw, editor, diop.id, gardens, 'LEADER');
    await addTraining(gw, editor, huamani.id, { completed: true });
    await addTraining(gw, editor, diop.id, { completed: true });
    // Enrolled but not completed: still untrained.
    await addTraining(gw, editor, taipe.id, { completed: false, date: '2999-01-01' });
  });
  afterAll(() => gw.close());

  async function names(filter: Record<string, unknown> | null, first = 10) {
    const list = await ok(gw, LIST, { filter, first }, { token: editor });
    expect(list.totalCount).toBe(list.edges.length);
    return list.edges.map((e: { node: { person: { familyName: string } } }) => e.node.person.familyName);
  }

  it('lists everyone sorted by family name', async () => {
    expect(await names(null)).toEqual(['Diop', 'Huamaní', 'Sarr', 'Taipe']);
  });

  it('filters by training: completed at least one, or none completed', async () => {
    expect(await names({ trained: true })).toEqual(['Diop', 'Huamaní']);
    expect(await names({ trained: false })).toEqual(['Sarr', 'Taipe']);
  });

  it('filters by language, practice, country and thematic area', async () => {
    expect(await names({ language: 'fr' })).toEqual(['Diop', 'Sarr']);
    expect(await names({ language: 'qu' })).toEqual(['Huamaní']);
    expect(await names({ practiceId: kitchens })).toEqual(['Huamaní', 'Taipe']);
    expect(await names({ practiceId: gardens })).toEqual(['Diop']);
    expect(await names({ countryCode: 'SN' })).toEqual(['Diop', 'Sarr']);
    expect(await names({ thematicAreaId: areaId })).toEqual(['Sarr', 'Taipe']);
  });

  it('searches names and bios in every language, case-insensitively', async () => {
    expect(await names({ search: 'marleni' })).toEqual(['Huamaní']);
    expect(await names({ search: 'COMMUNITY RELAY' })).toEqual(['Diop']);
    expect(await names({ search: 'cocinas' })).toEqual(['Huamaní']);
    expect(await names({ search: '%' })).toEqual([]);
  });

  it('combines filters', async () => {
    expect(await names({ countryCode: 'PE', trained: false })).toEqual(['Taipe']);
    expect(await names({ language: 'fr', trained: true, practiceId: gardens })).toEqual(['Diop']);
    expect(await names({ countryCode: 'SN', practiceId: kitchens })).toEqual([]);
  });

  it('pages through the list with cursors', async () => {
    const first = await ok(gw, LIST, { first: 3 }, { token: editor });
    expect(first).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    const second = await ok(gw, LIST, { first: 3, after: first.pageInfo.endCursor }, { token: editor });
    expect(second.edges.map((e: { node: { person: { familyName: string } } }) => e.node.person.familyName)).toEqual(['Taipe']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses malformed filters with their paths', async () => {
    const res = await gw.graphql(LIST, { first: 101, filter: { language: 'French', countryCode: 'per', practiceId: 'x' } }, { token: editor });
    expect(fieldsOf(res).map((f) => f.path).sort()).toEqual(['filter.countryCode', 'filter.language', 'filter.practiceId', 'first']);
  });
});
