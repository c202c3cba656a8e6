import { isDeepStrictEqual, parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
 *                    [--executor graphql-js|jit] [--variants executor,security,api-key|none] [--variants-only]
 */
const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    connections: { type: 'string', default: '10' },
    'mix-seconds': { type: 'string', default: '20' },
    gateway: { type: 'string', default: join(ROOT, 'dist', 'apps', 'gateway', 'main.js') },
    // GRAPHQL_EXECUTOR of the gateway measured against PostGraphile and bare (the other is a variant).
    executor: { type: 'string', default: 'graphql-js' },
    // Other gateways measured in the same interleaved rounds (see VARIANTS below).
    variants: { type: 'string', default: 'executor,security,api-key' },
    // Only the variants: no PostGraphile, no bare server, no statement counts, no mix (quicker, so more rounds fit).
    'variants-only': { type: 'boolean', default: false },
  },
});
const GATEWAY = args.gateway ?? join(ROOT, 'dist', 'apps', 'gateway', 'main.js');
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);
// The bench entry serves its variants on `variants`, `variants + 1` and `variants + 2`.
const PORTS = { gateway: 4610, postgraphile: 4611, bare: 4612, variants: 4613 };
type Names = RunningServer['name'];

const EXECUTORS = ['graphql-js', 'jit'];
const EXECUTOR = args.executor ?? 'graphql-js';
if (!EXECUTORS.includes(EXECUTOR)) throw new Error(`--executor must be ${EXECUTORS.join(' or ')}`);
const OTHER_EXECUTOR = EXECUTORS.find((e) => e !== EXECUTOR) ?? 'jit';
/**
 * Measured in one more process, the build's bench entry (apps/gateway/src/bench-main.ts), which
 * serves the gateway several ways side by side, so they are compared with the same heap and
 * optimised code; each is set against that process's own gateway as configured:
 * - executor: the other GRAPHQL_EXECUTOR;
 * - security: no security layer (every request an admin), to measure what the layer costs;
 * - api-key: asked with a partner API key instead of the admin's session token.
 */
const VARIANTS = new Set(args.variants === 'none' ? [] : (args.variants ?? '').split(',').filter(Boolean));
const BENCH_MAIN = join(dirname(GATEWAY), 'bench-main.js');

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

