// The typings of PGlite's contrib subpaths, for every project that compiles this file (an import cannot load a .d.ts).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./pglite-contrib.d.ts" />
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (Postgres compiled to WebAssembly) behind a socket that speaks the Postgres wire
 * protocol, so TypeORM's normal driver works unchanged. PGlite runs one query at a time; the
 * socket server queues the rest, so `maxConnections` must be at least the pool size.
 *
 * @param dataDir folder that keeps the data between runs, or undefined for an in-memory database
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  port?: number;
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // Contrib extensions the migrations install (CREATE EXTENSION) must be loaded into PGlite first.
  const extensions = { unaccent, pg_trgm };
  const db = options.dataDir ? new PGlite(options.dataDir, { extensions }) : new PGlite({ extensions });
  await db.waitReady;
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  const address = server.getServerConn(); // host:port
  return {
    url: `postgres://postgres:postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
