import { buildSchema, execute, GraphQLError, parse, type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { selectionOf } from '../reads/selection';
import { JitExecutor, type ExecutionRequest } from './jit-executor';

const SDL = `
  interface Named { name: String! }
  type Country implements Named { code: ID! name: String! }
  type Person implements Named { name: String! country: Country age: Int }
  union Found = Country | Person
  type Query {
    people(first: Int!, country: ID): [Person!]!
    find(name: String!): Found
    broken: String
    refused: String
    strict: String!
    lookAhead: Person
  }
  type Mutation { append(word: String!): [String!]! }
`;

const countries = { PE: { code: 'PE', name: 'Peru' }, SN: { code: 'SN', name: 'Senegal' } };
const people = [
  { name: 'Ana', age: 41, countryCode: 'PE' },
  { name: 'Moussa', age: null, countryCode: 'SN' },
  { name: 'Rosa', age: 35, countryCode: null },
];

/** A small schema with resolvers that answer, fail, refuse and break their type's promise. */
function testSchema(seen: string[][], words: string[]): GraphQLSchema {
  const schema = buildSchema(SDL);
  const resolve = (type: string, field: string, fn: GraphQLFieldResolver<any, any>) => {
    (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields()[field].resolve = fn;
  };
  resolve('Query', 'people', (_root, args: { first: number; country?: string }) => people.filter((p) => !args.country || p.countryCode === args.country).slice(0, args.first));
  resolve('Person', 'country', async (person: { countryCode: keyof typeof countries | null }) => (person.countryCode ? countries[person.countryCode] : null));
  resolve('Query', 'find', (_root, args: { name: string }) => Object.values(countries).find((c) => c.name === args.name) ?? people.find((p) => p.name === args.name) ?? null);
  resolve('Query', 'broken', () => {
    throw new Error('connection refused (password=hunter2)');
  });
  resolve('Query', 'refused', async () => {
    throw new GraphQLError('Not for you', { extensions: { code: 'FORBIDDEN' } });
  });
  resolve('Query', 'strict', () => null);
  resolve('Query', 'lookAhead', (_root, _args, _context, info) => {
    seen.push(selectionOf(info).names);
    return people[0];
  });
  // Waits before answering, so two fields of one mutation would interleave if run in parallel.
  resolve('Mutation', 'append', async (_root, args: { word: string }) => {
    await new Promise((r) => setTimeout(r, args.word.length));
    words.push(args.word);
    return [...words];
  });
  const found = schema.getType('Found') as unknown as { resolveType: (value: object) => string };
  found.resolveType = (value) => ('code' in value ? 'Country' : 'Person');
  return schema;
}

let hashes = 0;
function request(query: string, variables?: Record<string, unknown>, operationName?: string): ExecutionRequest {
  hashes += 1;
  return { document: parse(query), queryHash: `hash-${query}`, variables, operationName, contextValue: { n: hashes } };
}

/** What a client would read of a result: errors as JSON (message, locations, path, extensions). */
const asJson = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('JitExecutor', () => {
  const jitSeen: string[][] = [];
  const jsSeen: string[][] = [];
  const jitWords: string[] = [];
  const jsWords: string[] = [];
  const jitSchema = testSchema(jitSeen, jitWords);
  const jsSchema = testSchema(jsSeen, jsWords);

  /** The same request on graphql-jit (through the executor) and on graphql-js. */
  async function both(req: ExecutionRequest, executor = new JitExecutor(jitSchema)) {
    const jit = await executor.execute(req);
    const js = await execute({ schema: jsSchema, document: req.document, variableValues: req.variables, operationName: req.operationName, contextValue: req.contextValue });
    return { jit, js, executor };
  }

  it('answers like graphql-js with variables, fragments, aliases, unions and @include', async () => {
    const { jit, js, executor } = await both(
      request(
        `query People($first: Int!, $country: ID, $withAge: Boolean!) {
          people(first: $first, country: $country) { ...who country { code } }
          everyone: people(first: 10) { name age @include(if: $withAge) }
          country: find(name: "Senegal") { __typename ... on Named { name } ... on Country { code } }
          person: find(name: "Rosa") { __typename ... on Person { age } }
        }
        fragment who on Person { name age }`,
        { first: 1, country: 'PE', withAge: false },
      ),
    );
    expect(asJson(jit)).toEqual(asJson(js));
    expect(jit.data?.['people']).toEqual([{ name: 'Ana', age: 41, country: { code: 'PE' } }]);
    expect(executor.stats).toEqual({ compiled: 1, fallbacks: 0 });
  });

  it('hands resolvers the same look-ahead (fields asked for, fragments inlined, @skip applied)', async () => {
    const query = `query($skip: Boolean!) { lookAhead { name ...more country @skip(if: $skip) { code } } } fragment more on Person { age }`;
    await both(request(query, { skip: true }));
    await both(request(query, { skip: false }));
    expect(jitSeen).toEqual(jsSeen);
    expect(jitSeen).toEqual([
      ['name', 'age'],
      ['name', 'age', 'country'],
    ]);
  });

  it('reports resolver errors as graphql-js does: path, locations, extensions, and the original error', async () => {
    const { jit, js } = await both(request(`{ broken refused people(first: 1) { name } }`));
    expect(asJson(jit)).toEqual(asJson(js));
    expect(jit.errors?.map((e) => e.extensions['code'] ?? null)).toEqual([null, 'FORBIDDEN']);
    // formatError masks errors whose original is not a GraphQLError, and shows the others.
    expect(jit.errors?.map((e) => e.originalError instanceof GraphQLError)).toEqual(js.errors?.map((e) => e.originalError instanceof GraphQLError));
  });

  it('treats a null in a non-null field as graphql-js does (a server fault, masked by formatError)', async () => {
    const { jit, js } = await both(request(`{ strict people(first: 1) { name } }`));
    expect(asJson(jit)).toEqual(asJson(js));
    expect(jit.data).toBeNull();
    expect(jit.errors?.[0].originalError).toBeInstanceOf(Error);
    expect(jit.errors?.[0].originalError).not.toBeInstanceOf(GraphQLError);
  });

  it("leaves variables that do not coerce to graphql-js, so the errors are graphql-js's own", async () => {
    const executor = new JitExecutor(jitSchema);
    const { jit, js } = await both(request(`query($first: Int!) { people(first: $first) { name } }`, { first: 'many' }), executor);
    expect(asJson(jit)).toEqual(asJson(js));
    expect(jit.data).toBeUndefined();
    // Apollo answers BAD_USER_INPUT for these by their AST nodes, which only graphql-js gives.
    expect(jit.errors?.[0].nodes?.length).toBe(1);
    expect(executor.stats.fallbacks).toBe(1);
  });

  it('falls back to graphql-js for what jit cannot compile', async () => {
    const executor = new JitExecutor(jitSchema);
    const twoOperations = `query A { people(first: 1) { name } } query B { people(first: 2) { name } }`;
    const unnamed = await both(request(twoOperations), executor);
    expect(asJson(unnamed.jit)).toEqual(asJson(unnamed.js));
    expect(unnamed.jit.errors?.[0].message).toMatch(/Must provide operation name/);
    const named = await both(request(twoOperations, undefined, 'B'), executor);
    expect(asJson(named.jit)).toEqual(asJson(named.js));
    expect(named.jit.data?.['people']).toHaveLength(2);
    expect(executor.stats).toEqual({ compiled: 1, fallbacks: 1 });
  });

  it('runs the fields of a mutation one after the other', async () => {
    const { jit, js } = await both(request(`mutation { first: append(word: "slow-word") second: append(word: "quick") }`));
    expect(asJson(jit)).toEqual(asJson(js));
    expect(jit.data).toEqual({ first: ['slow-word'], second: ['slow-word', 'quick'] });
  });

  it('compiles an operation once and keeps at most cacheSize of them, dropping the least recently used', async () => {
    const executor = new JitExecutor(jitSchema, 2);
    const a = request(`{ people(first: 1) { name } }`);
    const b = request(`{ people(first: 2) { name } }`);
    const c = request(`{ people(first: 3) { name } }`);
    for (const req of [a, a, b, a, c]) await executor.execute(req);
    expect(executor.stats.compiled).toBe(3);
    expect(executor.cachedOperations).toBe(2);
    await executor.execute(a); // still cached: used after b
    expect(executor.stats.compiled).toBe(3);
    await executor.execute(b); // dropped when c came in
    expect(executor.stats.compiled).toBe(4);
  });
});
