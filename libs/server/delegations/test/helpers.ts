import { platformModule, Role, User } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '../src';

export { createApiKey, dataOf, errorOf, fieldsOf, ok, outcome } from '@lr/server-core/testing';

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A real gateway with every module delegations depends on, on a database of its own. */
export function startDelegationsGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule], env);
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

export async function createRoute(gw: TestGateway, token: string, dates: { startDate?: string; endDate?: string } = {}): Promise<{ id: string; version: number }> {
  const programme = await ok(gw, `mutation { createProgramme(input: { name: { en: "Pilot" } }) { id } }`, {}, { token });
  return ok(
    gw,
    `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id version } }`,
    { input: { programmeId: programme.id, title: { en: unique('Route') }, hostCountryCode: 'PE', workingLanguages: ['ES', 'EN'], ...dates } },
    { token },
  );
}

const admins = new WeakMap<TestGateway, Promise<string>>();
/** An admin's token, made once per gateway (people are the core's; delegation editors only read them). */
export function adminToken(gw: TestGateway): Promise<string> {
  if (!admins.has(gw)) admins.set(gw, gw.tokenFor(Role.ADMIN));
  return admins.get(gw) as Promise<string>;
}

export async function createPerson(gw: TestGateway, _token: string, gender = 'FEMALE', extra: Record<string, unknown> = {}): Promise<string> {
  const token = await adminToken(gw);
  const name = unique('Person');
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: name, familyName: 'Tester', gender, email: `${name.toLowerCase()}@test.example`, ...extra } },
    { token },
  );
  return person.id;
}

export async function createDelegation(gw: TestGateway, token: string, routeId: string, kind = 'NATIONAL_TEAM', countryCode: string | null = 'GT'): Promise<{ id: string; version: number }> {
  return ok(
    gw,
    `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id version } }`,
    { input: { routeId, name: unique('Delegation'), kind, ...(countryCode ? { countryCode } : {}) } },
    { token },
  );
}

export interface ParticipantRow {
  id: string;
  version: number;
  status: string;
  personId: string;
}

export async function addParticipant(gw: TestGateway, token: string, delegationId: string, sector = 'GOVERNMENT', gender = 'FEMALE'): Promise<ParticipantRow> {
  const personId = await createPerson(gw, token, gender);
  return ok(
    gw,
    `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id version status personId } }`,
    { input: { delegationId, personId, sector } },
    { token },
  );
}

export const MOVE = `mutation($id: ID!, $to: SelectionStatus!, $v: Int!, $reason: String) {
  changeSelectionStatus(participantId: $id, toStatus: $to, version: $v, reason: $reason) { id version status }
}`;

export async function select(gw: TestGateway, token: string, p: { id: string; version: number }): Promise<ParticipantRow> {
  return ok(gw, MOVE, { id: p.id, to: 'SELECTED', v: p.version }, { token });
}

/** A national team of `size` selected participants; the first `government` of them from government. */
export async function selectedTeam(gw: TestGateway, token: string, routeId: string, size = 3, government = 1, countryCode = 'GT') {
  const delegation = await createDelegation(gw, token, routeId, 'NATIONAL_TEAM', countryCode);
  const members: ParticipantRow[] = [];
  for (let i = 0; i < size; i++) {
    const p = await addParticipant(gw, token, delegation.id, i < government ? 'GOVERNMENT' : 'CIVIL_SOCIETY', i % 2 ? 'MALE' : 'FEMALE');
    members.push(await select(gw, token, p));
  }
  return { delegation, members };
}

/** A PARTICIPANT user who is the given person, and a token for them. */
export async function participantToken(gw: TestGateway, personId: string): Promise<string> {
  const repo = gw.dataSource.getRepository(User);
  const user = await repo.save(
    repo.create({ email: `${unique('participant')}@test.example`, displayName: 'A participant', passwordHash: 'x', role: Role.PARTICIPANT, modules: [], active: true, lastLoginAt: null, personId }),
  );
  return gw.gateway.runtime.tokens.sign(user.id).token;
}

export const COMPOSITION = `query($routeId: ID!) { routeComposition(routeId: $routeId) {
  ready selectedParticipants teamMembers isDefault settings { version routeKind maxPeople teamSize }
  rules { code severity min max current holds delegationId }
} }`;
