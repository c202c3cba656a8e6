import { Role, platformModule } from '@lr/server-core';
import { startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { Practice, PracticeStatus, practicesModule } from '@lr/server-practices';
import { delegationsModule } from '@lr/server-delegations';
import { championsModule } from '../src';
import { ok } from './helpers';

/** A real gateway with every module champions depends on, on a database of its own. */
export function startChampionsGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, championsModule], env);
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Date.now()}`;

/**
 * A practice straight through its entity: these tests are about champions, and should not
 * break when the practices module's own workflow (assessments before SELECTED…) changes.
 */
export async function insertPractice(gw: TestGateway, status: PracticeStatus = PracticeStatus.PUBLISHED, countryCode = 'PE'): Promise<string> {
  const repo = gw.dataSource.getRepository(Practice);
  const practice = await repo.save(repo.create({ title: { en: unique('Practice') }, countryCode, level: 'COMMUNITY' as never, status }));
  return practice.id;
}

/** Makes the practice a case of the route through the practices module's own mutation. */
export async function attachCase(gw: TestGateway, routeId: string, practiceId: string): Promise<void> {
  await ok(gw, `mutation($r: ID!, $p: ID!) { attachPracticeToRoute(routeId: $r, practiceId: $p) { id } }`, { r: routeId, p: practiceId }, { token: await gw.tokenFor(Role.ADMIN) });
}

export async function createRoute(gw: TestGateway, token: string, hostCountryCode = 'PE'): Promise<string> {
  const programme = await ok(gw, `mutation { createProgramme(input: { name: { en: "Pilot" } }) { id } }`, {}, { token });
  const route = await ok(
    gw,
    `mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }`,
    { input: { programmeId: programme.id, title: { en: unique('Route') }, hostCountryCode, workingLanguages: ['ES', 'EN'] } },
    { token },
  );
  return route.id;
}

export async function createPerson(gw: TestGateway, token: string, input: Record<string, unknown> = {}): Promise<string> {
  const person = await ok(
    gw,
    `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input: { givenName: 'Ana', familyName: unique('Champion'), ...input } },
    { token },
  );
  return person.id;
}

/** A person and their champion record; returns the champion's id and version. */
export async function createChampion(
  gw: TestGateway,
  token: string,
  champion: Record<string, unknown> = {},
  person: Record<string, unknown> = {},
): Promise<{ id: string; version: number; personId: string }> {
  const personId = await createPerson(gw, token, person);
  const created = await ok(
    gw,
    `mutation($input: CreateChampionInput!) { createChampion(input: $input) { id version } }`,
    { input: { personId, ...champion } },
    { token },
  );
  return { ...created, personId };
}

export async function linkPractice(gw: TestGateway, token: string, championId: string, practiceId: string, role = 'LEADER') {
  return ok(
    gw,
    `mutation($input: LinkChampionPracticeInput!) { linkChampionPractice(input: $input) { id role } }`,
    { input: { championId, practiceId, role } },
    { token },
  );
}

export async function addTraining(gw: TestGateway, token: string, championId: string, input: Record<string, unknown> = {}) {
  return ok<{ id: string; version: number }>(
    gw,
    `mutation($input: AddChampionTrainingInput!) { addChampionTraining(input: $input) { id version } }`,
    { input: { championId, topic: 'Public speaking', date: '2014-05-20', completed: true, trainerName: 'PROCASUR', ...input } },
    { token },
  );
}
