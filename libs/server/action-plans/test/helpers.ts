import { platformModule, Role, User } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '../src';

export { dataOf, errorOf, fieldsOf, ok, outcome, pdfText } from '@lr/server-core/testing';

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A real gateway with every module action plans reads (delegations, practices), on a database of its own. */
export function startActionPlansGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule], env);
}

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

const admins = new WeakMap<TestGateway, Promise<string>>();
/** An admin's token, made once per gateway. */
export function adminToken(gw: TestGateway): Promise<string> {
  if (!admins.has(gw)) admins.set(gw, gw.tokenFor(Role.ADMIN));
  return admins.get(gw) as Promise<string>;
}

/** An editor of action plans. */
export const plansEditor = (gw: TestGateway) => gw.tokenFor(Role.EDITOR, ['action-plans']);

/** A REVIEWER user (the route's scaling-up specialist, say). */
export const reviewerToken = (gw: TestGateway) => gw.tokenFor(Role.REVIEWER);

export interface RouteFixture {
  id: string;
  version: number;
  programmeId: string;
}

/** A programme and a route of it hosted by Peru, from 2025-05-12 to 2025-05-19. */
export async function createRoute(gw: TestGateway): Promise<RouteFixture> {
  const token = await adminToken(gw);
  const programme = await ok(gw, `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`, { input: { name: { en: unique('Programme') } } }, { token });
  const route = await ok(
    gw,
    `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id version } }`,
    { input: { programmeId: programme.id, title: { en: unique('Route') }, hostCountryCode: 'PE', workingLanguages: ['ES', 'EN'], startDate: '2025-05-12', endDate: '2025-05-19' } },
    { token },
  );
  return { ...route, programmeId: programme.id };
}

export async function createPerson(gw: TestGateway): Promise<string> {
  const token = await adminToken(gw);
  const name = unique('Person');
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: name, familyName: 'Planner', gender: 'FEMALE', email: `${name.toLowerCase()}@test.example` } },
    { token },
  );
  return person.id;
}

export interface DelegationFixture {
  id: string;
  /** The people of its selected participants. */
  personIds: string[];
}

/** A national team with `size` selected participants (the first from government). */
export async function delegationWithParticipants(gw: TestGateway, routeId: string, countryCode = 'GT', size = 2): Promise<DelegationFixture> {
  const token = await adminToken(gw);
  const delegation = await ok(
    gw,
    `mutation($input: CreateDelegationInput!) { createDelegation(input: $input) { id } }`,
    { input: { routeId, name: unique('Delegation'), kind: 'NATIONAL_TEAM', countryCode } },
    { token },
  );
  const personIds: string[] = [];
  for (let i = 0; i < size; i++) {
    const personId = await createPerson(gw);
    const participant = await ok(
      gw,
      `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id version } }`,
      { input: { delegationId: delegation.id, personId, sector: i === 0 ? 'GOVERNMENT' : 'CIVIL_SOCIETY' } },
      { token },
    );
    await ok(gw, `mutation($id: ID!, $v: Int!) { changeSelectionStatus(participantId: $id, toStatus: SELECTED, version: $v) { id } }`, { id: participant.id, v: participant.version }, { token });
    personIds.push(personId);
  }
  return { id: delegation.id, personIds };
}

/** A PARTICIPANT user who is the given person, and a token for them. */
export async function participantToken(gw: TestGateway, personId: string): Promise<string> {
  const repo = gw.dataSource.getRepository(User);
  const user = await repo.save(
    repo.create({ email: `${unique('participant')}@test.example`, displayName: 'A participant', passwordHash: 'x', role: Role.PARTICIPANT, modules: [], active: true, lastLoginAt: null, personId }),
  );
  return gw.gateway.runtime.tokens.sign(user.id).token;
}

/** A practice attached to the route as a case. */
export async function attachCase(gw: TestGateway, routeId: string): Promise<string> {
  const token = await adminToken(gw);
  const practice = await ok(gw, `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, { input: { title: { en: unique('Practice') }, countryCode: 'PE', level: 'NATIONAL' } }, { token });
  await ok(gw, `mutation($p: ID!, $r: ID!) { attachPracticeToRoute(practiceId: $p, routeId: $r) { id } }`, { p: practice.id, r: routeId }, { token });
  return practice.id;
}
