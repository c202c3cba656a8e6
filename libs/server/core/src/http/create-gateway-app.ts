import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate';
import { TokenService } from '../auth/token.service';
import { PrincipalCache } from '../auth/principal-cache';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../config/logger';
import { RequestContext, type Runtime } from '../context/request-context';
import { DomainError, formatError } from '../errors';
import { preferredLanguage } from '../i18n/language';
import type { DomainModule } from '../module/domain-module';
import { buildGatewaySchema } from './build-schema';
import { assertEveryEntityFieldDeclaresReads } from '../reads/assert-reads-declared';
import { apiKeyRateLimit } from './api-key-rate-limit';
import { depthLimitRule } from './depth-limit';
import { errorLoggingPlugin } from './error-logging.plugin';
import { moduleHttpHelpers } from './module-http';
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
  const runtime: Runtime = {
    config,
    logger,
    tokens: new TokenService(config.tokenSecret, config.tokenTtlMinutes),
    principals: new PrincipalCache(config.principalCacheSeconds * 1000),
    moduleNames: modules.map((m) => m.name).filter((n) => n !== 'platform'),
    machines: new StateMachineRegistry(modules),
  };
  const schema = await buildGatewaySchema(modules);
  assertEveryEntityFieldDeclaresReads(schema, dataSource);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    plugins: [errorLoggingPlugin(logger), ...withoutPerFieldInstrumentation(config)],
    validationRules: [depthLimitRule(config.maxQueryDepth)],
    introspection: true,
    // Errors must never carry stack traces to clients, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(cors({ origin: config.corsOrigins === '*' ? true : config.corsOrigins, exposedHeaders: ['x-request-id'] }));
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
    // The id is stored with audit entries (a uuid column), so a caller's id is kept only when it is a UUID.
    const sent = req.headers['x-request-id'];
    const requestId = typeof sent === 'string' && UUID.test(sent) ? sent.toLowerCase() : randomUUID();
    res.setHeader('x-request-id', requestId);
    const principal = await authenticate(req.headers, { dataSource, tokens: runtime.tokens, principals: runtime.principals });
    return new RequestContext({ dataSource, runtime, principal, language: preferredLanguage(req.headers['accept-language']), requestId });
  };

  // Partners' keys are limited on every endpoint, GraphQL and module-owned alike.
  app.use(apiKeyRateLimit(config.apiKeyRequestsPerMinute));

  // Endpoints that GraphQL does not suit (file uploads and downloads), owned by their modules.
  const helpers = moduleHttpHelpers(contextFor, logger);
  for (const module of modules) module.http?.({ app, contextFor, logger, ...helpers });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        try {
          return await contextFor(req, res);
        } catch (error) {
          if (error instanceof DomainError) {
            throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 401 } } });
          }
          throw error;
        }
      },
    }),
  );

  return {
    app,
    apollo,
    runtime,
    async stop() {
      await apollo.stop();
    },
  };
}
