import { Role, User } from '@lr/server-core';
import { ok, type TestGateway } from '@lr/server-core/testing';

/**
 * Test fixtures for modules built on delegations (logistics, action plans, follow-up): a route
 * with visiting teams and their selected participants, and participants who sign in. They go
 * through the GraphQL API as an admin, as users would; `@lr/server-delegations/testing`, for
 * tests only.
 */

/** A well-formed id that no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let counter = 0;
/** A name no other test uses, e.g. "Route-3-1764470000000". */
export const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

const admins = new WeakMap<TestGateway, Promise<string>>();
/** An admin's token, made once per gateway. */
export function adminToken(gw: TestGateway): Promise<string> {
  if (!admins.has(gw)) admins.set(gw, gw.tokenFor(Role.ADMIN));
  return admins.get(gw) as Promise<string>;
}

export interface RouteFixture {
  id: string;
  version: number;
  programmeId: string;
}

export interface RouteOptions {
  startDate?: string;
  endDate?: string;
  hostCountryCode?: string;
  /** The programme's budget currency (GBP unless told); `null` for a programme without a budget. */
  currency?: string | null;
  maxRouteDays?: number;
}

/** A programme and a route of it hosted by Peru, 8 days from 2025-05-12 to 2025-05-19 unless told. */
export async function createRoute(gw: TestGateway, options: RouteOptions = {}): Promise<RouteFixture> {
  const token = await adminToken(gw);
  const currency = options.currency === undefined ? 'GBP' : options.currency;
  const programme = await ok(
    gw,
    `mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }`,
    {
      input: {
        name: { en: unique('Programme') },
        ...(currency ? { budget: { amount: '1009038', currency } } : {}),
        ...(options.maxRouteDays ? { maxRouteDays: options.maxRouteDays } : {}),
      },
    },
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

/** A person of the core, with a unique name and e-mail. */
export async function createPerson(gw: TestGateway, extra: Record<string, unknown> = {}): Promise<string> {
  const token = await adminToken(gw);
  const name = unique('Person');
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: name, familyName: 'Tester', gender: 'FEMALE', email: `${name.toLowerCase()}@test.example`, ...extra } },
    { token },
  );
  return person.id;
}

export interface DelegationFixture {
  id: string;
  /** The people of its selected participants, the first from government. */
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

/** One selected participant of a new national team (delegations' rules allow it on a fresh route): their person. */
export async function selectedParticipant(gw: TestGateway, routeId: string, countryCode = 'GT'): Promise<string> {
  return (await delegationWithParticipants(gw, routeId, countryCode, 1)).personIds[0];
}

/** A PARTICIPANT user who is the given person, and a token for them. */
export async function participantToken(gw: TestGateway, personId: string): Promise<string> {
  const repo = gw.dataSource.getRepository(User);
  const user = await repo.save(
    repo.create({ email: `${unique('participant')}@test.example`, displayName: 'A participant', passwordHash: 'x', role: Role.PARTICIPANT, modules: [], active: true, lastLoginAt: null, personId }),
  );
  return gw.gateway.runtime.tokens.sign(user.id).token;
}
