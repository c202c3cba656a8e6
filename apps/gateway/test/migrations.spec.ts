import { createModuleDataSource } from '@lr/server-core';
import { createTestDatabase, type TestDatabase } from '@lr/server-core/testing';
import type { DataSource } from 'typeorm';
import { gatewayModules } from '../src/modules';

describe('the migration timeline', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = createModuleDataSource(db.url, gatewayModules, 2);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('builds exactly the schema the entities describe (else: npm run migration:generate)', async () => {
    await dataSource.runMigrations();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seeds the 249 ISO 3166-1 countries', async () => {
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM country');
    expect(count).toBe(249);
  });

  it('reverts every migration and applies them again', async () => {
    const applied = await dataSource.query('SELECT count(*)::int AS count FROM migrations');
    for (let i = 0; i < applied[0].count; i++) await dataSource.undoLastMigration();
    const tables = await dataSource.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(tables).toEqual([]);
    await dataSource.runMigrations();
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
