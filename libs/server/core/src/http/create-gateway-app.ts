import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerOptions } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate';
import { TokenService } from '../auth/token.service';
import { PrincipalCache } from '../auth/principal-cache';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../config/logger';
import { RequestContext, type Runtime } from '../context/request-context';
import { DomainError, HTTP_STATUS, NotFoundError, QueryLimitError, RateLimitedError, ValidationError, formatError } from '../errors';
import { preferredLanguage } from '../i18n/language';
import type { DomainModule } from '../module/domain-module';
import { buildGatewaySchema } from './build-schema';
import { RateLimits, rateLimitHeaders } from '../limits/rate-limits';
import { assertEveryEntityFieldDeclaresReads } from '../reads/assert-reads-declared';
import { depthLimitRule } from './depth-limit';
import helmet from 'helmet';
import { errorLoggingPlugin } from './error-logging.plugin';
import { graphqlOverHttpPlugin } from './graphql-over-http.plugin';
import { idempotencyPlugin } from '../idempotency/idempotency.plugin';
import { WebhookDispatcher } from '../webhooks/webhook-dispatcher';
import { MailDispatcher } from '../mail/mail-dispatcher';
import { JobRunner } from '../jobs/job-runner';
import { schemaVisibilityPlugin } from './schema-visibility.plugin';
import { inputHygienePlugin } from './input-hygiene';
import { costLimitsPlugin } from '../limits/cost-limits.plugin';
import { moduleHttpHelpers } from './module-http';
import { jitGateway } from './jit-executor';
import type { Principal } from '../auth/principal';
import { Role } from '../auth/roles';
import { StateMachineRegistry } from '../state/state-machine-registry';

/**
 * Apollo installs plugins that wrap every resolver (cache control computes a cache hint per
 * field; inline tracing and usage reporting time every field) or that an environment variable
 * can switch on (APOLLO_KEY). We use none of them, so they are switched off explicitly. The
 * landing page costs a request nothing, but in production it would point browsers at Apollo's
 * CDN, so there it is off too.
 */
