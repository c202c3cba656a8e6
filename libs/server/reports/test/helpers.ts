import { createLogger, platformModule, seedDemoData } from '@lr/server-core';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { actionPlansModule } from '@lr/server-action-plans';
import { championsModule } from '@lr/server-champions';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { followUpModule } from '@lr/server-follow-up';
import { logisticsModule } from '@lr/server-logistics';
import { practicesModule } from '@lr/server-practices';
import { reportsModule } from '../src';

export { createApiKey, errorOf, ok, outcome, pdfText } from '@lr/server-core/testing';

/** Every module reports read, in the gateway's order, and the reports module last. */
export const REPORT_MODULES = [
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

/** A real gateway with every module and their demo data (the Peru route's whole story). */
export async function startDemoGateway(): Promise<TestGateway> {
  const gw = await startTestGateway(REPORT_MODULES);
  if (!(await seedDemoData(gw.dataSource, REPORT_MODULES, createLogger('silent'))))
    throw new Error('The demo data did not load');
  return gw;
}

/** A download with a token or an API key: status, headers and bytes. */
export async function download(
  gw: TestGateway,
  path: string,
  auth: { token?: string; apiKey?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (auth.token) headers['Authorization'] = `Bearer ${auth.token}`;
  if (auth.apiKey) headers['X-Api-Key'] = auth.apiKey;
  const res = await fetch(`${gw.url}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    language: res.headers.get('content-language'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}

export const ROUTE_REPORT = `query($id: ID!) { routeReport(routeId: $id) {
  route { id }
  participation { delegations participants selected byCountry { key label count } bySector { key count } byGender { key count } byStatus { key count } delegationRows { name participants selected } }
  practices { practiceId title countryCode isCase sessions }
  agenda { days sessions byType { key count } blockingFindings warningFindings }
  plans { total byStatus { key count } plans { title delegation status awarded { amount currency } awardKinds } fund { amount currency } awarded { amount currency } awards }
  indicators { total onTrack offTrack noData indicators { name status progressPercent } }
  surveys { title invited answered responseRate }
  budget { currency planned { amount minorUnits } actual { amount minorUnits } variance { amount } burnPercent categories { category planned { amount minorUnits } actual { amount minorUnits } } }
} }`;
