import { Role, platformModule } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { createUser, dataOf, libraryModule, onlyError } from './support';

const USERS = `query($first: Int!, $after: String) {
  users(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { displayName } } }
}`;

/** Keyset cursors: a page starts after the last row seen, whatever was inserted meanwhile. */
describe('keyset cursors', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
    // Users list by display name; two share a name, so the id breaks the tie.
    for (const name of ['Kit Bravo', 'Kit Alpha', 'Kit Delta', 'Kit Charlie', 'Kit Charlie', 'Kit Echo']) await createUser(gw, admin, { displayName: name });
  });
  afterAll(() => gw.close());

  const page = async (first: number, after?: string | null) => dataOf(await gw.graphql(USERS, { first, after }, { token: admin }))['users'];
  const kitNames = (edges: { node: { displayName: string } }[]) => edges.map((e) => e.node.displayName).filter((n) => n.startsWith('Kit '));

  it('pages through every row exactly once, in order, ties broken by id', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const current = await page(2, after);
      seen.push(...current.edges.map((e: { node: { displayName: string } }) => e.node.displayName));
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null);
      after = current.pageInfo.hasNextPage ? current.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(seen.filter((n) => n.startsWith('Kit '))).toEqual(['Kit Alpha', 'Kit Bravo', 'Kit Charlie', 'Kit Charlie', 'Kit Delta', 'Kit Echo']);
    expect(new Set(seen).size + 1).toBe(seen.length); // only the two Charlies share a name
  });

  it('does not shift the next page when a row is inserted before the cursor', async () => {
    const all = await page(100);
    const charlieAt = all.edges.findIndex((e: { node: { displayName: string } }) => e.node.displayName === 'Kit Charlie');
    const upToFirstCharlie = await page(charlieAt + 1);
    await createUser(gw, admin, { displayName: 'Kit Aardvark' });
    const next = await page(3, upToFirstCharlie.pageInfo.endCursor);
    expect(kitNames(next.edges)).toEqual(['Kit Charlie', 'Kit Delta', 'Kit Echo']);
  });

  it('costs one statement for the rows, whatever the page, and no OFFSET', async () => {
    const first = await page(2);
    gw.resetQueryLog();
    await page(2, first.pageInfo.endCursor);
    const rowsQuery = gw.queryLog.find((sql) => sql.includes('FROM "app_user"') && sql.includes('lr_sort_key'));
    expect(rowsQuery).toBeDefined();
    expect(rowsQuery).not.toMatch(/OFFSET/i);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['a cursor of another order', Buffer.from(JSON.stringify({ s: 'xxxxxxxx', k: 'a', id: '00000000-0000-4000-8000-000000000000' })).toString('base64url')],
    ['a forged id', 'FORGE_ID'],
    ['an offset cursor of the old kind', Buffer.from('cursor:99999999999').toString('base64url')],
  ])('refuses %s on after with BAD_USER_INPUT', async (_label, cursor) => {
    let after = cursor;
    if (cursor === 'FORGE_ID') {
      const real = JSON.parse(Buffer.from((await page(1)).pageInfo.endCursor, 'base64url').toString('utf8'));
      after = Buffer.from(JSON.stringify({ ...real, id: "x' OR 1=1 --" })).toString('base64url');
    }
    const error = onlyError(await gw.graphql(USERS, { first: 2, after }, { token: admin }));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'after', message: 'is not a cursor this API gave out for this list and order' }] });
  });
});
