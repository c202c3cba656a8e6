import { platformModule, Role } from '@lr/server-core';
import { ok, startTestGateway, type TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import * as fixtures from '@lr/server-delegations/testing';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '../src';

export { dataOf, errorOf, fieldsOf, ok, outcome, pdfText } from '@lr/server-core/testing';
export { adminToken, delegationWithParticipants, participantToken, unique, UNKNOWN_ID, type DelegationFixture, type RouteFixture } from '@lr/server-delegations/testing';
const { adminToken, unique } = fixtures;

/** A real gateway with every module action plans reads (delegations, practices), on a database of its own. */
export function startActionPlansGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  return startTestGateway([platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule], env);
}

/** An editor of action plans. */
export const plansEditor = (gw: TestGateway) => gw.tokenFor(Role.EDITOR, ['action-plans']);

/** A REVIEWER user (the route's scaling-up specialist, say). */
export const reviewerToken = (gw: TestGateway) => gw.tokenFor(Role.REVIEWER);

/** A programme without a budget and a route of it hosted by Peru, from 2025-05-12 to 2025-05-19. */
export const createRoute = (gw: TestGateway) => fixtures.createRoute(gw, { currency: null });

/** A person; their family name is "Planner" (the plan PDF's test reads it back). */
export const createPerson = (gw: TestGateway) => fixtures.createPerson(gw, { familyName: 'Planner' });

/** A practice attached to the route as a case. */
export async function attachCase(gw: TestGateway, routeId: string): Promise<string> {
  const token = await adminToken(gw);
  const practice = await ok(gw, `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`, { input: { title: { en: unique('Practice') }, countryCode: 'PE', level: 'NATIONAL' } }, { token });
  await ok(gw, `mutation($p: ID!, $r: ID!) { attachPracticeToRoute(practiceId: $p, routeId: $r) { id } }`, { p: practice.id, r: routeId }, { token });
  return practice.id;
}
