import { inviteUser, Language, platformModule, RequestContext, Role, ValidationError, type UserPrincipal } from '../src';
import { constraintsOf, errorOf, ok, startTestGateway, type TestGateway } from '../src/testing';
import { CREATE_USER, libraryModule, PASSWORD, uniqueEmail, UPDATE_USER } from './support';

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } } }`;
const REVOKE_KEY = `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`;
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

// Every refusal of the platform's users, invitations and API keys names its rule
// (`constraint`), so the admin section words it in the reader's language, not the server's English.
describe('the constraint codes of the platform’s refusals', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, libraryModule]);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());

  const createUser = (input: Record<string, unknown>) =>
    gw.graphql(CREATE_USER, { input: { email: uniqueEmail(), displayName: 'Someone', password: PASSWORD, role: 'VIEWER', ...input } }, { token: admin });

  it('names the module rules of an account', async () => {
    expect(constraintsOf(await createUser({ role: 'EDITOR' }))).toEqual([{ path: 'input.modules', constraint: 'editorNeedsModule' }]);
    expect(constraintsOf(await createUser({ role: 'EDITOR', modules: ['astrology'] }))).toEqual([{ path: 'input.modules', constraint: 'knownModules' }]);
    expect(constraintsOf(await createUser({ role: 'VIEWER', modules: ['library'] }))).toEqual([{ path: 'input.modules', constraint: 'modulesOnlyForEditor' }]);
    const user = await ok(gw, CREATE_USER, { input: { email: uniqueEmail(), displayName: 'Editor', password: PASSWORD, role: 'EDITOR', modules: ['library'] } }, { token: admin });
    const res = await gw.graphql(UPDATE_USER, { input: { id: user.id, version: user.version, modules: [] } }, { token: admin });
    expect(constraintsOf(res)).toEqual([{ path: 'input.modules', constraint: 'editorNeedsModule' }]);
  });

  it('names an admin’s removal of their own access', async () => {
    const { me } = (await gw.graphql(`{ me { id version } }`, {}, { token: admin })).data as { me: { id: string; version: number } };
    expect(constraintsOf(await gw.graphql(UPDATE_USER, { input: { id: me.id, version: me.version, role: 'VIEWER' } }, { token: admin }))).toEqual([{ path: 'input.role', constraint: 'ownAdminAccess' }]);
    expect(constraintsOf(await gw.graphql(UPDATE_USER, { input: { id: me.id, version: me.version, active: false } }, { token: admin }))).toEqual([{ path: 'input.active', constraint: 'ownAdminAccess' }]);
  });

  it('names the refusals of an invitation', async () => {
    const twoLines = await gw.graphql(INVITE, { input: { email: uniqueEmail(), displayName: 'Two\nlines', role: 'VIEWER' } }, { token: admin });
    expect(constraintsOf(twoLines)).toEqual([{ path: 'input.displayName', constraint: 'oneLineName' }]);
    const editor = await gw.graphql(INVITE, { input: { email: uniqueEmail(), displayName: 'Ed', role: 'EDITOR' } }, { token: admin });
    expect(constraintsOf(editor)).toEqual([{ path: 'input.modules', constraint: 'editorNeedsModule' }]);

    const owner = uniqueEmail('owner');
    await ok(gw, CREATE_USER, { input: { email: owner, displayName: 'Owner', password: PASSWORD, role: 'VIEWER' } }, { token: admin });
    const taken = errorOf(await gw.graphql(INVITE, { input: { email: owner, displayName: 'Impostor', role: 'VIEWER' } }, { token: admin }), 'CONFLICT');
    expect(taken.extensions).toMatchObject({ constraint: 'emailTaken', email: owner });

    // Modules invite people too (a delegation's editor invites a participant); only an admin may invite an ADMIN.
    const editorId = gw.gateway.runtime.tokens.verify(await gw.tokenFor(Role.EDITOR, ['library']))!;
    const principal: UserPrincipal = { kind: 'user', userId: editorId, email: 'editor@test.example', displayName: 'Editor', role: Role.EDITOR, modules: ['library'], personId: null };
    const ctx = new RequestContext({ dataSource: gw.dataSource, runtime: gw.gateway.runtime, principal });
    const refused = await inviteUser(ctx, { email: uniqueEmail(), displayName: 'Boss', role: Role.ADMIN, language: Language.EN }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toEqual([{ path: 'input.role', message: 'only an admin may invite an ADMIN', constraint: 'adminInvitesAdmin' }]);
  });

  it('names the refusals of an API key', async () => {
    expect(constraintsOf(await gw.graphql(CREATE_KEY, { input: { name: 'Past', expiresAt: inDays(-1) } }, { token: admin }))).toEqual([{ path: 'input.expiresAt', constraint: 'expiryInFuture' }]);
    expect(constraintsOf(await gw.graphql(CREATE_KEY, { input: { name: 'Far', expiresAt: inDays(3 * 365) } }, { token: admin }))).toEqual([{ path: 'input.expiresAt', constraint: 'expiryWithinTwoYears' }]);
    const { apiKey } = await ok(gw, CREATE_KEY, { input: { name: 'Twice revoked', expiresAt: inDays(30) } }, { token: admin });
    await ok(gw, REVOKE_KEY, { id: apiKey.id }, { token: admin });
    const again = errorOf(await gw.graphql(REVOKE_KEY, { id: apiKey.id }, { token: admin }), 'CONFLICT');
    expect(again.extensions).toMatchObject({ constraint: 'keyAlreadyRevoked' });
  });
});
