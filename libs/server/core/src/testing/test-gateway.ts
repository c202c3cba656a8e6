import type { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createLogger } from '../config/logger';
import { createGatewayApp, type GatewayApp } from '../http/create-gateway-app';
import { createModuleDataSource } from '../http/start-gateway';
import type { DomainModule } from '../module/domain-module';
import { User } from '../auth/user.entity';
import { hashPassword } from '../auth/password';
import { Role } from '../auth/roles';
import { createTestDatabase, type TestDatabase } from './test-database';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JobRound } from '../jobs/job-runner';

export interface GraphqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface RequestOptions {
  token?: string;
  apiKey?: string;
  /** Sent as Accept-Language. */
  language?: string;
  headers?: Record<string, string>;
}

export interface TestGateway {
  url: string;
  dataSource: DataSource;
  gateway: GatewayApp;
  database: TestDatabase;
  /** Every SQL statement run since the last `resetQueryLog()`. */
  queryLog: string[];
  resetQueryLog(): void;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphqlResponse<T>>;
  /** Creates a user with the role (linked to a person when `personId` is given) and returns a token for them. */
  tokenFor(role: Role, modules?: string[], options?: { personId?: string }): Promise<string>;
  /**
   * Runs the scheduled jobs due at `now` (default: the clock), as the gateway's job runner does
   * every JOB_POLL_SECONDS (which tests leave at 0), and waits for the e-mail they queued to be
   * handed to the mail dispatcher.
   */
  runDueJobs(now?: Date): Promise<JobRound>;
  /**
   * Stops the gateway; the database is dropped unless `keepDatabase`, for a test that starts
   * another gateway on it (`startTestGateway(modules, env, { database: gw.database })`) to
   * show what survives a restart.
   */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
}

export interface TestGatewayOptions {
  /** A database an earlier gateway of the test left behind (`close({ keepDatabase: true })`). */
  database?: TestDatabase;
}

let userCounter = 0;

/**
 * Boots the real gateway over HTTP on a random port, on a database of its own with every
 * migration applied. Nothing is mocked: tests talk to it as a client would.
 */
export async function startTestGateway(modules: DomainModule[], env: Record<string, string> = {}, options: TestGatewayOptions = {}): Promise<TestGateway> {
  const database = options.database ?? (await createTestDatabase());
  const queryLog: string[] = [];
  // Webhooks and e-mail are sent after the commits that queue them; no polling adds statements to the counts tests take.
  // GRAPHQL_EXECUTOR=jit in the environment runs a whole suite on graphql-jit.
  const config = AppConfig.with({
    LOG_LEVEL: 'silent',
    TOKEN_SECRET: 'test-secret-that-is-long-enough-0123456789',
    WEBHOOK_POLL_SECONDS: '0',
    MAIL_POLL_SECONDS: '0',
    // Scheduled jobs run when a test says so (`runDueJobs`), at the "now" it chooses.
    JOB_POLL_SECONDS: '0',
    GRAPHQL_EXECUTOR: process.env['GRAPHQL_EXECUTOR'],
    ...env,
  });
  const logger = createLogger(config.logLevel);
  const dataSource = createModuleDataSource(database.url, modules, 5, (sql) => queryLog.push(sql));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const gateway = await createGatewayApp({ config, dataSource, modules, logger });
  const server: Server = await new Promise((resolve) => {
    const s = gateway.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const graphql: TestGateway['graphql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    if (options.language) headers['accept-language'] = options.language;
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GraphqlResponse, 'status'>;
    return { status: res.status, ...body } as GraphqlResponse<any>;
  };

  return {
    url,
    dataSource,
    gateway,
    database,
    queryLog,
    resetQueryLog: () => void queryLog.splice(0),
    graphql,
    async tokenFor(role, modules = [], options = {}) {
      userCounter += 1;
      const repo = dataSource.getRepository(User);
      const user = await repo.save(
        repo.create({
          email: `${role.toLowerCase()}${userCounter}-${Date.now()}@test.example`,
          displayName: `${role} ${userCounter}`,
          passwordHash: await hashPassword('correct horse battery'),
          role,
          modules,
          personId: options.personId ?? null,
          active: true,
          lastLoginAt: null,
        }),
      );
      return gateway.runtime.tokens.sign(user.id).token;
    },
    async runDueJobs(now?: Date) {
      const jobs = gateway.runtime.jobs;
      if (!jobs) throw new Error('the gateway has no job runner');
      const round = await jobs.runDue(now);
      await gateway.runtime.mail?.idle();
      return round;
    },
    async close(closeOptions = {}) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.stop();
      await dataSource.destroy();
      if (!closeOptions.keepDatabase) await database.drop();
    },
  };
}
