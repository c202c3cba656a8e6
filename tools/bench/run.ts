import { isDeepStrictEqual, parseArgs } from 'node:util';
import { join } from 'node:path';
import { createDatabase, databaseUrl, dropDatabase, growData, SERVER_URL } from './bench-database';
import { load, type BenchRequest, type LoadResult } from './load';
import { StatementCounter } from './pg-counter';
import { ROOT, startBare, startGateway, startPostGraphile, type RunningServer } from './servers';
import { WORKLOADS, type Workload } from './workloads';

/**
 * `npm run bench`: the read path against PostGraphile v4 and a bare Node + pg server, on a
 * throwaway database grown to partner size. See docs/benchmarks.md for what it does and the
 * latest figures.
 *
 *   npm run bench -- [--seconds 5] [--rounds 2] [--connections 10] [--mix-seconds 20] [--gateway dist/apps/gateway/main.js]
 */
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'mix-seconds': { type: 'string', default: '20' },
    gateway: { type: 'string', default: join(ROOT, 'dist', 'apps', 'gateway', 'main.js') },
  },
});
const GATEWAY = args.gateway ?? join(ROOT, 'dist', 'apps', 'gateway', 'main.js');
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
const PORTS = { gateway: 4610, postgraphile: 4611, bare: 4612 };
type Names = RunningServer['name'];

const log = (line = '') => process.stdout.write(`${line}\n`);
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

async function adminToken(gateway: RunningServer): Promise<string> {
  const res = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: { email: "admin@learningroutes.org", password: "learning-routes-demo" }) { token } }` }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`cannot sign in to the gateway: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** How each server is asked for a workload. */
function requestFor(server: Names, workload: Workload, token: string): BenchRequest {
  if (server === 'bare') return { method: 'GET', path: workload.bare };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (server === 'gateway') headers['authorization'] = `Bearer ${token}`;
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: server === 'gateway' ? workload.gateway : workload.postgraphile }) };
}

