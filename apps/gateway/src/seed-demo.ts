import 'reflect-metadata';
import { AppConfig, createLogger, createModuleDataSource, seedDemoData } from '@lr/server-core';
import { gatewayModules } from './modules';

// Loads the demo data into the database at DATABASE_URL (migrating it first) if it has no users.
async function main() {
  const config = AppConfig.fromEnv(process.env);
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL; the embedded database gets demo data on its own');
  const logger = createLogger(config.logLevel);
  const dataSource = createModuleDataSource(config.databaseUrl, gatewayModules, 2);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  const loaded = await seedDemoData(dataSource, gatewayModules, logger);
  logger.info(loaded ? 'demo data loaded' : 'the database already has users; demo data not loaded');
  await dataSource.destroy();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
