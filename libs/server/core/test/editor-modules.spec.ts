import { platformModule, Role } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { createUser, dataOf, libraryModule, onlyError } from './support';

// The admin portal offers these as the modules an editor writes in: each must be one the API takes.
describe('the modules an editor may be given', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  it('lists the composed modules, without the platform, and each is accepted for an EDITOR', async () => {
    const modules: string[] = dataOf(await gw.graphql(`{ editorModules }`, {}, { token: admin }))['editorModules'];
    expect(modules).toEqual(['library']);
    for (const module of modules) expect((await createUser(gw, admin, { role: 'EDITOR', modules: [module] })).modules).toEqual([module]);
  });

  it('is for admins only', async () => {
    for (const role of [Role.EDITOR, Role.VIEWER]) {
      const token = await gw.tokenFor(role, role === Role.EDITOR ? ['library'] : []);
      expect(onlyError(await gw.graphql(`{ editorModules }`, {}, { token })).extensions!['code']).toBe('FORBIDDEN');
    }
  });
});
