import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { PlanStatus } from '../src/plans/plan-status';
import { CAST, CLOSE, closeVote, FUND, OPEN, openVote, storedPlan, TALLY, votingRoute } from './fund-helpers';
import { adminToken, createPerson, createRoute, delegationWithParticipants, errorOf, fieldsOf, ok, participantToken, plansEditor, startActionPlansGateway } from './helpers';

const MY_BALLOT = `query($routeId: ID!) { myBallot(routeId: $routeId) { id planId plan { id } } }`;
const VOTABLE = `query($routeId: ID!) { votablePlans(routeId: $routeId) { id } }`;

describe('the vote', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    admin = await adminToken(gw);
  });
  afterAll(() => gw.close());

  describe('its window (action_fund.voting)', () => {
    it('opens once the route has a FINAL plan, closes, and reopens only with a reason, by admins', async () => {
      const route = await createRoute(gw);
      const delegation = await delegationWithParticipants(gw, route.id, 'GT', 1);
      await storedPlan(gw, route.id, delegation.id, PlanStatus.SUBMITTED);
      const early = errorOf(await gw.graphql(OPEN, { routeId: route.id, v: 1 }, { token: admin }), 'PHASE_RULE');
      expect(early.extensions).toMatchObject({ from: 'NOT_OPEN', to: 'OPEN', missing: ['FINAL_PLANS'] });
      expect(early.message).toContain('at least one FINAL plan to vote for');

      const other = await delegationWithParticipants(gw, route.id, 'BJ', 1);
      await storedPlan(gw, route.id, other.id, PlanStatus.FINAL);
      errorOf(await gw.graphql(OPEN, { routeId: route.id, v: 1 }, { token: await plansEditor(gw) }), 'FORBIDDEN');
      const opened = await ok(gw, OPEN, { routeId: route.id, v: 1 }, { token: admin });
      expect(opened).toMatchObject({ votingStatus: 'OPEN', votingClosedAt: null });
      expect(opened.votingOpenedAt).toBeTruthy();
      errorOf(await gw.graphql(CLOSE, { routeId: route.id, v: 1 }, { token: admin }), 'CONFLICT');

      const closed = await ok(gw, CLOSE, { routeId: route.id, v: opened.version }, { token: admin });
      expect(closed.votingStatus).toBe('CLOSED');
      expect(closed.votingClosedAt).toBeTruthy();
      expect(fieldsOf(await gw.graphql(OPEN, { routeId: route.id, v: closed.version }, { token: admin }))).toEqual([
        { path: 'reason', message: 'is required to move a vote from CLOSED to OPEN' },
      ]);
      const reopened = await ok(gw, OPEN, { routeId: route.id, v: closed.version, reason: 'Two participants could not sign in before the close' }, { token: admin });
      expect(reopened).toMatchObject({ votingStatus: 'OPEN', votingClosedAt: null });

      const fund = await ok(gw, `query($routeId: ID!) { routeActionFund(routeId: $routeId) { allowedVotingMoves votingHistory { from to reason changedBy } } }`, { routeId: route.id }, { token: admin });
      expect(fund.allowedVotingMoves).toEqual(['CLOSED']);
      expect(fund.votingHistory.map((h: { from: string; to: string; reason: string | null }) => [h.from, h.to, h.reason])).toEqual([
        ['NOT_OPEN', 'OPEN', null],
        ['OPEN', 'CLOSED', null],
        ['CLOSED', 'OPEN', 'Two participants could not sign in before the close'],
      ]);
      // Nobody but admins is offered a move.
      expect((await ok(gw, FUND, { routeId: route.id }, { token: await plansEditor(gw) })).allowedVotingMoves).toEqual([]);
    });

    it('is NOT_FOUND for a route that does not exist', async () => {
      errorOf(await gw.graphql(OPEN, { routeId: '00000000-0000-4000-8000-000000000000', v: 1 }, { token: admin }), 'NOT_FOUND');
    });
  });

  describe('ballots', () => {
    it("are one per SELECTED participant, for another delegation's FINAL or AWARDED plan, only while the vote is OPEN", async () => {
      const { routeId, teams } = await votingRoute(gw);
      const [a, b, c] = teams;
      const voter = a.voters[0];

      const notOpen = errorOf(await gw.graphql(CAST, { routeId, planId: b.planId }, { token: voter }), 'PHASE_RULE');
      expect(notOpen.extensions).toMatchObject({ machine: 'action_fund.voting', votingStatus: 'NOT_OPEN' });
      expect(notOpen.message).toContain('has not opened yet');
      await openVote(gw, routeId);

      const own = await gw.graphql(CAST, { routeId, planId: a.planId }, { token: voter });
      expect(constraintsOf(own)).toEqual([{ path: 'planId', constraint: 'notOwnPlan' }]);
      expect(fieldsOf(await gw.graphql(CAST, { routeId, planId: c.planId }, { token: voter }))).toEqual([
        { path: 'planId', message: 'is SUBMITTED: ballots choose among FINAL and AWARDED plans' },
      ]);
      const elsewhere = await votingRoute(gw);
      expect(constraintsOf(await gw.graphql(CAST, { routeId, planId: elsewhere.teams[0].planId }, { token: voter }))).toEqual([{ path: 'planId', constraint: 'planOfRoute' }]);

      const ballot = await ok(gw, CAST, { routeId, planId: b.planId }, { token: voter });
      expect(ballot).toMatchObject({ planId: b.planId, plan: { id: b.planId } });
      const again = errorOf(await gw.graphql(CAST, { routeId, planId: b.planId }, { token: voter }), 'CONFLICT');
      expect(again.extensions).toMatchObject({ constraint: 'oneBallotPerVoter' });
      expect(again.message).toContain('already voted');

      await closeVote(gw, routeId);
      const closed = errorOf(await gw.graphql(CAST, { routeId, planId: b.planId }, { token: a.voters[1] }), 'PHASE_RULE');
      expect(closed.extensions).toMatchObject({ machine: 'action_fund.voting', votingStatus: 'CLOSED' });
    });

    it('are refused to people who are not SELECTED participants of the route', async () => {
      const { routeId, teams } = await votingRoute(gw);
      await openVote(gw, routeId);
      const planId = teams[0].planId;
      // Admins, editors, reviewers: not voters.
      errorOf(await gw.graphql(CAST, { routeId, planId }, { token: admin }), 'FORBIDDEN');
      errorOf(await gw.graphql(CAST, { routeId, planId }, { token: await plansEditor(gw) }), 'FORBIDDEN');
      errorOf(await gw.graphql(CAST, { routeId, planId }, { token: await gw.tokenFor(Role.REVIEWER) }), 'FORBIDDEN');
      // A participant of another route does not see this one.
      const stranger = await votingRoute(gw);
      errorOf(await gw.graphql(CAST, { routeId, planId }, { token: stranger.teams[0].voters[0] }), 'NOT_FOUND');
      // A participant only NOMINATED is on the route, but does not vote.
      const nominee = await createPerson(gw);
      await ok(gw, `mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }`, { input: { delegationId: teams[1].delegationId, personId: nominee, sector: 'UN' } }, { token: admin });
      const refused = errorOf(await gw.graphql(CAST, { routeId, planId }, { token: await participantToken(gw, nominee) }), 'FORBIDDEN');
      expect(refused.message).toContain('NOMINATED');
    });
  });

  describe('reads', () => {
    it("show a participant their own ballot only, and the plans they may vote for", async () => {
      const { routeId, teams } = await votingRoute(gw);
      const [a, b] = teams;
      expect(await ok(gw, VOTABLE, { routeId }, { token: a.voters[0] })).toEqual([{ id: b.planId }]);
      expect((await ok(gw, VOTABLE, { routeId }, { token: admin })).map((p: { id: string }) => p.id).sort()).toEqual([a.planId, b.planId].sort());

      await openVote(gw, routeId);
      expect(await ok(gw, MY_BALLOT, { routeId }, { token: a.voters[0] })).toBeNull();
      const cast = await ok(gw, CAST, { routeId, planId: b.planId }, { token: a.voters[0] });
      expect(await ok(gw, MY_BALLOT, { routeId }, { token: a.voters[0] })).toEqual({ id: cast.id, planId: b.planId, plan: { id: b.planId } });
      // Their teammate has not voted; an admin has no ballot to see.
      expect(await ok(gw, MY_BALLOT, { routeId }, { token: a.voters[1] })).toBeNull();
      expect(await ok(gw, MY_BALLOT, { routeId }, { token: admin })).toBeNull();
    });

    it('tally votes with shares and ranks, for the programme at any time and for participants once the vote is CLOSED', async () => {
      const { routeId, teams } = await votingRoute(gw, [PlanStatus.FINAL, PlanStatus.FINAL, PlanStatus.AWARDED, PlanStatus.DRAFT]);
      const [a, b, c, d] = teams;
      await openVote(gw, routeId);
      // A's two and D's two vote B, B's two vote C, C's first votes A: B 4, C 2, A 1.
      for (const voter of [...a.voters, ...d.voters]) await ok(gw, CAST, { routeId, planId: b.planId }, { token: voter });
      for (const voter of b.voters) await ok(gw, CAST, { routeId, planId: c.planId }, { token: voter });
      await ok(gw, CAST, { routeId, planId: a.planId }, { token: c.voters[0] });

      const secret = errorOf(await gw.graphql(TALLY, { routeId }, { token: a.voters[0] }), 'FORBIDDEN');
      expect(secret.extensions).toMatchObject({ votingStatus: 'OPEN' });
      const running = await ok(gw, TALLY, { routeId }, { token: await gw.tokenFor(Role.REVIEWER) });
      expect(running.totalBallots).toBe(7);

      await closeVote(gw, routeId);
      const tally = await ok(gw, TALLY, { routeId }, { token: a.voters[0] });
      expect(tally).toMatchObject({ routeId, votingStatus: 'CLOSED', totalBallots: 7, eligibleVoters: 8, turnout: 0.875 });
      // The DRAFT plan cannot be voted for and received nothing: not listed.
      expect(tally.plans.map((p: { planId: string; votes: number; share: number; rank: number }) => [p.planId, p.votes, p.share, p.rank])).toEqual([
        [b.planId, 4, 0.5714, 1],
        [c.planId, 2, 0.2857, 2],
        [a.planId, 1, 0.1429, 3],
      ]);
      // Partners' keys never read it; participants of other routes do not see the route.
      errorOf(await gw.graphql(TALLY, { routeId }, { token: (await votingRoute(gw)).teams[0].voters[0] }), 'NOT_FOUND');
    });

    it('never tell who voted for what: a ballot has no voter field, and the audit trail keeps its plan out', async () => {
      const { routeId, teams } = await votingRoute(gw);
      await openVote(gw, routeId);
      const ballot = await ok(gw, CAST, { routeId, planId: teams[1].planId }, { token: teams[0].voters[0] });
      const type = await ok(gw, `{ __type(name: "Ballot") { fields { name } } }`, {}, { token: admin });
      expect(type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['castAt', 'fundId', 'id', 'plan', 'planId']);
      const [entry] = await gw.dataSource.query(`SELECT changes FROM audit_entry WHERE entity_type = 'Ballot' AND entity_id = $1`, [ballot.id]);
      expect(entry.changes.planId).toEqual({ to: '[redacted]' });
      expect(JSON.stringify(entry.changes)).not.toContain(teams[1].planId);
    });
  });
});