function withoutPerFieldInstrumentation(config: AppConfig) {
  return [
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
  ];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The request's id, made once and sent back in `x-request-id`. It is stored with audit entries
 * (a uuid column), so a caller's own id is kept only when it is a UUID.
 */
function requestIdOf(req: Request, res: Response): string {
  const made = res.getHeader('x-request-id');
  if (typeof made === 'string') return made;
  const sent = req.headers['x-request-id'];
  const requestId = typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : randomUUID();
  res.setHeader('x-request-id', requestId);
  return requestId;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * Who every request is when the security layer is off (benchmark only, see
 * `AppConfig.withoutSecurityLayerForBenchmark`): an admin, as the benchmark signs in, so the
 * same rows come back with the layer on and off. Its request id is the nil UUID.
 */
const BENCHMARK_PRINCIPAL = {
  kind: 'user',
  userId: NIL_UUID,
  email: 'benchmark@localhost',
  displayName: 'Benchmark (security layer off)',
  role: Role.ADMIN,
  modules: [],
  personId: null,
} satisfies Principal;

export interface GatewayApp {
  app: Express;
  apollo: ApolloServer<RequestContext>;
  runtime: Runtime;
  stop(): Promise<void>;
}

/**
 * The HTTP face of the API: `/graphql`, `/healthz` (the process is up) and `/readyz` (the
 * database answers). Knows nothing of any domain: modules come in as descriptors.
 */
export async function createGatewayApp(options: {
  config: AppConfig;
  dataSource: DataSource;
  modules: DomainModule[];
  logger: Logger;
}): Promise<GatewayApp> {
  const { config, dataSource, modules, logger } = options;
  const rateLimits = await RateLimits.create(config.rateLimits);
  const runtime: Runtime = {
    config,
    logger,
    tokens: new TokenService(config.tokenSecret, config.tokenTtlMinutes),
    principals: new PrincipalCache(config.principalCacheSeconds * 1000),
    moduleNames: modules.map((m) => m.name).filter((n) => n !== 'platform'),
    machines: new StateMachineRegistry(modules),
    settings: modules.flatMap((m) => m.settings ?? []),
    rateLimits,
    eventTypes: [...new Set([...modules.flatMap((m) => m.events ?? []), ...modules.flatMap((m) => m.stateMachines ?? []).filter((machine) => machine.publishesMoves !== false).map((machine) => `${machine.name}_changed`)])],
    webhooks: new WebhookDispatcher(dataSource, logger, config.webhookPollSeconds),
    mail: new MailDispatcher(dataSource, logger, { smtpUrl: config.smtpUrl, from: config.mailFrom, pollSeconds: config.mailPollSeconds }),
  };
  runtime.webhooks?.start();
  runtime.mail?.start();
  runtime.jobs = new JobRunner(dataSource, runtime, modules, config.jobPollSeconds);
  runtime.jobs.start();
  const schema = await buildGatewaySchema(modules);
  assertEveryEntityFieldDeclaresReads(schema, dataSource);
  const secure = config.securityLayer;
  if (!secure) logger.warn('THE SECURITY LAYER IS OFF: every request is an admin, nothing is limited (benchmark only)');
  const apolloOptions = {
    formatError,
    plugins: [
      errorLoggingPlugin(logger),
      ...(secure ? [graphqlOverHttpPlugin(), idempotencyPlugin(dataSource), inputHygienePlugin(), costLimitsPlugin(config.queryLimits)] : []),
      ...(secure && config.production ? [schemaVisibilityPlugin()] : []),
      ...withoutPerFieldInstrumentation(config),
    ],
    // A document longer than this is refused while it is parsed (50,000 aliases never get that far).
    parseOptions: secure ? { maxTokens: config.queryLimits.maxTokens } : {},
    validationRules: secure ? [depthLimitRule(config.maxQueryDepth)] : [],
    introspection: true,
    // Errors must never carry stack traces to clients, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
  } satisfies Partial<ApolloServerOptions<RequestContext>>;
  // graphql-jit runs operations through Apollo's gateway seam (see jit-executor.ts); graphql-js is Apollo's own.
  const apollo = new ApolloServer<RequestContext>(config.graphqlExecutor === 'jit' ? { ...apolloOptions, gateway: jitGateway(schema) } : { ...apolloOptions, schema });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (secure) {
    // Every answer, errors included, carries the request id a support request can quote.
    app.use((req: Request, res: Response, next: NextFunction) => {
      requestIdOf(req, res);
      next();
    });
    // Security headers on every answer; the API serves no pages, so the strictest policy fits.
    app.use(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }, crossOriginResourcePolicy: { policy: 'cross-origin' } }));
  }
  // Downloads name their file in Content-Disposition; the portal (another origin) may read it.
  app.use(cors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins, exposedHeaders: ['x-request-id', 'content-disposition'] }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: 'reachable' });
    } catch (error) {
      logger.warn('readiness check failed', { error: String(error) });
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
  /** The request's context: who calls (bad credentials throw UNAUTHENTICATED), language, request id. */
  const contextFor = async (req: Request, res: Response): Promise<RequestContext> => {
    if (!secure) {
      return new RequestContext({ dataSource, runtime, principal: BENCHMARK_PRINCIPAL, language: preferredLanguage(req.headers['accept-language']), requestId: NIL_UUID, clientIp: req.ip });
    }
    const requestId = requestIdOf(req, res);
    const principal = await authenticate(req.headers, { dataSource, tokens: runtime.tokens, principals: runtime.principals });
    const clientIp = req.ip ?? req.socket.remoteAddress;
    // Counted once the caller is known, so a credential sent another way is counted the same.
    const decision = await rateLimits.takeRequest(principal, clientIp);
    for (const [name, value] of Object.entries(rateLimitHeaders(decision))) res.setHeader(name, value);
    if (!decision.allowed) {
      throw new RateLimitedError(`Too many requests: at most ${decision.limit} a minute; retry in ${decision.resetSeconds} s`, decision.resetSeconds);
    }
    return new RequestContext({
      dataSource,
      runtime,
      principal,
      language: preferredLanguage(req.headers['accept-language']),
      requestId,
      clientIp,
    });
  };

  // Endpoints that GraphQL does not suit (file uploads and downloads), owned by their modules.
  const helpers = moduleHttpHelpers(contextFor, logger);
  for (const module of modules) module.http?.({ app, contextFor, logger, ...helpers });

  // A POST must carry JSON (GET carries the query in its address): anything else is 415.
  const onlyJson = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST' || req.is('application/json')) return next();
    helpers.sendError(res, ValidationError.field('content-type', 'must be application/json for a POST'), 415);
  };
  app.use(
    '/graphql',
    ...(secure ? [onlyJson] : []),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await contextFor(req, res);
        } catch (error) {
          if (error instanceof DomainError) {
            // Bad credentials (401) or too many requests (429), before anything else runs.
            throw new GraphQLError(error.message, { extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] } } });
          }
          throw error;
        }
      },
    }),
  );

  // Whatever goes wrong before a handler answers is JSON in the one error shape, never a page.
  app.use((req: Request, res: Response) => helpers.sendError(res, new NotFoundError('Endpoint', `${req.method} ${req.path}`)));
  app.use((error: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.parse.failed') return helpers.sendError(res, ValidationError.field('body', 'is not valid JSON'), 400);
    if (error.type === 'entity.too.large') return helpers.sendError(res, new QueryLimitError('The request body is larger than the 1 MB the API accepts', { limit: '1mb' }), 413);
    if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
      return helpers.sendError(res, ValidationError.field('content-type', 'names a character set or encoding the API does not read'), 415);
    }
    helpers.sendError(res, error);
  });

  return {
    app,
    apollo,
    runtime,
    async stop() {
      await apollo.stop();
      await rateLimits.close();
      // Jobs first: a job's after-commit work kicks the mail dispatcher.
      await runtime.jobs?.stop();
      await runtime.webhooks?.stop();
      await runtime.mail?.stop();
    },
  };
}
