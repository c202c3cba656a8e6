import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`gateway not ready in time:\n${log()}`);
}

describe('smoke: the gateway as `npm start` runs it, on the embedded database', () => {
  let child: ChildProcess;
  let url: string;
  let dataDir: string;
  let output = '';

  beforeAll(async () => {
    // The same command the start script runs.
    const { GATEWAY } = require(join(ROOT, 'tools/scripts/processes.cjs'));
    const port = await freePort();
    dataDir = mkdtempSync(join(tmpdir(), 'lr-smoke-'));
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env['DATABASE_URL'];
    child = spawn(GATEWAY.command, GATEWAY.args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await waitUntilReady(url, child, () => output);
  });

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function graphql(query: string, token?: string): Promise<any> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return res.json();
  }

  it('answers health checks', async () => {
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready', database: 'reachable' });
  });

  it('serves the demo routes to the demo admin the README names', async () => {
    const login = await graphql(
      `mutation { login(input: { email: "admin@learningroutes.org", password: "learning-routes-demo" }) { token } }`,
    );
    const token = login.data.login.token;
    const result = await graphql(`{ routes(first: 10) { totalCount edges { node { title phase hostCountry { name } } } } }`, token);
    const hosts = result.data.routes.edges.map((e: { node: { hostCountry: { name: string } } }) => e.node.hostCountry.name);
    expect(hosts).toEqual(expect.arrayContaining(['Peru', 'Senegal']));
  });

  it('refuses anonymous reads', async () => {
    const result = await graphql(`{ routes(first: 1) { totalCount } }`);
    expect(result.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
