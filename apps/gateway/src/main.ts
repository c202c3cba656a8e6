import 'reflect-metadata';

// Wall-clock columns (a flight's local departure) pass through JavaScript Dates on their way in
// and out of TypeORM; in UTC no daylight-saving gap can shift them (docs/decisions/0012).
process.env.TZ = 'UTC';
import { AppConfig, ConfigError, createLogger, startGateway } from '@lr/server-core';
import { gatewayModules } from './modules';

async function main() {
  let config: AppConfig;
  try {
    config = AppConfig.fromEnv(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const gateway = await startGateway(config, gatewayModules, logger);
  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
