import type { TestDatabase } from './test-database';

/**
 * Concurrency specs prove that row locks and version checks hold when transactions really
 * run side by side. The embedded database runs one transaction at a time, where they would
 * pass even with every lock removed, so these specs refuse to run there rather than pass.
 *
 * @example beforeAll(async () => { gw = await startCoreGateway(); assertRealPostgres(gw.database); });
 */
export function assertRealPostgres(database: TestDatabase): void {
  if (database.kind !== 'server') {
    throw new Error(
      'This concurrency spec needs the real PostgreSQL (TEST_DATABASE_URL, or a server on 127.0.0.1:5432): ' +
        'the embedded database runs one transaction at a time, so a missing lock would go unnoticed.',
    );
  }
}