async function ask(server: RunningServer, request: BenchRequest): Promise<unknown> {
  const res = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || body.errors || !body.data) throw new Error(`${server.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

async function startAll(url: string, gatewayMain: string): Promise<Record<Names, RunningServer>> {
  const [gateway, postgraphile, bare] = await Promise.all([startGateway(gatewayMain, url, PORTS.gateway), startPostGraphile(url, PORTS.postgraphile), startBare(url, PORTS.bare)]);
  return { gateway, postgraphile, bare };
}

const stopAll = (servers: Record<Names, RunningServer>) => Promise.all(Object.values(servers).map((s) => s.stop()));

/** Same rows from all three, and the statements each sends to PostgreSQL per request. */
async function checkAndCount(name: string): Promise<Map<string, Record<Names, number>>> {
  const counter = new StatementCounter({ host: new URL(SERVER_URL).hostname, port: Number(new URL(SERVER_URL).port || 5432) });
  const port = await counter.start();
  const servers = await startAll(databaseUrl(name, SERVER_URL.replace(/:\d+\//, `:${port}/`)), GATEWAY);
  const statements = new Map<string, Record<Names, number>>();
  try {
    const token = await adminToken(servers.gateway);
    for (const workload of WORKLOADS) {
      const answers = {} as Record<Names, unknown>;
      const perRequest = {} as Record<Names, number>;
      for (const server of Object.values(servers)) {
        const request = requestFor(server.name, workload, token);
        answers[server.name] = workload.normalise[server.name](await ask(server, request)); // also warms the server up
        const before = counter.statements;
        for (let i = 0; i < 10; i += 1) await ask(server, request);
        perRequest[server.name] = (counter.statements - before) / 10;
      }
      for (const other of ['postgraphile', 'bare'] as const) {
        if (!isDeepStrictEqual(answers.gateway, answers[other])) {
          throw new Error(`${workload.name}: the gateway and ${other} disagree\n gateway: ${JSON.stringify(answers.gateway).slice(0, 800)}\n ${other}: ${JSON.stringify(answers[other]).slice(0, 800)}`);
        }
      }
      const rows = answers.gateway as unknown[];
      log(`  ${workload.name}: the same ${rows.length} rows from all three (${JSON.stringify(answers.gateway).length} bytes normalised)`);
      statements.set(workload.name, perRequest);
    }
  } finally {
    await stopAll(servers);
    await counter.stop();
  }
  return statements;
}

interface Measured {
  results: Record<Names, LoadResult[]>;
}

async function measure(servers: Record<Names, RunningServer>, token: string): Promise<Map<string, Measured>> {
  const measured = new Map<string, Measured>(WORKLOADS.map((w) => [w.name, { results: { gateway: [], postgraphile: [], bare: [] } }]));
  for (const workload of WORKLOADS) {
    for (const server of Object.values(servers)) await load(server.url, [requestFor(server.name, workload, token)], { connections: CONNECTIONS, seconds: 2 });
  }
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const workload of WORKLOADS) {
      // Interleaved, and in a different order each round, so drift hits every server alike.
      const order = round % 2 ? Object.values(servers) : Object.values(servers).reverse();
      for (const server of order) {
        const result = await load(server.url, [requestFor(server.name, workload, token)], { connections: CONNECTIONS, seconds: SECONDS });
        if (result.failures) throw new Error(`${server.name} failed ${result.failures} requests on ${workload.name}`);
        measured.get(workload.name)?.results[server.name].push(result);
      }
      log(`  round ${round}: ${workload.name} done`);
    }
  }
  return measured;
}

function combine(results: LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) => results.reduce((s, r) => s + pick(r), 0) / results.length;
  return { requests: mean((r) => r.requests), rps: mean((r) => r.rps), p50: mean((r) => r.p50), p95: mean((r) => r.p95), p99: mean((r) => r.p99), failures: 0 };
}

async function main() {
  const name = `lr_bench_${process.pid}`;
  const started = Date.now();
  log(`Bench database ${name} on ${new URL(SERVER_URL).host}; gateway ${GATEWAY}`);
  await createDatabase(name);
  try {
    // The gateway's first start creates the schema and loads the demo data; then it is grown.
    const first = await startGateway(GATEWAY, databaseUrl(name), PORTS.gateway);
    await first.stop();
    const counts = await growData(databaseUrl(name));
    log(`Data: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);

    log('\nChecking answers and counting statements (through a counting proxy):');
    const statements = await checkAndCount(name);

    log(`\nLoad: ${ROUNDS} interleaved rounds of ${SECONDS} s per server and workload, ${CONNECTIONS} connections`);
    const servers = await startAll(databaseUrl(name), GATEWAY);
    try {
      const token = await adminToken(servers.gateway);
      const measured = await measure(servers, token);

      log(`\nSteady mix on the gateway: 100 req/s for ${args['mix-seconds']} s, 60 % routes / 30 % programmes / 10 % practices`);
      const mixRequests = [0, 0, 0, 0, 0, 0, 1, 1, 1, 2].map((i) => requestFor('gateway', WORKLOADS[i], token));
      const mix = await load(servers.gateway.url, mixRequests, { connections: 10, seconds: Number(args['mix-seconds']), rate: 100 });
      const rss = Object.fromEntries(Object.values(servers).map((s) => [s.name, s.rssMb()])) as Record<Names, number>;

      log('\n| workload | server | req/s | p50 ms | p95 ms | p99 ms | statements/request | vs PostGraphile | vs bare |');
      log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const workload of WORKLOADS) {
        const m = measured.get(workload.name);
        const counted = statements.get(workload.name);
        if (!m || !counted) continue;
        const all = { gateway: combine(m.results.gateway), postgraphile: combine(m.results.postgraphile), bare: combine(m.results.bare) };
        for (const server of ['gateway', 'postgraphile', 'bare'] as const) {
          const r = all[server];
          const ratios = server === 'gateway' ? `${fixed(r.rps / all.postgraphile.rps, 2)}× | ${fixed(r.rps / all.bare.rps, 2)}×` : ' | ';
          log(`| ${workload.name} | ${server} | ${fixed(r.rps, 0)} | ${fixed(r.p50)} | ${fixed(r.p95)} | ${fixed(r.p99)} | ${fixed(counted[server], 1)} | ${ratios} |`);
        }
      }
      log(`\nMix at 100 req/s: ${mix.requests} requests, p50 ${fixed(mix.p50)} ms, p95 ${fixed(mix.p95)} ms, p99 ${fixed(mix.p99)} ms, ${mix.failures} failed`);
      log(`RSS after the runs: gateway ${fixed(rss.gateway, 0)} MB, PostGraphile ${fixed(rss.postgraphile, 0)} MB, bare ${fixed(rss.bare, 0)} MB`);
    } finally {
      await stopAll(servers);
    }
  } finally {
    await dropDatabase(name);
    log(`\nDone in ${Math.round((Date.now() - started) / 1000)} s; ${name} dropped.`);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
