import { Role, User, platformModule, rowsInPages } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { createUser } from './support';

/** `rowsInPages`: an export reads a list in pages, in the list's order, with its filters. */
describe('rows of an export, page by page', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule]);
    const admin = await gw.tokenFor(Role.ADMIN);
    for (const name of ['Csv Bravo', 'Csv Alpha', 'Csv Echo', 'Csv Charlie', 'Csv Charlie', 'Csv Delta', 'Other Person']) await createUser(gw, admin, { displayName: name });
  });
  afterAll(() => gw.close());

  const csvUsers = () => gw.dataSource.getRepository(User).createQueryBuilder('u').where(`u.display_name LIKE 'Csv %'`);

  it('reads every filtered row once, in the sort order, a page of the given size at a time', async () => {
    gw.resetQueryLog();
    const pages: string[][] = [];
    for await (const page of rowsInPages(csvUsers(), { expression: 'u.display_name', direction: 'ASC' }, 2)) pages.push(page.map((u) => u.displayName));
    expect(pages).toEqual([['Csv Alpha', 'Csv Bravo'], ['Csv Charlie', 'Csv Charlie'], ['Csv Delta', 'Csv Echo']]);
    // One statement per page, each asking for one row more than the page (to know if another follows), never all rows.
    const statements = gw.queryLog.filter((sql) => sql.includes('FROM "app_user"') && sql.includes('lr_sort_key'));
    expect(statements).toHaveLength(3);
    for (const sql of statements) {
      expect(sql).toMatch(/LIMIT 3/);
      expect(sql).not.toMatch(/OFFSET/i);
    }
  });

  it('yields nothing for a filter that matches nothing', async () => {
    const pages = [];
    for await (const page of rowsInPages(csvUsers().andWhere('false'), { expression: 'u.created_at', direction: 'DESC' })) pages.push(page);
    expect(pages).toEqual([]);
  });
});
