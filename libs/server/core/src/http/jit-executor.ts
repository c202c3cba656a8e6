import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { execute, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Apollo Server 5 has no executor option; its one seam for another executor is the `gateway`
 * interface (what Apollo Federation's gateway plugs into): `load()` hands back an executor that
 * Apollo calls instead of graphql-js, after parsing, validation and every plugin hook up to
 * `executionDidStart`, and before error formatting and `willSendResponse`. So plugins, context,
 * formatError and HTTP handling are the same whichever executor runs.
 */
type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** What one execution needs, as Apollo hands it over. */
export interface ExecutionRequest {
  document: DocumentNode;
  /** Apollo's hash of the query text: the cache key (Apollo reuses one parsed document per text). */
  queryHash: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
  contextValue: unknown;
}

/** graphql-jit could not compile the operation: graphql-js runs it (and reports its errors). */
const GRAPHQL_JS = Symbol('graphql-js');

/** Distinct operations kept compiled. A compiled operation is tens of kB of generated code. */
export const JIT_CACHE_SIZE = 256;

/**
 * Runs operations with graphql-jit, which compiles each operation once into a function that
 * resolves and completes its fields without graphql-js's per-field interpretation of the
 * document. Compiled operations are kept per query text and operation name in a bounded LRU.
 * Anything jit cannot compile, and every request whose variables do not coerce, runs on
 * graphql-js, so those answers and their errors are graphql-js's own.
 */
export class JitExecutor {
  private readonly cache = new Map<string, CompiledQuery | typeof GRAPHQL_JS>();
  /** How many operations were compiled, and how many executions went to graphql-js instead. */
  readonly stats = { compiled: 0, fallbacks: 0 };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly cacheSize = JIT_CACHE_SIZE,
  ) {}

  get cachedOperations(): number {
    return this.cache.size;
  }

  async execute(request: ExecutionRequest): Promise<ExecutionResult> {
    const compiled = this.compiled(request);
    if (compiled === GRAPHQL_JS) return this.withGraphqlJs(request);
    const result = await compiled.query(undefined, request.contextValue, request.variables ?? {});
    // No data at all: the variables did not coerce and nothing ran. graphql-js words those errors
    // (and gives them the AST nodes by which Apollo answers BAD_USER_INPUT, status 400).
    if (result.data === undefined) return this.withGraphqlJs(request);
    return result.errors?.length ? { ...result, errors: result.errors.map(likeGraphqlJs) } : result;
  }

  private withGraphqlJs(request: ExecutionRequest): Promise<ExecutionResult> {
    this.stats.fallbacks += 1;
    const { document, operationName, variables, contextValue } = request;
    return Promise.resolve(execute({ schema: this.schema, document, operationName, variableValues: variables, contextValue }));
  }

  private compiled(request: ExecutionRequest): CompiledQuery | typeof GRAPHQL_JS {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    let entry = this.cache.get(key);
    if (entry !== undefined) {
      // Least recently used goes first: a Map iterates in insertion order, so a hit moves to the end.
      this.cache.delete(key);
      this.cache.set(key, entry);
      return entry;
    }
    try {
      const result = compileQuery(this.schema, request.document, request.operationName ?? undefined);
      entry = isCompiledQuery(result) ? result : GRAPHQL_JS;
    } catch {
      entry = GRAPHQL_JS;
    }
    if (entry !== GRAPHQL_JS) this.stats.compiled += 1;
    this.cache.set(key, entry);
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
    return entry;
  }
}

const NON_NULL_VIOLATION = 'Cannot return null for non-nullable field';

/**
 * A field error as graphql-js would have made it. jit's own errors carry no `originalError`
 * (graphql-js always has one for a field error: a plain Error for a null in a non-null field,
 * which formatError masks as the server's fault, a GraphQLError for the rest, shown as it is),
 * and no extensions object when the original had none (Apollo reads `extensions.code`).
 */
function likeGraphqlJs(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? (error.message.startsWith(NON_NULL_VIOLATION) ? new Error(error.message) : new GraphQLError(error.message));
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions ?? undefined });
  // graphql-js works locations out from AST nodes, which jit does not keep; it computed them already.
  return Object.assign(rebuilt, { locations: error.locations });
}

/** The `gateway` Apollo Server is given to run operations with graphql-jit (see above). */
export function jitGateway(schema: GraphQLSchema, executor = new JitExecutor(schema)): Gateway {
  const run: GatewayExecutor = (requestContext) =>
    executor.execute({
      document: requestContext.document,
      queryHash: requestContext.queryHash,
      operationName: requestContext.request.operationName,
      variables: requestContext.request.variables,
      contextValue: requestContext.context,
    });
  return {
    onSchemaLoadOrUpdate(callback) {
      // The schema never changes; Apollo wants a supergraph SDL too, which only its reporting plugins read.
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async load() {
      return { executor: run };
    },
    async stop() {
      // nothing to release
    },
  };
}
