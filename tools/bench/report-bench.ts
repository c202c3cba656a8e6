import { parseArgs } from 'node:util';
import { createLogger, platformModule, Role, seedDemoData } from '@lr/server-core';
import { startTestGateway } from '@lr/server-core/testing';
import { actionPlansModule } from '@lr/server-action-plans';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { followUpModule } from '@lr/server-follow-up';
import { logisticsModule } from '@lr/server-logistics';
import { practicesModule } from '@lr/server-practices';
import { reportsModule } from '@lr/server-reports';

/**
 * How long the programme report takes for a programme with many routes (docs/benchmarks.md,
 * "Programme report"). A test gateway in this process, with the demo data, on a throwaway
 * database on the PostgreSQL server of the tests (TEST_DATABASE_URL, else 127.0.0.1:5432);
 * `--routes` more routes are added to the Peru route's programme (empty routes: each still costs
 * every module's reads). Then `--runs` timed `programmeReport` queries after two warm-ups:
 * median and spread of the wall time, CPU time per report, and the SQL statements per report.
 *
 *   TS_NODE_PROJECT=tools/tsconfig.json node -r ts-node/register/transpile-only -r tsconfig-paths/register \
 *     tools/bench/report-bench.ts [--routes 100] [--runs 15]
 */
const { values: args } = parseArgs({
  options: {
    routes: { type: 'string', default: '100' },
    runs: { type: 'string', default: '15' },
    // Also print the last report's statements grouped by the first table each names (what to batch next).
    log: { type: 'boolean', default: false },
  },
});

const QUERY = `query($id: ID!) { programmeReport(programmeId: $id) {
  programme { id } routes { route { id } participation { participants } plans { total } }
  participation { participants } plans { total awarded { amount } } indicators { total } surveys { invited }
  budget { planned { amount } } } }`;

/** Every module a report reads, in the gateway's order, and the reports module last. */
const MODULES = [
  platformModule,
  coreDomainModule,
  delegationsModule,
  practicesModule,
  championsModule,
  actionPlansModule,
  logisticsModule,
  followUpModule,
  reportsModule,
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** How many statements name each table first (FROM / INTO / UPDATE), most first. */
function statementsByTable(log: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const sql of log) {
    const table = /\b(?:FROM|INTO|UPDATE)\s+"?(\w+)"?/i.exec(sql)?.[1] ?? sql.slice(0, 40);
    counts.set(table, (counts.get(table) ?? 0) + 1);
  }
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1]));
}

async function main() {
  const extra = Number(args.routes);
  const runs = Number(args.runs);
  const gw = await startTestGateway(MODULES);
  try {
    if (!(await seedDemoData(gw.dataSource, MODULES, createLogger('silent'))))
      throw new Error('The demo data did not load');
    const admin = await gw.tokenFor(Role.ADMIN);
    const [{ programme_id: programmeId }] = await gw.dataSource.query(
      `SELECT programme_id FROM learning_route WHERE host_country_code = 'PE'`,
    );
    await gw.dataSource.query(
      `INSERT INTO learning_route (version, programme_id, title, host_country_code, working_languages, start_date, end_date, phase)
       SELECT 1, $1, jsonb_build_object('en', 'Report bench route ' || g), 'SN', '{en}', date '2030-01-01' + g, date '2030-01-07' + g, 'PLANNING'
       FROM generate_series(1, $2::int) g`,
      [programmeId, extra],
    );
    const ask = async () => {
      const res = await gw.graphql(QUERY, { id: programmeId }, { token: admin });
      if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
      return res.data['programmeReport'];
    };
    await ask();
    await ask();
    const times: number[] = [];
    const cpu = process.cpuUsage();
    let statements = 0;
    let routes = 0;
    let lastLog: string[] = [];
    for (let i = 0; i < runs; i += 1) {
      gw.resetQueryLog();
      const started = process.hrtime.bigint();
      const report = await ask();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      statements = gw.queryLog.length;
      lastLog = [...gw.queryLog];
      routes = report.routes.length;
    }
    const used = process.cpuUsage(cpu);
    const fixed = (n: number) => n.toFixed(1);
    console.log(
      JSON.stringify({
        routes,
        runs,
        medianMs: fixed(median(times)),
        minMs: fixed(Math.min(...times)),
        maxMs: fixed(Math.max(...times)),
        // This process serves and asks, so its CPU time per report is the gateway's plus the client's.
        cpuMsPerReport: fixed((used.user + used.system) / 1000 / runs),
        statementsPerReport: statements,
      }),
    );
    if (args.log) console.log(JSON.stringify(statementsByTable(lastLog), null, 1));
  } finally {
    await gw.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
