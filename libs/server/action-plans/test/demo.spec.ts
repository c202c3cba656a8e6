import { createLogger, platformModule, Role, seedDemoData, User } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { coreDomainModule } from '@lr/server-core-domain';
import { delegationsModule } from '@lr/server-delegations';
import { practicesModule } from '@lr/server-practices';
import { actionPlansModule } from '../src';
import { ok, startActionPlansGateway } from './helpers';

const PLANS = `query($routeId: ID!) {
  actionPlans(first: 10, filter: { routeId: $routeId }) {
    edges { node {
      id status language versionCount titleTranslations { en es }
      delegation { countryCode }
      smartCheck { passes items { path rule } }
      objectives { id } activities { id }
      reviews { recommendation comments { section comment } }
      awards { kind amount { amount currency } }
      statusHistory { from to }
    } }
  }
}`;

interface DemoPlan {
  id: string;
  status: string;
  language: string;
  versionCount: number;
  titleTranslations: { en: string | null; es: string | null };
  delegation: { countryCode: string };
  smartCheck: { passes: boolean; items: { path: string; rule: string }[] };
  reviews: { recommendation: string; comments: { section: string }[] }[];
  awards: { kind: string; amount: { amount: string; currency: string } }[];
  statusHistory: { from: string; to: string }[];
}

describe('action plans demo data', () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  let plans: Map<string, DemoPlan>;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    // Every module's demo data, in the gateway's order (the modules this gateway composes).
    expect(await seedDemoData(gw.dataSource, [platformModule, coreDomainModule, delegationsModule, practicesModule, actionPlansModule], createLogger('silent'))).toBe(true);
    admin = await gw.tokenFor(Role.ADMIN);
    [{ id: routeId }] = await gw.dataSource.query(`SELECT id FROM learning_route WHERE host_country_code = 'PE'`);
    const page = await ok(gw, PLANS, { routeId }, { token: admin });
    plans = new Map(page.edges.map((e: { node: DemoPlan }) => [e.node.delegation.countryCode, e.node]));
  });
  afterAll(() => gw.close());

  it('gives each of the Peru route’s five teams a plan, in English and Spanish, in every state of the review', () => {
    expect([...plans.keys()].sort()).toEqual(['BJ', 'GT', 'LA', 'SL', 'TZ']);
    expect(Object.fromEntries([...plans].map(([country, p]) => [country, [p.status, p.versionCount]]))).toEqual({
      TZ: ['AWARDED', 2],
      GT: ['FINAL', 1],
      BJ: ['REVISION_REQUESTED', 1],
      LA: ['SUBMITTED', 1],
      SL: ['DRAFT', 0],
    });
    for (const plan of plans.values()) expect(plan.titleTranslations.en && plan.titleTranslations.es).toBeTruthy();
    expect(plans.get('GT')!.language).toBe('ES');
  });

  it('has the accepted plans pass the SMART check, and the draft fail it, naming what it lacks', () => {
    for (const country of ['TZ', 'GT', 'LA']) expect(plans.get(country)!.smartCheck.passes).toBe(true);
    const draft = plans.get('SL')!.smartCheck;
    expect(draft.passes).toBe(false);
    expect(draft.items.map((i) => i.path)).toEqual(expect.arrayContaining(['objectives.1.baselineDate', 'objectives.1.targetDate', 'activities.1.responsible', 'activities.2.dueDate']));
  });

  it('keeps the review of the plan in revision, with comments per section, and the whole cycle of the awarded one', () => {
    const revision = plans.get('BJ')!;
    expect(revision.reviews).toHaveLength(1);
    expect(revision.reviews[0].recommendation).toBe('REVISE');
    expect(revision.reviews[0].comments.map((c) => c.section).sort()).toEqual(['activities.2', 'expectedResults', 'objectives.1']);
    const awarded = plans.get('TZ')!;
    expect(awarded.statusHistory.map((h) => `${h.from}→${h.to}`)).toEqual([
      'DRAFT→SUBMITTED',
      'SUBMITTED→IN_REVIEW',
      'IN_REVIEW→REVISION_REQUESTED',
      'REVISION_REQUESTED→SUBMITTED',
      'SUBMITTED→IN_REVIEW',
      'IN_REVIEW→FINAL',
      'FINAL→AWARDED',
    ]);
    expect(awarded.reviews.map((r) => r.recommendation).sort()).toEqual(['ACCEPT', 'REVISE']);
    expect(awarded.awards).toEqual([
      { kind: 'CASH', amount: { amount: '6000.00', currency: 'USD' } },
      { kind: 'TECHNICAL_ASSISTANCE_VISIT', amount: { amount: '2500.00', currency: 'USD' } },
    ]);
  });

  it('has held the vote: a USD 12,000 fund, voting CLOSED, and a tally that puts the awarded plan first', async () => {
    const fund = await ok(gw, `query($routeId: ID!) { routeActionFund(routeId: $routeId) { votingStatus amount { amount currency } awarded { amount } remaining { amount } } }`, { routeId }, { token: admin });
    expect(fund).toEqual({ votingStatus: 'CLOSED', amount: { amount: '12000.00', currency: 'USD' }, awarded: { amount: '8500.00' }, remaining: { amount: '3500.00' } });
    const tally = await ok(gw, `query($routeId: ID!) { voteTally(routeId: $routeId) { totalBallots eligibleVoters turnout plans { planId votes rank } } }`, { routeId }, { token: admin });
    expect(tally).toEqual({
      totalBallots: 13,
      eligibleVoters: 15,
      turnout: 0.8667,
      plans: [
        { planId: plans.get('TZ')!.id, votes: 8, rank: 1 },
        { planId: plans.get('GT')!.id, votes: 5, rank: 2 },
      ],
    });
    // Nobody voted for their own delegation's plan.
    const [{ own }] = await gw.dataSource.query(
      `SELECT count(*)::int AS own FROM action_fund_ballot b JOIN action_plan p ON p.id = b.plan_id JOIN participant pa ON pa.person_id = b.voter_person_id AND pa.delegation_id = p.delegation_id`,
    );
    expect(own).toBe(0);
  });

  it("lets the demo participant sign in, read the route's result and their own ballot", async () => {
    const user = await gw.dataSource.getRepository(User).findOneByOrFail({ email: 'participant@learningroutes.org' });
    const token = gw.gateway.runtime.tokens.sign(user.id).token;
    const ballot = await ok(gw, `query($routeId: ID!) { myBallot(routeId: $routeId) { plan { id delegation { id } } } }`, { routeId }, { token });
    expect([plans.get('TZ')!.id, plans.get('GT')!.id]).toContain(ballot.plan.id);
    const tally = await ok(gw, `query($routeId: ID!) { voteTally(routeId: $routeId) { totalBallots } }`, { routeId }, { token });
    expect(tally.totalBallots).toBe(13);
  });
});
