import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@lr/server-core/testing';

const ROOT = join(__dirname, '../../..');
const { GATEWAY } = require(join(ROOT, 'tools/scripts/processes.cjs'));
const { PORTAL_PARTS, servePortal } = require(join(ROOT, 'tools/scripts/serve-portal.cjs'));

export const SHELL_URL = `http://localhost:${PORTAL_PARTS[0].port}`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface PortalStack {
  apiUrl: string;
  /** Stops the routes remote's server, as if its team's deployment were down. */
  stopRemote(name: string): Promise<void>;
  startRemote(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The system as users meet it: the gateway process (same command as `npm start`) on a fresh
 * test database with the demo data, and the built shell and remotes served on their ports.
 */
export async function startPortalStack(): Promise<PortalStack> {
  const database: TestDatabase = await createTestDatabase();
  const port = await freePort();
  const apiUrl = `http://localhost:${port}/graphql`;
  let log = '';
  const gateway: ChildProcess = spawn(GATEWAY.command, GATEWAY.args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DATABASE_URL: database.url, SEED_DEMO: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  gateway.stdout?.on('data', (d) => (log += d));
  gateway.stderr?.on('data', (d) => (log += d));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (gateway.exitCode !== null) throw new Error(`gateway exited:\n${log}`);
    if (Date.now() > deadline) throw new Error(`gateway not ready:\n${log}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  const stops = new Map<string, () => Promise<void>>();
  const serve = async (part: { name: string }) => stops.set(part.name, await servePortal({ apiUrl, parts: [part] }));
  for (const part of PORTAL_PARTS) await serve(part);

  return {
    apiUrl,
    async stopRemote(name) {
      await stops.get(name)?.();
      stops.delete(name);
    },
    async startRemote(name) {
      await serve(PORTAL_PARTS.find((p: { name: string }) => p.name === name));
    },
    async stop() {
      for (const stop of stops.values()) await stop();
      const exited = new Promise((r) => gateway.once('exit', r));
      gateway.kill('SIGTERM');
      await exited;
      await database.drop();
    },
  };
}
