import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
// Random per run: production refuses a guessable secret (and one spelling "secret").
export const TOKEN_SECRET = randomBytes(48).toString('base64');

/** A server the bench started, and how to ask it something. */
export interface RunningServer {
  name: 'gateway' | 'postgraphile' | 'bare';
  url: string;
  process: ChildProcess;
  /** Resident memory now, in MB (Linux). */
  rssMb(): number;
  /** CPU time the process has used so far (user + system), in ms (Linux). */
  cpuMs(): number;
  stop(): Promise<void>;
}

const started = new Set<ChildProcess>();
// Whatever happens to the bench, the servers it started go with it.
process.once('exit', () => {
  for (const child of started) child.kill('SIGKILL');
});

async function waitFor(url: string, init: RequestInit | undefined, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})\n${log()}`);
    try {
      const res = await fetch(url, init);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within a minute\n${log()}`);
}

async function run(name: RunningServer['name'], command: string[], env: Record<string, string>, port: number, ready: { path: string; init?: RequestInit }): Promise<RunningServer> {
  const child = spawn(process.execPath, command, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}${ready.path}`, ready.init, child, () => output);
  return {
    name,
    url,
    process: child,
    rssMb() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    },
    cpuMs() {
      // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms; the name before them may hold spaces.
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      started.delete(child);
    },
  };
}

/**
 * The compiled gateway (`npm run build`), as production runs it, with `env` on top (e.g.
 * GRAPHQL_EXECUTOR). The rate limits are raised so the load never meets them: they are still
 * counted on every request, as in production, but none is refused.
 */
export function startGateway(main: string, databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<RunningServer> {
  return run(
    'gateway',
    [main],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TOKEN_SECRET,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      DB_POOL_SIZE: '10',
      USER_REQUESTS_PER_MINUTE: '1000000',
      API_KEY_REQUESTS_PER_MINUTE: '1000000',
      PARTNER_POINTS_PER_HOUR: '1000000000',
      ...env,
    },
    port,
    { path: '/healthz' },
  );
}

/** PostGraphile v4 on the same database, reads only. */
export function startPostGraphile(databaseUrl: string, port: number): Promise<RunningServer> {
  const cli = join(dirname(require.resolve('postgraphile/package.json')), 'cli.js');
  return run(
    'postgraphile',
    ['-r', join(ROOT, 'tools', 'bench', 'one-graphql.cjs'), cli, '--connection', databaseUrl, '--schema', 'public', '--disable-default-mutations', '--host', '127.0.0.1', '--port', String(port), '--disable-query-log', '--dynamic-json'],
    { NODE_ENV: 'production' },
    port,
    { path: '/graphql', init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' } },
  );
}

/** The bare Node + pg server (one json_agg statement per read). */
export function startBare(databaseUrl: string, port: number): Promise<RunningServer> {
  return run(
    'bare',
    ['-r', 'ts-node/register/transpile-only', join(ROOT, 'tools', 'bench', 'bare-server.ts')],
    { DATABASE_URL: databaseUrl, PORT: String(port), POOL_SIZE: '10', TS_NODE_PROJECT: join(ROOT, 'tools', 'tsconfig.json') },
    port,
    { path: '/healthz' },
  );
}
