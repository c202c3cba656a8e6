import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Role, platformModule } from '@lr/server-core';
import { startTestGateway } from '@lr/server-core/testing';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { practicesModule } from '@lr/server-practices';

// The modules the measured queries touch (the gateway composes the same list).
const MODULES = [platformModule, coreDomainModule, practicesModule, championsModule];

/**
 * Measures list queries with nested fields on a real gateway over HTTP (loopback only):
 * 200 routes and 200 practices, then a bounded number of sequential requests per query.
 * Prints p50/p95/max latency and SQL statements per request.
 *
 *   apps/gateway/run-ts.sh tools/bench/api-lists.ts [requests=50]
 */
const REQUESTS = Number(process.argv[2] ?? 50);

const QUERIES: Record<string, string> = {
  'routes(first: 100) + programme, host country, areas, history': `{ routes(first: 100) { totalCount edges { node { title phase programme { name } hostCountry { name } thematicAreas { name } phaseHistory { toPhase } } } } }`,
  'practices(first: 100) + assessments, materials, champions': `{ practices(first: 100) { totalCount edges { node { title status score assessments { status } materials { kind } champions { role } } } } }`,
  'countries(first: 100)': `{ countries(first: 100) { totalCount edges { node { code name } } } }`,
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  const gw = await startTestGateway(MODULES);
  try {
    const admin = await gw.tokenFor(Role.ADMIN);
    await seed(gw, admin);
    console.log(`database: ${gw.database.kind}; ${REQUESTS} sequential requests per query\n`);
    console.log('query | p50 ms | p95 ms | max ms | SQL statements per request');
    for (const [name, query] of Object.entries(QUERIES)) {
      const times: number[] = [];
      let statements = 0;
      for (let i = 0; i < REQUESTS; i++) {
        gw.resetQueryLog();
        const start = performance.now();
        const res = await gw.graphql(query, {}, { token: admin });
        times.push(performance.now() - start);
        statements = gw.queryLog.length;
        if (res.errors) throw new Error(JSON.stringify(res.errors));
      }
      times.sort((a, b) => a - b);
      console.log(`${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} | ${statements}`);
    }
  } finally {
    await gw.close();
  }
}

async function seed(gw: Awaited<ReturnType<typeof startTestGateway>>, token: string) {
  const call = async (query: string, variables: Record<string, unknown>) => {
    const res = await gw.graphql(query, variables, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as Record<string, { id: string }>;
  };
  const area = await call(`mutation($i: CreateThematicAreaInput!) { createThematicArea(input: $i) { id } }`, { i: { code: 'bench-area', name: { en: 'Bench area' } } });
  const programme = await call(`mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }`, { i: { name: { en: 'Bench programme' } } });
  for (let i = 0; i < 200; i++) {
    const route = await call(`mutation($i: CreateRouteInput!) { createRoute(input: $i) { id } }`, {
      i: { programmeId: programme['createProgramme'].id, title: { en: `Route ${i}` }, hostCountryCode: 'PE', workingLanguages: ['EN'], thematicAreaIds: [area['createThematicArea'].id] },
    });
    await call(`mutation($id: ID!) { advanceRoutePhase(routeId: $id, toPhase: SYSTEMATIZATION) { id } }`, { id: route['createRoute'].id });
    await call(`mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }`, {
      i: { title: { en: `Practice ${i}` }, countryCode: 'PE', level: 'DISTRICT', thematicAreaIds: [area['createThematicArea'].id] },
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
