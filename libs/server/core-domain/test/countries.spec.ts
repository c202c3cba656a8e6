import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { errorOf, fieldsOf, ok } from './helpers';

const COUNTRIES = `query($first: Int!, $after: String, $filter: CountryFilter) {
  countries(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { code name } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;
const COUNTRY = `query($code: ID!) { country(code: $code) { code name fr: name(lang: FR) nameTranslations { en fr es } } }`;

describe('countries over the API', () => {
  let gw: TestGateway;
  let viewer: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    viewer = await gw.tokenFor(Role.VIEWER);
  });
  afterAll(() => gw.close());

  const search = async (term: string, language?: string) =>
    (await ok(gw, COUNTRIES, { first: 100, filter: { search: term } }, { token: viewer, language })).edges.map((e: { node: { code: string } }) => e.node.code);

  it('has the 249 ISO 3166-1 countries, seeded by migration', async () => {
    const conn = await ok(gw, COUNTRIES, { first: 1 }, { token: viewer });
    expect(conn.totalCount).toBe(249);
    expect(conn.pageInfo.hasNextPage).toBe(true);
  });

  it('walks all 249 in pages of 100, by English name, without overlap', async () => {
    const codes: string[] = [];
    const names: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const conn = await ok(gw, COUNTRIES, { first: 100, after }, { token: viewer });
      codes.push(...conn.edges.map((e: { node: { code: string } }) => e.node.code));
      names.push(...conn.edges.map((e: { node: { name: string } }) => e.node.name));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(codes).toHaveLength(249);
    expect(new Set(codes).size).toBe(249);
    expect(names[0]).toBe('Afghanistan');
    expect(codes).toEqual(expect.arrayContaining(['PE', 'SN', 'KE', 'GB']));
  });

  it('finds a country by its name in any language', async () => {
    expect(await search('pér')).toContain('PE');
    expect(await search('Perú')).toEqual(['PE']);
    expect(await search('SÉNÉGAL')).toEqual(['SN']);
    expect(await search('Royaume-Uni')).toEqual(['GB']);
  });

  it('finds a country by its code', async () => {
    expect(await search('pe')).toContain('PE');
    expect(await search('KE')).toContain('KE');
  });

  it('finds nothing for an unknown term', async () => {
    const conn = await ok(gw, COUNTRIES, { first: 10, filter: { search: 'Atlantis' } }, { token: viewer });
    expect(conn).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
  });

  it('reads one country in the caller’s language, with every version', async () => {
    const country = await ok(gw, COUNTRY, { code: 'pe' }, { token: viewer, language: 'es' });
    expect(country).toEqual({ code: 'PE', name: 'Perú', fr: 'Pérou', nameTranslations: { en: 'Peru', fr: 'Pérou', es: 'Perú' } });
  });

  it('answers null for a code no country has', async () => {
    expect(await ok(gw, COUNTRY, { code: 'ZZ' }, { token: viewer })).toBeNull();
    expect(await ok(gw, COUNTRY, { code: 'PERU' }, { token: viewer })).toBeNull();
  });

  it('refuses first outside 1-100 on the path first', async () => {
    expect(fieldsOf(await gw.graphql(COUNTRIES, { first: 0 }, { token: viewer })).map((f) => f.path)).toEqual(['first']);
    expect(fieldsOf(await gw.graphql(COUNTRIES, { first: 101 }, { token: viewer })).map((f) => f.path)).toEqual(['first']);
  });

  it('needs a signed-in caller', async () => {
    errorOf(await gw.graphql(COUNTRIES, { first: 5 }), 'UNAUTHENTICATED');
  });
});
