import { randomUUID } from 'node:crypto';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow, ConflictError, hashPassword, platformModule, Role, User, type DomainModule, type RequestContext } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { dataOf, onlyError, PASSWORD, uniqueEmail } from './support';

async function insertUser(ctx: RequestContext, email: string): Promise<User> {
  const repo = ctx.repo(User);
  return repo.save(
    repo.create({ email, displayName: 'Half-way', passwordHash: await hashPassword(PASSWORD), role: Role.VIEWER, modules: [], active: true, lastLoginAt: null }),
  );
}

/** Test-only resolvers that write and then fail, or fail in ways the server did not plan for. */
@Resolver()
class WorkshopResolver {
  @Allow.admin()
  @Mutation(() => String, { description: 'Inserts a user and returns its id' })
  async workshopInsert(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<string> {
    return (await insertUser(ctx, email)).id;
  }

  @Allow.admin()
  @Mutation(() => String, { description: 'Inserts a user, then refuses with a domain error' })
  async workshopInsertThenRefuse(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<string> {
    await insertUser(ctx, email);
    throw new ConflictError('stopped half-way on purpose');
  }

  @Allow.admin()
  @Mutation(() => String, { description: 'Inserts a user, then crashes' })
  async workshopInsertThenCrash(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<string> {
    await insertUser(ctx, email);
    throw new Error('disk on fire at /var/lib/secret-path');
  }

  @Allow.read()
  @Query(() => String)
  workshopExplode(): string {
    throw new Error('connection to 10.1.2.3 refused (password=hunter2)');
  }
}

const workshopModule: DomainModule = {
  name: 'workshop',
  description: 'Test-only module',
  entities: [],
  resolvers: [WorkshopResolver],
  migrations: [],
};

describe('one transaction per mutation, and masked server errors', () => {
  let gw: TestGateway;
  let admin: string;

  const usersWithEmail = async (email: string) => (await gw.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])).length;
  const auditEntriesForEmail = async (email: string) =>
    (await gw.dataSource.query(`SELECT id FROM audit_entry WHERE entity_type = 'User' AND changes -> 'email' ->> 'to' = $1`, [email])).length;

  async function post(query: string, headers: Record<string, string> = {}) {
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as { data?: any; errors?: any[] } };
  }

  beforeAll(async () => {
    gw = await startTestGateway([platformModule, workshopModule], { LOG_LEVEL: 'error' });
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw?.close());
  afterEach(() => jest.restoreAllMocks());

  it('keeps the user and its audit entry when the mutation succeeds (control)', async () => {
    const email = uniqueEmail('kept');
    const id = dataOf(await gw.graphql(`mutation($e: String!) { workshopInsert(email: $e) }`, { e: email }, { token: admin }))['workshopInsert'];
    expect(await usersWithEmail(email)).toBe(1);
    expect(await auditEntriesForEmail(email)).toBe(1);
    const [entry] = await gw.dataSource.query(`SELECT entity_id FROM audit_entry WHERE changes -> 'email' ->> 'to' = $1`, [email]);
    expect(entry.entity_id).toBe(id);
  });

  it('leaves no user and no audit entry behind when a mutation refuses half-way', async () => {
    const email = uniqueEmail('refused');
    const res = await gw.graphql(`mutation($e: String!) { workshopInsertThenRefuse(email: $e) }`, { e: email }, { token: admin });
    const error = onlyError(res);
    expect(error.extensions!['code']).toBe('CONFLICT');
    expect(error.message).toBe('stopped half-way on purpose');
    expect(await usersWithEmail(email)).toBe(0);
    expect(await auditEntriesForEmail(email)).toBe(0);
  });

  it('leaves nothing behind when a mutation crashes half-way, and masks the crash', async () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const email = uniqueEmail('crashed');
    const res = await gw.graphql(`mutation($e: String!) { workshopInsertThenCrash(email: $e) }`, { e: email }, { token: admin });
    const error = onlyError(res);
    expect(error.extensions!['code']).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('Internal server error');
    expect(JSON.stringify(res)).not.toContain('secret-path');
    expect(await usersWithEmail(email)).toBe(0);
    expect(await auditEntriesForEmail(email)).toBe(0);
  });

  it('masks a plain Error as INTERNAL_SERVER_ERROR carrying the response’s x-request-id, and logs it with that id', async () => {
    const written: string[] = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: any) => {
      written.push(String(chunk));
      return true;
    });
    const { status, requestId, body } = await post(`{ workshopExplode }`);
    expect(status).toBe(200);
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error.message).toBe('Internal server error');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
    expect(error.path).toEqual(['workshopExplode']);
    const text = JSON.stringify(body);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('10.1.2.3');
    expect(text).not.toMatch(/stacktrace/i);

    const logged = written.map((l) => JSON.parse(l)).find((l) => l.message === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', requestId, path: ['workshopExplode'] });
    expect(logged.error).toContain('hunter2');
  });

  it('uses the caller’s x-request-id when one is sent', async () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const sent = randomUUID();
    const { requestId, body } = await post(`{ workshopExplode }`, { 'x-request-id': sent });
    expect(requestId).toBe(sent);
    expect(body.errors![0].extensions.requestId).toBe(sent);
  });

  it('gives each request its own id', async () => {
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const a = await post(`{ workshopExplode }`);
    const b = await post(`{ workshopExplode }`);
    expect(a.requestId).not.toBe(b.requestId);
  });

  it('does not add a request id to errors that are the client’s', async () => {
    const { body } = await post(`mutation { workshopInsertThenRefuse(email: "${uniqueEmail('x')}") }`);
    expect(body.errors![0].extensions).toEqual({ code: 'CONFLICT' });
  });

  it('still writes when the caller sends an x-request-id that is not a UUID, under one id for response and audit', async () => {
    const email = uniqueEmail('traced');
    const { requestId, body } = await post(
      `mutation { createUser(input: { email: "${email}", displayName: "Traced", password: "${PASSWORD}", role: VIEWER }) { id } }`,
      { 'x-request-id': 'trace-from-the-proxy-42' },
    );
    expect(body.errors).toBeUndefined();
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const [entry] = await gw.dataSource.query(`SELECT request_id FROM audit_entry WHERE entity_id = $1`, [body.data.createUser.id]);
    expect(entry.request_id).toBe(requestId);
  });

  it('audits a write under the caller’s x-request-id when it is a UUID', async () => {
    const sent = randomUUID();
    const email = uniqueEmail('traced');
    const { requestId, body } = await post(
      `mutation { createUser(input: { email: "${email}", displayName: "Traced", password: "${PASSWORD}", role: VIEWER }) { id } }`,
      { 'x-request-id': sent },
    );
    expect(requestId).toBe(sent);
    const [entry] = await gw.dataSource.query(`SELECT request_id FROM audit_entry WHERE entity_id = $1`, [body.data.createUser.id]);
    expect(entry.request_id).toBe(sent);
  });

  it('answers /healthz with 200', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 while the database is reachable', async () => {
    const res = await fetch(`${gw.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'reachable' });
  });
});
