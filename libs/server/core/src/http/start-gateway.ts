import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { Logger } from '../config/logger';
import { createDataSource } from '../database/data-source.factory';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres';
import { migrationTimeline, type DomainModule } from '../module/domain-module';
import { User } from '../auth/user.entity';
import { createGatewayApp, type GatewayApp } from './create-gateway-app';
import { referenceGuardFor } from '../references/reference-guard';
import { StateMachineRegistry } from '../state/state-machine-registry';

export interface RunningGateway {
  url: string;
  dataSource: DataSource;
  gateway: GatewayApp;
  /** Set when the gateway runs on the embedded database. */
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

/** Every module's reference rules, and the rule that a record's state history goes with it. */
export function referenceRulesOf(modules: DomainModule[]) {
  return [...modules.flatMap((m) => m.references ?? []), ...new StateMachineRegistry(modules).historyRules()];
}

/** A data source over every module's entities, migrations and subscribers. */
export function createModuleDataSource(url: string, modules: DomainModule[], poolSize: number, onQuery?: (sql: string) => void): DataSource {
  return createDataSource({
    url,
    poolSize,
    entities: modules.flatMap((m) => m.entities),
    migrations: migrationTimeline(modules),
    subscribers: [...modules.flatMap((m) => m.subscribers ?? []), referenceGuardFor(referenceRulesOf(modules))],
    onQuery,
  });
}

/** Loads every module's demo data in one transaction, unless the database already has users. */
export async function seedDemoData(dataSource: DataSource, modules: DomainModule[], logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(User).count()) > 0) return false;
  await dataSource.transaction(async (manager) => {
    for (const module of modules) {
      if (!module.seedDemo) continue;
      logger.info('loading demo data', { module: module.name });
      await module.seedDemo({ manager, logger });
    }
  });
  return true;
}

/**
 * Opens the database (the configured server, or the embedded one), brings its schema up to
 * date, loads demo data where it should, and serves the API.
 */
export async function startGateway(config: AppConfig, modules: DomainModule[], logger: Logger): Promise<RunningGateway> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.embeddedDataDir,
      port: config.embeddedPort,
      maxConnections: config.poolSize + 2,
    });
    url = embedded.url;
    logger.info('using the embedded database', { dataDir: config.embeddedDataDir, url: embedded.url });
  }
  const dataSource = createModuleDataSource(url, modules, config.poolSize);
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  if (applied.length) logger.info('applied migrations', { migrations: applied.map((m) => m.name) });
  if (embedded || config.seedDemo) {
    if (await seedDemoData(dataSource, modules, logger)) logger.info('demo data loaded');
  }

  const gateway = await createGatewayApp({ config, dataSource, modules, logger });
  const server: Server = await new Promise((resolve) => {
    const s = gateway.app.listen(config.port, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const address = `http://localhost:${port}`;
  logger.info('gateway ready', { graphql: `${address}/graphql`, health: `${address}/healthz` });
  return {
    url: address,
    dataSource,
    gateway,
    embedded,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await gateway.stop();
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
