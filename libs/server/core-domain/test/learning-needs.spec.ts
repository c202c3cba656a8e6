import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { UNKNOWN_ID, createThematicArea, errorOf, fieldsOf, ok } from './helpers';

const SET = `mutation($input: SetLearningNeedsInput!) {
  setCountryLearningNeeds(input: $input) { id rank countryCode thematicAreaId source }
}`;
const COUNTRY_NEEDS = `query($code: ID!) { country(code: $code) { learningNeeds { rank source thematicArea { code } } } }`;
const NEEDS = `query($filter: LearningNeedFilter) {
  learningNeeds(first: 100, filter: $filter) { totalCount edges { node { rank country { code } thematicArea { code } } } }
}`;

describe('learning needs over the API', () => {
  let gw: TestGateway;
  let editor: string;
  const area: Record<string, string> = {};

  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    for (const code of ['costing', 'budget-tracking', 'multisector', 'advocacy', 'data']) {
      area[code] = (await createThematicArea(gw, editor, code)).id;
    }
  });
  afterAll(() => gw.close());

  const set = (countryCode: string, codes: string[], source?: string) =>
    gw.graphql(SET, { input: { countryCode, thematicAreaIds: codes.map((c) => area[c] ?? c), source } }, { token: editor });
  const ranking = async (code: string) =>
    (await ok(gw, COUNTRY_NEEDS, { code }, { token: editor })).learningNeeds.map((n: { rank: number; thematicArea: { code: string } }) => [n.rank, n.thematicArea.code]);

  it('ranks the areas 1..n in the order given', async () => {
    const res = await set('PE', ['budget-tracking', 'costing', 'advocacy'], ' SUN survey 2013 ');
    const saved = (res.data!['setCountryLearningNeeds'] as { rank: number; thematicAreaId: string; countryCode: string; source: string }[])
      .map((n) => [n.rank, n.thematicAreaId, n.countryCode, n.source]);
    expect(saved).toEqual([
      [1, area['budget-tracking'], 'PE', 'SUN survey 2013'],
      [2, area['costing'], 'PE', 'SUN survey 2013'],
      [3, area['advocacy'], 'PE', 'SUN survey 2013'],
    ]);
    expect(await ranking('PE')).toEqual([
      [1, 'budget-tracking'],
      [2, 'costing'],
      [3, 'advocacy'],
    ]);
  });

  it('replaces the whole previous ranking', async () => {
    await set('SN', ['costing', 'data', 'multisector', 'advocacy']);
    await set('SN', ['advocacy', 'costing']);
    expect(await ranking('SN')).toEqual([
      [1, 'advocacy'],
      [2, 'costing'],
    ]);
    const rows = await gw.dataSource.query(`SELECT rank FROM learning_need WHERE country_code = 'SN' ORDER BY rank`);
    expect(rows).toEqual([{ rank: 1 }, { rank: 2 }]);
  });

  it('can reverse a ranking in one call', async () => {
    await set('KE', ['costing', 'data', 'advocacy']);
    await set('KE', ['advocacy', 'data', 'costing']);
    expect(await ranking('KE')).toEqual([
      [1, 'advocacy'],
      [2, 'data'],
      [3, 'costing'],
    ]);
  });

  it('clears a ranking with an empty list', async () => {
    await set('GH', ['costing']);
    await set('GH', []);
    expect(await ranking('GH')).toEqual([]);
  });

  it('leaves other countries’ rankings alone', async () => {
    await set('BF', ['data']);
    await set('BJ', ['costing', 'data']);
    await set('BJ', ['advocacy']);
    expect(await ranking('BF')).toEqual([[1, 'data']]);
  });

  it('refuses an unknown country or a badly written code on input.countryCode', async () => {
    expect(fieldsOf(await set('ZZ', ['costing']))).toEqual([{ path: 'input.countryCode', message: 'no country has the code ZZ' }]);
    expect(fieldsOf(await set('pe', ['costing'])).map((f) => f.path)).toEqual(['input.countryCode']);
  });

  it('names the position of an unknown area, and keeps the old ranking', async () => {
    await set('MW', ['costing', 'data']);
    expect(fieldsOf(await set('MW', ['advocacy', UNKNOWN_ID]))).toEqual([{ path: 'input.thematicAreaIds.1', message: `no thematic area has the id ${UNKNOWN_ID}` }]);
    expect(await ranking('MW')).toEqual([
      [1, 'costing'],
      [2, 'data'],
    ]);
  });

  it('refuses an area listed twice', async () => {
    expect(fieldsOf(await set('TZ', ['costing', 'data', 'costing']))).toEqual([{ path: 'input.thematicAreaIds', message: 'lists an area twice' }]);
  });

  it('lists needs by country then rank, filtered by country or area', async () => {
    await set('NP', ['multisector', 'costing']);
    await set('BD', ['costing']);
    const byCountry = await ok(gw, NEEDS, { filter: { countryCode: 'NP' } }, { token: editor });
    expect(byCountry.edges.map((e: { node: { rank: number; thematicArea: { code: string } } }) => [e.node.rank, e.node.thematicArea.code])).toEqual([
      [1, 'multisector'],
      [2, 'costing'],
    ]);
    const byArea = await ok(gw, NEEDS, { filter: { thematicAreaId: area['multisector'] } }, { token: editor });
    expect(byArea.edges.map((e: { node: { country: { code: string } } }) => e.node.country.code)).toEqual(['NP']);
    const all = await ok(gw, NEEDS, {}, { token: editor });
    const countries: string[] = all.edges.map((e: { node: { country: { code: string } } }) => e.node.country.code);
    expect(countries).toEqual([...countries].sort());
    expect(all.totalCount).toBe(all.edges.length);
  });

  it('is FORBIDDEN to a viewer', async () => {
    const viewer = await gw.tokenFor(Role.VIEWER);
    errorOf(await gw.graphql(SET, { input: { countryCode: 'PE', thematicAreaIds: [] } }, { token: viewer }), 'FORBIDDEN');
    expect(await ranking('PE')).toHaveLength(3);
  });
});
