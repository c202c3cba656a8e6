import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { startCoreGateway } from './core-gateway';
import { fieldsOf } from './helpers';

/** Text PostgreSQL cannot store is refused up front, naming the field, never an internal error. */
describe('input hygiene', () => {
  let gw: TestGateway;
  let editor: string;
  beforeAll(async () => {
    gw = await startCoreGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core']);
  });
  afterAll(() => gw.close());

  const message = 'must not contain NUL characters or invalid UTF-8';

  it('refuses a NUL byte in a search filter sent as a variable', async () => {
    const res = await gw.graphql(`query($f: RouteFilter) { routes(first: 5, filter: $f) { totalCount } }`, { f: { search: 'Peru\u0000' } }, { token: editor });
    expect(res.status).toBe(200);
    expect(fieldsOf(res)).toEqual([{ path: 'filter.search', message }]);
  });

  it('refuses a NUL byte written in the query itself, and a broken surrogate in a nested input, listing each', async () => {
    const res = await gw.graphql(
      `mutation($title: LocalizedTextInput!) { createThematicArea(input: { code: "bad\\u0000code", name: $title }) { id } }`,
      { title: { en: 'ok', fr: 'mal\ud800formé' } },
      { token: editor },
    );
    expect(fieldsOf(res)).toEqual([
      { path: 'input.code', message },
      { path: 'input.name.fr', message },
    ]);
    expect(await gw.dataSource.query(`SELECT id FROM thematic_area WHERE code LIKE 'bad%'`)).toEqual([]);
  });

  it('lets ordinary accented text through', async () => {
    const res = await gw.graphql(`query($f: RouteFilter) { routes(first: 5, filter: $f) { totalCount } }`, { f: { search: 'Huamaní – São Tomé' } }, { token: editor });
    expect(res.errors).toBeUndefined();
  });
});
