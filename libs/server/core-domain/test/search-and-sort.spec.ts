import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { createOrganisation, createPerson, ok } from './helpers';

const PEOPLE = `query($filter: PersonFilter, $sort: PersonSort, $after: String, $first: Int!) {
  people(first: $first, after: $after, filter: $filter, sort: $sort) { edges { node { fullName } } pageInfo { endCursor hasNextPage } }
}`;
const ORGS = `query($filter: OrganisationFilter, $sort: OrganisationSort, $after: String, $first: Int!) {
  organisations(first: $first, after: $after, filter: $filter, sort: $sort) { edges { node { name } } pageInfo { endCursor hasNextPage } }
}`;

/** Every name of a list, walking its pages `first` at a time (so the keyset cursors follow the same order). */
async function allNames(gw: TestGateway, token: string, query: string, variables: Record<string, unknown>, first = 2): Promise<string[]> {
  const names: string[] = [];
  let after: string | null = null;
  do {
    const page: { edges: { node: { fullName?: string; name?: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await ok(gw, query, { ...variables, first, after }, { token });
    names.push(...page.edges.map((e) => e.node.fullName ?? e.node.name ?? ''));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return names;
}

describe('search ignores accents and case; names sort as people read them', () => {
  let gw: TestGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
    for (const [givenName, familyName] of [
      ['Marleni', 'Huamaní Cárdenas'],
      ['Wilber', 'Ccori Huamán'],
      ['Élodie', 'Zongo'],
      ['aminata', 'diop'],
      ['Jorge', 'Taipe Quispe'],
    ]) {
      await createPerson(gw, editor, { givenName, familyName });
    }
    for (const name of ['PROCASUR', 'Partnership for nutrition', 'Secretaría Técnica de Nutrición', 'ministère de la Santé', 'Oxfam']) {
      await createOrganisation(gw, editor, { name, type: 'NGO' });
    }
  });
  afterAll(() => gw.close());

  const peopleNamed = async (search: string) => (await allNames(gw, editor, PEOPLE, { filter: { search } }, 100)).sort();
  const orgsNamed = async (search: string) => (await allNames(gw, editor, ORGS, { filter: { search } }, 100)).sort();

  it('finds "Huamaní" when "Huamani" is typed, and the other way round', async () => {
    expect(await peopleNamed('Huamani')).toEqual(['Marleni Huamaní Cárdenas']);
    expect(await peopleNamed('HUAMANÍ')).toEqual(['Marleni Huamaní Cárdenas']);
    expect(await peopleNamed('huaman')).toEqual(['Marleni Huamaní Cárdenas', 'Wilber Ccori Huamán']);
    expect(await peopleNamed('elodie')).toEqual(['Élodie Zongo']);
  });

  it('finds "Secretaría" when "secretaria" is typed, in organisations too', async () => {
    expect(await orgsNamed('secretaria tecnica')).toEqual(['Secretaría Técnica de Nutrición']);
    expect(await orgsNamed('MINISTERE')).toEqual(['ministère de la Santé']);
  });

  it('still takes the wildcards people type literally', async () => {
    expect(await orgsNamed('%')).toEqual([]);
  });

  it('sorts organisations by name ignoring case, page after page', async () => {
    const names = await allNames(gw, editor, ORGS, {});
    expect(names).toEqual(['ministère de la Santé', 'Oxfam', 'Partnership for nutrition', 'PROCASUR', 'Secretaría Técnica de Nutrición']);
    const descending = await allNames(gw, editor, ORGS, { sort: { field: 'NAME', direction: 'DESC' } });
    expect(descending).toEqual([...names].reverse());
  });

  it('sorts people by family name by default and by given name on request, accents and case second', async () => {
    expect(await allNames(gw, editor, PEOPLE, {})).toEqual([
      'Wilber Ccori Huamán',
      'aminata diop',
      'Marleni Huamaní Cárdenas',
      'Jorge Taipe Quispe',
      'Élodie Zongo',
    ]);
    expect(await allNames(gw, editor, PEOPLE, { sort: { field: 'GIVEN_NAME', direction: 'ASC' } })).toEqual([
      'aminata diop',
      'Élodie Zongo',
      'Jorge Taipe Quispe',
      'Marleni Huamaní Cárdenas',
      'Wilber Ccori Huamán',
    ]);
  });

  it('refuses a cursor of one order on another', async () => {
    const first: { pageInfo: { endCursor: string } } = await ok(gw, PEOPLE, { first: 1 }, { token: editor });
    const res = await gw.graphql(PEOPLE, { first: 1, after: first.pageInfo.endCursor, sort: { field: 'GIVEN_NAME', direction: 'ASC' } }, { token: editor });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
