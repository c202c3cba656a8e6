import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, ConflictError, Cost, hashPassword, platformModule, Role, User, type DomainModule, type RequestContext } from '../src';
import { startTestGateway, type TestGateway } from '../src/testing';
import { PASSWORD, uniqueEmail } from './support';

@ObjectType()
class Echoed {
  @Field() word: string;
  @Field(() => Int) length: number;
  @Field(() => [String]) letters: string[];
  @Field(() => Echoed, { nullable: true }) next: Echoed | null;
}

const echoed = (words: string[]): Echoed | null =>
  words.length ? { word: words[0], length: words[0].length, letters: [...words[0]], next: echoed(words.slice(1)) } : null;

/** Test-only resolvers: answers, refusals, crashes, and a mutation that fails half-way. */
@Resolver()
class ExecutorsResolver {
  @Allow.read()
  @Cost({ assumedSize: 10 })
  @Query(() => [Echoed])
  echo(@Arg('words', () => [String]) words: string[]): Echoed[] {
    return words.map((w) => echoed([w, ...words])!);
  }

  @Allow.read()
  @Query(() => String, { nullable: true })
  executorsRefuse(): string {
    throw new ConflictError('already taken');
  }

  @Allow.read()
  @Query(() => String, { nullable: true })
  executorsCrash(): string {
    throw new Error('disk on fire at /var/lib/secret-path');
  }

  @Allow.admin()
  @Mutation(() => String)
  async executorsInsertThenRefuse(@Ctx() ctx: RequestContext, @Arg('email', () => String) email: string): Promise<string> {
    const repo = ctx.repo(User);
    await repo.save(repo.create({ email, displayName: 'Half-way', passwordHash: await hashPassword(PASSWORD), role: Role.VIEWER, modules: [], active: true, lastLoginAt: null }));
    throw new ConflictError('stopped half-way on purpose');
  }
}

const executorsModule: DomainModule = { name: 'executors', description: 'Test-only module', entities: [], resolvers: [ExecutorsResolver], migrations: [] };

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[]; extensions?: unknown };
}

/**
 * The same requests to a gateway on graphql-js and one on graphql-jit (GRAPHQL_EXECUTOR=jit):
 * same status, same body (request ids aside), same transaction behaviour, every plugin at work.
 */
describe('GRAPHQL_EXECUTOR=jit answers as graphql-js does', () => {
  const gateways: Record<'graphql-js' | 'jit', { gw: TestGateway; admin: string }> = {} as never;

  beforeAll(async () => {
    for (const executor of ['graphql-js', 'jit'] as const) {
      const gw = await startTestGateway([platformModule, executorsModule], { LOG_LEVEL: 'silent', GRAPHQL_EXECUTOR: executor });
      gateways[executor] = { gw, admin: await gw.tokenFor(Role.ADMIN) };
    }
  });
  afterAll(async () => {
    for (const { gw } of Object.values(gateways)) await gw?.close();
  });

  async function post(executor: 'graphql-js' | 'jit', payload: object, headers: Record<string, string> = {}): Promise<Answer> {
    const { gw, admin } = gateways[executor];
    const res = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers },
      body: JSON.stringify(payload),
    });
    const body = (await res.json()) as Answer['body'];
    for (const error of body.errors ?? []) delete error.extensions?.['requestId'];
    return { status: res.status, body };
  }

  /** Both answers, after checking they are the same. */
  async function same(payload: object, headers: Record<string, string> = {}): Promise<Answer> {
    const js = await post('graphql-js', payload, headers);
    const jit = await post('jit', payload, headers);
    expect(jit).toEqual(js);
    return jit;
  }

  it('runs variables, fragments, aliases, @skip and lists, with the cost in the extensions', async () => {
    const answer = await same({
      query: `query Echo($words: [String!]!, $deep: Boolean!) { echo(words: $words) { ...parts first: next { word next @skip(if: $deep) { word } } } }
              fragment parts on Echoed { word length letters }`,
      variables: { words: ['peer', 'route'], deep: false },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      echo: [
        { word: 'peer', length: 4, letters: ['p', 'e', 'e', 'r'], first: { word: 'peer', next: { word: 'route' } } },
        { word: 'route', length: 5, letters: ['r', 'o', 'u', 't', 'e'], first: { word: 'peer', next: { word: 'route' } } },
      ],
    });
    expect(answer.body.extensions).toMatchObject({ cost: { requested: expect.any(Number) } });
  });

  it('reads a connection with its totalCount (a promise the list starts early)', async () => {
    const answer = await same({ query: `{ users(first: 1) { totalCount pageInfo { hasNextPage } } }` });
    expect(answer.body.data).toEqual({ users: { totalCount: 1, pageInfo: { hasNextPage: false } } });
  });

  it('shows domain errors and masks crashes, field by field', async () => {
    const answer = await same({ query: `{ executorsRefuse executorsCrash echo(words: ["ok"]) { word } }` });
    expect(answer.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['CONFLICT', 'INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(answer)).not.toContain('secret-path');
  });

  it('answers variables that do not coerce as request errors: 200 for application/json, 400 for graphql-response+json', async () => {
    const payload = { query: `query($words: [String!]!) { echo(words: $words) { word } }`, variables: { words: 3.5 } };
    expect((await same(payload)).status).toBe(200);
    expect((await same(payload, { accept: 'application/graphql-response+json' })).status).toBe(400);
  });

  it('refuses a document with two operations and no operation name (run by graphql-js)', async () => {
    const answer = await same({ query: `query A { echo(words: ["a"]) { word } } query B { echo(words: ["b"]) { word } }` });
    expect(answer.body.data).toBeUndefined();
  });

  it('rolls a failed mutation back, and replays an idempotent one', async () => {
    const email = uniqueEmail('executors');
    const query = `mutation($e: String!) { executorsInsertThenRefuse(email: $e) }`;
    const answer = await same({ query, variables: { e: email } }, { 'idempotency-key': `key-${email}` });
    expect(answer.body.errors?.[0].extensions?.['code']).toBe('CONFLICT');
    for (const { gw } of Object.values(gateways)) {
      expect(await gw.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])).toHaveLength(0);
    }
    // The same key and request again: the first answer, replayed.
    expect(await same({ query, variables: { e: email } }, { 'idempotency-key': `key-${email}` })).toEqual(answer);
  });
});
