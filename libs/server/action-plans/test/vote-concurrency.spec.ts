import { assertRealPostgres, outcome, type TestGateway } from '@lr/server-core/testing';
import { CAST, CLOSE, fundVersion, openVote, votingRoute } from './fund-helpers';
import { adminToken, startActionPlansGateway } from './helpers';

/** Ballots that race each other and the close, on the real PostgreSQL. */
describe('concurrent ballots', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startActionPlansGateway();
    assertRealPostgres(gw.database);
  });
  afterAll(() => gw.close());

  it('keeps one ballot of a voter who sends several at once, the others refused as already cast', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { routeId, teams } = await votingRoute(gw);
      await openVote(gw, routeId);
      const voter = teams[0].voters[0];
      const responses = await Promise.all([0, 1, 2, 3].map(() => gw.graphql(CAST, { routeId, planId: teams[1].planId }, { token: voter })));
      expect(responses.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'ok']);
      for (const r of responses.filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ constraint: 'oneBallotPerVoter' });
      const [{ ballots }] = await gw.dataSource.query(`SELECT count(*)::int AS ballots FROM action_fund_ballot b JOIN action_fund f ON f.id = b.fund_id WHERE f.route_id = $1`, [routeId]);
      expect(ballots).toBe(1);
    }
  });

  it('counts no ballot after the close: each is in before it, or refused', async () => {
    const { routeId, teams } = await votingRoute(gw);
    await openVote(gw, routeId);
    const version = await fundVersion(gw, routeId);
    const voters = [...teams[0].voters, ...teams[2].voters];
    const responses = await Promise.all([
      ...voters.map((voter) => gw.graphql(CAST, { routeId, planId: teams[1].planId }, { token: voter })),
      gw.graphql(CLOSE, { routeId, v: version }, { token: await adminToken(gw) }),
    ]);
    expect(outcome(responses[voters.length])).toBe('ok');
    const accepted = responses.slice(0, voters.length).filter((r) => outcome(r) === 'ok').length;
    for (const r of responses.slice(0, voters.length).filter((x) => x.errors)) expect(r.errors![0].extensions).toMatchObject({ code: 'PHASE_RULE', votingStatus: 'CLOSED' });
    const [{ ballots, late }] = await gw.dataSource.query(
      `SELECT count(*)::int AS ballots, count(*) FILTER (WHERE b.cast_at > f.voting_closed_at)::int AS late FROM action_fund_ballot b JOIN action_fund f ON f.id = b.fund_id WHERE f.route_id = $1`,
      [routeId],
    );
    expect([ballots, late]).toEqual([accepted, 0]);
  });
});
