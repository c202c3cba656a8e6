import type { TestGateway } from '@lr/server-core/testing';
import { ActionPlan } from '../src/plans/action-plan.entity';
import { PlanStatus } from '../src/plans/plan-status';
import { adminToken, createRoute, delegationWithParticipants, ok, participantToken, unique } from './helpers';

/**
 * A plan row in the given status, stored as it is (the review cycle that would bring it there is
 * the plans area's and has its own tests): what the vote and awards need to act on.
 */
export async function storedPlan(gw: TestGateway, routeId: string, delegationId: string, status: PlanStatus, title = unique('Plan')): Promise<string> {
  const repo = gw.dataSource.getRepository(ActionPlan);
  const plan = await repo.save(repo.create({ routeId, delegationId, status, title: { en: title }, practiceIds: [], innovations: {}, context: {}, expectedResults: {}, versionCount: status === PlanStatus.DRAFT ? 0 : 1 }));
  return plan.id;
}

export interface VotingRoute {
  routeId: string;
  /** Three national teams with two SELECTED participants each, and a plan each. */
  teams: { delegationId: string; planId: string; voters: string[] }[];
}

/** A route with three teams whose plans are FINAL, FINAL and SUBMITTED, and tokens for their participants. */
export async function votingRoute(gw: TestGateway, statuses: PlanStatus[] = [PlanStatus.FINAL, PlanStatus.FINAL, PlanStatus.SUBMITTED]): Promise<VotingRoute> {
  const route = await createRoute(gw);
  const teams: VotingRoute['teams'] = [];
  for (const [i, status] of statuses.entries()) {
    const delegation = await delegationWithParticipants(gw, route.id, ['GT', 'BJ', 'LA', 'SL', 'TZ'][i % 5], 2);
    const planId = await storedPlan(gw, route.id, delegation.id, status, `Plan ${String.fromCharCode(65 + i)} ${unique('t')}`);
    teams.push({ delegationId: delegation.id, planId, voters: await Promise.all(delegation.personIds.map((p) => participantToken(gw, p))) });
  }
  return { routeId: route.id, teams };
}

export const FUND = `query($routeId: ID!) { routeActionFund(routeId: $routeId) { id version routeId votingStatus votingOpenedAt votingClosedAt amount { amount currency minorUnits } awarded { amount currency } remaining { amount currency } allowedVotingMoves } }`;
export const OPEN = `mutation($routeId: ID!, $v: Int!, $reason: String) { openVoting(routeId: $routeId, version: $v, reason: $reason) { id version votingStatus votingOpenedAt votingClosedAt } }`;
export const CLOSE = `mutation($routeId: ID!, $v: Int!) { closeVoting(routeId: $routeId, version: $v) { id version votingStatus votingClosedAt } }`;
export const CAST = `mutation($routeId: ID!, $planId: ID!) { castBallot(routeId: $routeId, planId: $planId) { id planId castAt plan { id } } }`;
export const TALLY = `query($routeId: ID!) { voteTally(routeId: $routeId) { routeId votingStatus totalBallots eligibleVoters turnout plans { planId votes share rank plan { id status } } } }`;
export const AWARD = `mutation($input: RecordAwardInput!) { recordAward(input: $input) { id version kind description amount { amount currency minorUnits } plan { id status } } }`;

/** The fund's current version, read as an admin. */
export async function fundVersion(gw: TestGateway, routeId: string): Promise<number> {
  return (await ok(gw, FUND, { routeId }, { token: await adminToken(gw) })).version;
}

/** Opens the vote as an admin. */
export async function openVote(gw: TestGateway, routeId: string): Promise<void> {
  await ok(gw, OPEN, { routeId, v: await fundVersion(gw, routeId) }, { token: await adminToken(gw) });
}

/** Closes the vote as an admin. */
export async function closeVote(gw: TestGateway, routeId: string): Promise<void> {
  await ok(gw, CLOSE, { routeId, v: await fundVersion(gw, routeId) }, { token: await adminToken(gw) });
}

/** An award input in US dollars. */
export const usd = (planId: string, amount: string, kind = 'CASH', description = 'Seed grant for the costing workshop') => ({ planId, kind, amount: { amount, currency: 'USD' }, description });
