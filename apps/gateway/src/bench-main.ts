import 'reflect-metadata';
import type { Server } from 'node:http';
import { AppConfig, ConfigError, createGatewayApp, createLogger, createModuleDataSource, type GatewayApp } from '@lr/server-core';
import { gatewayModules } from './modules';

/**
 * `npm run bench` only (docs/benchmarks.md). One process serves the gateway three ways, on
 * consecutive ports, so the bench compares them with the same code, heap and optimised
 * JavaScript (two processes of one build differ by more than what is measured here):
 *
 *   PORT      the gateway as configured, as main.ts serves it;
 *   PORT + 1  the same without its security layer, to measure what that layer costs;
 *   PORT + 2  the same with the other GRAPHQL_EXECUTOR.
 *
 * The bench asks one of them at a time. `withoutSecurityLayerForBenchmark()` refuses any
 * database but the bench's throwaway one, which main.ts has already migrated and filled.
 */
async function main() {
  let configs: AppConfig[];
  try {
    const config = AppConfig.fromEnv(process.env);
    const otherExecutor = config.graphqlExecutor === 'jit' ? 'graphql-js' : 'jit';
    configs = [config, config.withoutSecurityLayerForBenchmark(), AppConfig.fromEnv({ ...process.env, GRAPHQL_EXECUTOR: otherExecutor })];
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const [config] = configs;
  const logger = createLogger(config.logLevel);
  const dataSource = createModuleDataSource(config.databaseUrl ?? '', gatewayModules, config.poolSize);
  await dataSource.initialize();
  const gateways: GatewayApp[] = [];
  for (const variant of configs) gateways.push(await createGatewayApp({ config: variant, dataSource, modules: gatewayModules, logger }));
  // PORT last: once it answers, every variant does.
  const running: { gateway: GatewayApp; server: Server }[] = [];
  for (let offset = gateways.length - 1; offset >= 0; offset -= 1) {
    const gateway = gateways[offset];
    const server: Server = await new Promise((resolve) => {
      const s = gateway.app.listen(config.port + offset, () => resolve(s));
    });
    running.push({ gateway, server });
  }
  const shutdown = async () => {
    for (const { gateway, server } of running) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.stop();
    }
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

main().catch((error) => {
  process.stderr.write(`Gateway failed to start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
