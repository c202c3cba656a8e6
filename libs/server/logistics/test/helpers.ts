import { platformModule, Role } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { actionPlansModule } from '@lr/server-action-plans';
import { championsModule } from '@lr/server-champions';
import { delegationsModule } from '@lr/server-delegations';
import * as fixtures from '@lr/server-delegations/testing';
import { practicesModule } from '@lr/server-practices';
import { logisticsModule } from '../src';

export { createApiKey, dataOf, errorOf, fieldsOf, ok, outcome, pdfText } from '@lr/server-core/testing';
export { adminToken, createRoute, selectedParticipant, unique, UNKNOWN_ID, type RouteFixture } from '@lr/server-delegations/testing';
const { adminToken, unique } = fixtures;

/** A real gateway with every module logistics reads (practices, champions, delegations, action plans), on a database of its own. */
export function startLogisticsGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule, actionPlansModule, logisticsModule], env);
}

/** A logistics editor's token. */
export const logisticsEditor = (gw: TestGateway) => gw.tokenFor(Role.EDITOR, ['logistics']);

/** A person; their family name is "Traveller" (messages naming people are read back). */
export const createPerson = (gw: TestGateway, extra: Record<string, unknown> = {}) => fixtures.createPerson(gw, { familyName: 'Traveller', ...extra });

/** A practice attached to the route as a case, moved straight to `status` (setup, not the rule under test). */
export async function attachCase(gw: TestGateway, routeId: string, status = 'SYSTEMATIZED'): Promise<string> {
  const token = await adminToken(gw);
  const practice = await ok(
    gw,
    `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`,
    { input: { title: { en: unique('Practice') }, countryCode: 'PE', level: 'NATIONAL' } },
    { token },
  );
  await gw.dataSource.query(`UPDATE practice SET status = $1 WHERE id = $2`, [status, practice.id]);
  await ok(gw, `mutation($p: ID!, $r: ID!) { attachPracticeToRoute(practiceId: $p, routeId: $r) { id } }`, { p: practice.id, r: routeId }, { token });
  return practice.id;
}

export async function createChampion(gw: TestGateway): Promise<string> {
  const token = await adminToken(gw);
  const personId = await createPerson(gw);
  const champion = await ok(gw, `mutation($input: CreateChampionInput!) { createChampion(input: $input) { id } }`, { input: { personId } }, { token });
  return champion.id;
}

