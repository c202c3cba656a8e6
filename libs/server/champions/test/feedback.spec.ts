import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createChampion, createRoute, startChampionsGateway } from './champions-gateway';
import { UNKNOWN_ID, errorOf, fieldsOf, ok, outcome } from './helpers';

const ADD = `mutation($input: AddChampionFeedbackInput!) { addChampionFeedback(input: $input) { id rating comment sessionLabel routeId route { id } champion { id } authorUserId } }`;
const RATING = `query($id: ID!) { champion(id: $id) { averageRating feedbackCount } }`;
const LIST = `query($id: ID!, $route: ID, $first: Int!) { championFeedback(championId: $id, routeId: $route, first: $first) { totalCount edges { node { rating comment authorUserId } } } }`;

describe("participants' feedback on champions", () => {
  let gw: TestGateway;
  let admin: string;
  let routeId: string;
  let otherRouteId: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    routeId = await createRoute(gw, admin);
    otherRouteId = await createRoute(gw, admin, 'SN');
  });
  afterAll(() => gw.close());

  const userId = async (token: string) => (await ok(gw, `{ me { id } }`, {}, { token })).id as string;

  it('records a rating by the signed-in participant and shows the author only to them and to editors', async () => {
    const { id } = await createChampion(gw, admin);
    const participant = await gw.tokenFor(Role.PARTICIPANT);
    const feedback = await ok(gw, ADD, { input: { championId: id, routeId, rating: 5, comment: ' Clear and practical ', sessionLabel: ' Day 3: field visit ' } }, { token: participant });
    expect(feedback).toMatchObject({ rating: 5, comment: 'Clear and practical', sessionLabel: 'Day 3: field visit', routeId, route: { id: routeId }, champion: { id }, authorUserId: await userId(participant) });
    const seenBy = async (token: string) => (await ok(gw, LIST, { id, first: 5 }, { token })).edges[0].node.authorUserId;
    expect(await seenBy(await gw.tokenFor(Role.PARTICIPANT))).toBeNull();
    expect(await seenBy(await gw.tokenFor(Role.VIEWER))).toBeNull();
    expect(await seenBy(await gw.tokenFor(Role.EDITOR, ['practices']))).toBe(feedback.authorUserId);
    expect(await seenBy(admin)).toBe(feedback.authorUserId);
  });

  it('validates the rating as a whole number from 1 to 5, with its field path', async () => {
    const { id } = await createChampion(gw, admin);
    const participant = await gw.tokenFor(Role.PARTICIPANT);
    for (const rating of [0, 6, -1]) {
      expect(fieldsOf(await gw.graphql(ADD, { input: { championId: id, routeId, rating } }, { token: participant }))).toEqual([
        { path: 'input.rating', message: 'must be a whole number from 1 to 5' },
      ]);
    }
    // Not an Int at all: GraphQL refuses the variable before any resolver runs.
    errorOf(await gw.graphql(ADD, { input: { championId: id, routeId, rating: 4.5 } }, { token: participant }), 'BAD_USER_INPUT');
    expect(fieldsOf(await gw.graphql(ADD, { input: { championId: UNKNOWN_ID, routeId: UNKNOWN_ID, rating: 3 } }, { token: participant }))).toEqual([
      { path: 'input.championId', message: `no champion has the id ${UNKNOWN_ID}` },
      { path: 'input.routeId', message: `no learning route has the id ${UNKNOWN_ID}` },
    ]);
    const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM champion_feedback WHERE champion_id = $1`, [id]);
    expect(n).toBe(0);
  });

  it('keeps one rating per author, champion and route: a second one is a CONFLICT, even sent concurrently', async () => {
    const { id } = await createChampion(gw, admin);
    const participant = await gw.tokenFor(Role.PARTICIPANT);
    await ok(gw, ADD, { input: { championId: id, routeId, rating: 4 } }, { token: participant });
    errorOf(await gw.graphql(ADD, { input: { championId: id, routeId, rating: 2 } }, { token: participant }), 'CONFLICT');
    // Another route, or another author, is fine.
    await ok(gw, ADD, { input: { championId: id, routeId: otherRouteId, rating: 2 } }, { token: participant });
    await ok(gw, ADD, { input: { championId: id, routeId, rating: 2 } }, { token: await gw.tokenFor(Role.PARTICIPANT) });

    const racer = await gw.tokenFor(Role.REVIEWER);
    const raced = await Promise.all([1, 2, 3].map((rating) => gw.graphql(ADD, { input: { championId: id, routeId, rating } }, { token: racer })));
    expect(raced.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
  });

  it("computes a champion's average rating and count, and lists feedback newest first, by route", async () => {
    const { id } = await createChampion(gw, admin);
    expect(await ok(gw, RATING, { id }, { token: admin })).toEqual({ averageRating: null, feedbackCount: 0 });
    const ratings = [5, 4, 4];
    for (const [i, rating] of ratings.entries()) {
      await ok(gw, ADD, { input: { championId: id, routeId: i < 2 ? routeId : otherRouteId, rating, comment: `#${i}` } }, { token: await gw.tokenFor(Role.PARTICIPANT) });
    }
    expect(await ok(gw, RATING, { id }, { token: admin })).toEqual({ averageRating: 4.33, feedbackCount: 3 });
    const all = await ok(gw, LIST, { id, first: 10 }, { token: admin });
    expect(all.edges.map((e: any) => e.node.comment)).toEqual(['#2', '#1', '#0']);
    const onRoute = await ok(gw, LIST, { id, route: otherRouteId, first: 10 }, { token: admin });
    expect(onRoute).toMatchObject({ totalCount: 1, edges: [{ node: { rating: 4, comment: '#2' } }] });
    errorOf(await gw.graphql(LIST, { id: UNKNOWN_ID, first: 5 }, { token: admin }), 'NOT_FOUND');
  });
});