async function partnerKey(gateway: RunningServer, token: string): Promise<string> {
  const expiresAt = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
  const data = (await ask(gateway, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`, variables: { input: { name: 'Benchmark partner', expiresAt } } }),
  })) as { createApiKey: { key: string } };
  return data.createApiKey.key;
}

/** Who the gateway is asked as: the admin's session token, a partner key, or nobody (security layer off). */
type Credentials = { token?: string; apiKey?: string };

/** How each server is asked for a workload. */
function requestFor(server: Names, workload: Workload, credentials: Credentials): BenchRequest {
  if (server === 'bare') return { method: 'GET', path: workload.bare };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (server === 'gateway' && credentials.token) headers['authorization'] = `Bearer ${credentials.token}`;
  if (server === 'gateway' && credentials.apiKey) headers['x-api-key'] = credentials.apiKey;
  return { method: 'POST', path: '/graphql', headers, body: JSON.stringify({ query: server === 'gateway' ? workload.gateway : workload.postgraphile }) };
}

async function ask(server: RunningServer, request: BenchRequest): Promise<unknown> {
  const res = await fetch(`${server.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (!res.ok || body.errors || !body.data) throw new Error(`${server.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

async function startAll(url: string, gatewayMain: string): Promise<Record<Names, RunningServer>> {
  const [gateway, postgraphile, bare] = await Promise.all([startGateway(gatewayMain, url, PORTS.gateway, { GRAPHQL_EXECUTOR: EXECUTOR }), startPostGraphile(url, PORTS.postgraphile), startBare(url, PORTS.bare)]);
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
        const request = requestFor(server.name, workload, { token });
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

/** One server asked one way: the three servers compared, and the gateway's variants. */
interface Target {
  label: string;
  server: RunningServer;
  credentials: Credentials;
  /** Workloads this target answers differently (a partner sees less): not measured. */
  skipped: Set<string>;
}

/** A load run, and the CPU time the server process spent on it per answer. */
type Measured = LoadResult & { cpuMsPerRequest: number };

async function measure(targets: Target[]): Promise<Map<string, Map<string, Measured[]>>> {
  const measured = new Map(WORKLOADS.map((w) => [w.name, new Map(targets.map((t) => [t.label, [] as Measured[]]))]));
  const runs = (workload: Workload) => targets.filter((t) => !t.skipped.has(workload.name));
  for (const workload of WORKLOADS) {
    for (const t of runs(workload)) await load(t.server.url, [requestFor(t.server.name, workload, t.credentials)], { connections: CONNECTIONS, seconds: 2 });
  }
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const workload of WORKLOADS) {
      // Interleaved, and in a different order each round, so drift hits every server alike.
      const order = round % 2 ? runs(workload) : runs(workload).reverse();
      for (const target of order) {
        const cpuBefore = target.server.cpuMs();
        const result = await load(target.server.url, [requestFor(target.server.name, workload, target.credentials)], { connections: CONNECTIONS, seconds: SECONDS });
        const cpuMsPerRequest = (target.server.cpuMs() - cpuBefore) / Math.max(1, result.requests);
        if (result.failures) throw new Error(`${target.label} failed ${result.failures} requests on ${workload.name}`);
        measured.get(workload.name)?.get(target.label)?.push({ ...result, cpuMsPerRequest });
      }
      log(`  round ${round}: ${workload.name} done`);
    }
  }
  return measured;
}

/** Each figure's median over the rounds: one round disturbed by the machine's other work does not move it. */
function combine(results: Measured[]): Measured {
  const median = (pick: (r: Measured) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    const middle = sorted.length / 2;
    return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
  };
  return {
    requests: median((r) => r.requests),
    rps: median((r) => r.rps),
    p50: median((r) => r.p50),
    p95: median((r) => r.p95),
    p99: median((r) => r.p99),
    cpuMsPerRequest: median((r) => r.cpuMsPerRequest),
    failures: 0,
  };
}

const BASELINE = 'one process: as configured';

/**
 * The bench entry's gateway as configured, and the variants asked for, each checked to give
 * the same rows before anything is measured (a partner key may see less: then not measured).
 */
async function variantTargets(url: string): Promise<{ targets: Target[]; process?: RunningServer }> {
  if (!VARIANTS.size) return { targets: [] };
  if (!existsSync(BENCH_MAIN)) {
    log(`  (this build has no ${BENCH_MAIN}: no variants measured)`);
    return { targets: [] };
  }
  const server = await startGateway(BENCH_MAIN, url, PORTS.variants, { GRAPHQL_EXECUTOR: EXECUTOR });
  const token = await adminToken(server);
  const on = (offset: number): RunningServer => ({ ...server, url: `http://127.0.0.1:${PORTS.variants + offset}` });
  const baseline: Target = { label: BASELINE, server, credentials: { token }, skipped: new Set() };
  const targets: Target[] = [baseline];
  if (VARIANTS.has('security')) targets.push({ label: 'one process: security layer off', server: on(1), credentials: {}, skipped: new Set() });
  if (VARIANTS.has('executor')) targets.push({ label: `one process: GRAPHQL_EXECUTOR=${OTHER_EXECUTOR}`, server: on(2), credentials: { token }, skipped: new Set() });
  if (VARIANTS.has('api-key')) targets.push({ label: 'one process: API key', server, credentials: { apiKey: await partnerKey(server, token) }, skipped: new Set() });
  for (const workload of WORKLOADS) {
    const expected = workload.normalise.gateway(await ask(server, requestFor('gateway', workload, baseline.credentials)));
    for (const target of targets.slice(1)) {
      const answer = await ask(target.server, requestFor('gateway', workload, target.credentials))
        .then((data) => workload.normalise.gateway(data))
        .catch((error: Error) => error);
      if (!(answer instanceof Error) && isDeepStrictEqual(answer, expected)) continue;
      if (target.credentials.apiKey) {
        target.skipped.add(workload.name);
        log(`  ${target.label}: ${workload.name} answers differently (partners see less); not measured`);
      } else {
        throw new Error(`${target.label} disagrees with the gateway on ${workload.name}: ${answer instanceof Error ? answer.message : JSON.stringify(answer).slice(0, 500)}`);
      }
    }
  }
  return { targets, process: server };
}

const percent = (part: number, whole: number) => `${fixed((100 * part) / whole)} %`;

/** Each variant against the gateway, workload by workload. */
function reportVariants(measured: Map<string, Map<string, Measured[]>>, base: string, variants: Target[]): void {
  log('\n| workload | gateway | req/s | p50 ms | p95 ms | p99 ms | CPU ms/request | CPU ms/request, rounds |');
  log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const workload of WORKLOADS) {
    for (const label of [base, ...variants.map((v) => v.label)]) {
      const runs = measured.get(workload.name)?.get(label);
      if (!runs?.length) continue;
      const r = combine(runs);
      const cpu = runs.map((run) => run.cpuMsPerRequest);
      log(`| ${workload.name} | ${label} | ${fixed(r.rps, 0)} | ${fixed(r.p50)} | ${fixed(r.p95)} | ${fixed(r.p99)} | ${fixed(r.cpuMsPerRequest, 2)} | ${fixed(Math.min(...cpu), 2)}–${fixed(Math.max(...cpu), 2)} |`);
    }
  }
  log('');
  for (const variant of variants) {
    for (const workload of WORKLOADS) {
      const of = (label: string) => {
        const runs = measured.get(workload.name)?.get(label);
        return runs?.length ? combine(runs) : null;
      };
      const b = of(base);
      const v = of(variant.label);
      if (!b || !v) continue;
      const cpu = `CPU ${fixed(b.cpuMsPerRequest, 2)} → ${fixed(v.cpuMsPerRequest, 2)} ms/request (${percent(v.cpuMsPerRequest - b.cpuMsPerRequest, b.cpuMsPerRequest)})`;
      if (variant.label.endsWith('security layer off')) {
        // What the layer costs: the difference it makes, as a share of the gateway's own figures.
        log(`${workload.name}: the security layer costs ${fixed(b.p50 - v.p50)} ms of a ${fixed(b.p50)} ms p50 (${percent(b.p50 - v.p50, b.p50)}) and ${fixed(b.cpuMsPerRequest - v.cpuMsPerRequest, 2)} of ${fixed(b.cpuMsPerRequest, 2)} CPU ms/request (${percent(b.cpuMsPerRequest - v.cpuMsPerRequest, b.cpuMsPerRequest)})`);
      } else {
        log(`${workload.name}: ${variant.label} ${fixed(v.rps / b.rps, 2)}× the req/s, p50 ${fixed(b.p50)} → ${fixed(v.p50)} ms, ${cpu}`);
      }
    }
  }
}

/** `--variants-only`: the bench entry's gateway, served several ways, and nothing else. */
async function variantsOnly(url: string): Promise<void> {
  log(`\nLoad: ${ROUNDS} interleaved rounds of ${SECONDS} s per variant and workload, ${CONNECTIONS} connections; GRAPHQL_EXECUTOR=${EXECUTOR}`);
  const variants = await variantTargets(url);
  try {
    if (variants.targets.length < 2) throw new Error('--variants-only needs --variants and a build with bench-main.js');
    const measured = await measure(variants.targets);
    log(`\nRSS after the runs: bench entry ${fixed(variants.process?.rssMb() ?? NaN, 0)} MB`);
    reportVariants(measured, BASELINE, variants.targets.slice(1));
  } finally {
    await variants.process?.stop();
  }
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

    if (args['variants-only']) {
      await variantsOnly(databaseUrl(name));
      return;
    }

    log('\nChecking answers and counting statements (through a counting proxy):');
    const statements = await checkAndCount(name);

    log(`\nLoad: ${ROUNDS} interleaved rounds of ${SECONDS} s per server and workload, ${CONNECTIONS} connections; gateway GRAPHQL_EXECUTOR=${EXECUTOR}`);
    const servers = await startAll(databaseUrl(name), GATEWAY);
    let variants: { targets: Target[]; process?: RunningServer } = { targets: [] };
    try {
      const token = await adminToken(servers.gateway);
      const main: Target[] = Object.values(servers).map((server) => ({ label: server.name, server, credentials: { token }, skipped: new Set<string>() }));
      variants = await variantTargets(databaseUrl(name));
      const measured = await measure([...main, ...variants.targets]);

      log(`\nSteady mix on the gateway: 100 req/s for ${args['mix-seconds']} s, 60 % routes / 30 % programmes / 10 % practices`);
      const mixRequests = [0, 0, 0, 0, 0, 0, 1, 1, 1, 2].map((i) => requestFor('gateway', WORKLOADS[i], { token }));
      const mix = await load(servers.gateway.url, mixRequests, { connections: 10, seconds: Number(args['mix-seconds']), rate: 100 });
      const rss = Object.fromEntries(Object.values(servers).map((s) => [s.name, s.rssMb()])) as Record<Names, number>;

      log('\n| workload | server | req/s | p50 ms | p95 ms | p99 ms | CPU ms/request | statements/request | vs PostGraphile | vs bare |');
      log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
      for (const workload of WORKLOADS) {
        const m = measured.get(workload.name);
        const counted = statements.get(workload.name);
        if (!m || !counted) continue;
        const all = Object.fromEntries((['gateway', 'postgraphile', 'bare'] as const).map((n) => [n, combine(m.get(n) ?? [])])) as Record<Names, Measured>;
        for (const server of ['gateway', 'postgraphile', 'bare'] as const) {
          const r = all[server];
          const ratios = server === 'gateway' ? `${fixed(r.rps / all.postgraphile.rps, 2)}× | ${fixed(r.rps / all.bare.rps, 2)}×` : ' | ';
          log(`| ${workload.name} | ${server} | ${fixed(r.rps, 0)} | ${fixed(r.p50)} | ${fixed(r.p95)} | ${fixed(r.p99)} | ${fixed(r.cpuMsPerRequest, 2)} | ${fixed(counted[server], 1)} | ${ratios} |`);
        }
      }
      log(`\nMix at 100 req/s: ${mix.requests} requests, p50 ${fixed(mix.p50)} ms, p95 ${fixed(mix.p95)} ms, p99 ${fixed(mix.p99)} ms, ${mix.failures} failed`);
      const variantRss = variants.process ? `, bench entry (${variants.targets.length > 1 ? 'gateway served several ways' : 'gateway'}) ${fixed(variants.process.rssMb(), 0)} MB` : '';
      log(`RSS after the runs: gateway ${fixed(rss.gateway, 0)} MB, PostGraphile ${fixed(rss.postgraphile, 0)} MB, bare ${fixed(rss.bare, 0)} MB${variantRss}`);
      if (variants.targets.length > 1) reportVariants(measured, BASELINE, variants.targets.slice(1));
    } finally {
      await stopAll(servers);
      await variants.process?.stop();
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
