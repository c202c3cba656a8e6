import { platformModule, Role } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { actionPlansModule } from '@lr/server-action-plans';
import { championsModule } from '@lr/server-champions';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { logisticsModule } from '../src';

export { createApiKey, dataOf, errorOf, fieldsOf, ok, outcome, pdfText } from '@lr/server-core/testing';

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A real gateway with every module logistics reads (practices, champions, delegations, action plans), on a database of its own. */
export function startLogisticsGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule, actionPlansModule, logisticsModule], env);
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

const admins = new WeakMap<TestGateway, Promise<string>>();
/** An admin's token, made once per gateway. */
export function adminToken(gw: TestGateway): Promise<string> {
  if (!admins.has(gw)) admins.set(gw, gw.tokenFor(Role.ADMIN));
  return admins.get(gw) as Promise<string>;
}

/** A logistics editor's token. */
export const logisticsEditor = (gw: TestGateway) => gw.tokenFor(Role.EDITOR, ['logistics']);

export interface RouteFixture {
  id: string;
  version: number;
  programmeId: string;
}

/**
 * A programme (GBP unless told) and a route of it hosted by Peru, 8 days from 2025-05-12 to
 * 2025-05-19 unless told.
 */
export async function createRoute(
  gw: TestGateway,
  options: { startDate?: string; endDate?: string; hostCountryCode?: string; currency?: string; maxRouteDays?: number } = {},
): Promise<RouteFixture> {
  const token = await adminToken(gw);
  const programme = await ok(
    gw,
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    { input: { name: { en: unique('Programme') }, budget: { amount: '1009038', currency: options.currency ?? 'GBP' }, ...(options.maxRouteDays ? { maxRouteDays: options.maxRouteDays } : {}) } },
    { token },
  );
  const route = await ok(
    gw,
    `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id version } }`,
    {
      input: {
        programmeId: programme.id,
        title: { en: unique('Route'), es: 'Ruta de aprendizaje' },
        hostCountryCode: options.hostCountryCode ?? 'PE',
        workingLanguages: ['ES', 'EN'],
        startDate: options.startDate ?? '2025-05-12',
        endDate: options.endDate ?? '2025-05-19',
      },
    },
    { token },
  );
  return { ...route, programmeId: programme.id };
}

export async function createPerson(gw: TestGateway, extra: Record<string, unknown> = {}): Promise<string> {
  const token = await adminToken(gw);
  const name = unique('Person');
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: name, familyName: 'Traveller', gender: 'FEMALE', email: `${name.toLowerCase()}@test.example`, ...extra } },
    { token },
  );
  return person.id;
}

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

/** A national team of one selected participant (delegations' rules allow it on a fresh route), returning the person. */
export async function selectedParticipant(gw: TestGateway, routeId: string, countryCode = 'GT'): Promise<string> {
  const token = await adminToken(gw);
  const delegation = await ok(
    gw,
    `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
    { input: { routeId, name: unique('Delegation'), kind: 'NATIONAL_TEAM', countryCode } },
    { token },
  );
  const personId = await createPerson(gw);
  const participant = await ok(
    gw,
    `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id version } }`,
    { input: { delegationId: delegation.id, personId, sector: 'GOVERNMENT' } },
    { token },
  );
  await ok(gw, `mutation($id: ID!, $v: Int!) { changeSelectionStatus(participantId: $id, toStatus: SELECTED, version: $v) { id } }`, { id: participant.id, v: participant.version }, { token });
  return personId;
}
