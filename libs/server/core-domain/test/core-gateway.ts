import { platformModule } from '@lr/server-core';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '../src';

/** A real gateway with the platform and core modules, on a database of its own. */
export function startCoreGateway(): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule]);
}

/** Creates a programme and returns its id; dates default to 2014. */
export async function createProgramme(gw: TestGateway, token: string, input: Record<string, unknown> = {}): Promise<string> {
  const res = await gw.graphql(
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    { input: { name: { en: 'Pilot programme' }, startDate: '2014-01-01', endDate: '2014-12-31', ...input } },
    { token },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!['createProgramme'].id;
}

export async function createRoute(gw: TestGateway, token: string, input: Record<string, unknown>): Promise<{ id: string; version: number }> {
  const res = await gw.graphql(
    `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id version } }`,
    { input: { title: { en: 'A route' }, hostCountryCode: 'PE', workingLanguages: ['ES', 'EN'], ...input } },
    { token },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!['createRoute'];
}
