import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface TestDatabase {
  url: string;
  /** `server` for the real PostgreSQL, `embedded` when none was reachable. */
  kind: 'server' | 'embedded';
  drop(): Promise<void>;
}

const DEFAULT_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function reachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh, empty database for one test file: created on the PostgreSQL server at
 * TEST_DATABASE_URL (default 127.0.0.1:5432) and dropped afterwards, or an in-memory embedded
 * one when no server answers, so the tests pass on a machine with nothing installed.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env['TEST_DATABASE_URL'] || DEFAULT_SERVER;
  if (process.env['TEST_DATABASE'] !== 'embedded' && (await reachable(serverUrl))) {
    const name = `lr_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      kind: 'server',
      async drop() {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      },
    };
  }
  const embedded = await startEmbeddedPostgres({ maxConnections: 20 });
  return { url: embedded.url, kind: 'embedded', drop: () => embedded.stop() };
}
