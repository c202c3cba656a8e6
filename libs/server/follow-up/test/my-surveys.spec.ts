import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, ok, participantToken, scheduledSurvey, startFollowUpGateway } from './helpers';

const MINE = `{ mySurveys { surveyId routeId title closesOn answered answerPath } }`;
const ANSWER = `mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { answeredOn } }`;
const FORM = `query($t: String!) { surveyByToken(token: $t) { surveyId answered } }`;
const OPENS = new Date('2031-03-01T00:00:00Z');

const tokenIn = (path: string) => new URLSearchParams(path.split('?')[1]).get('token') ?? '';

// The portal's home lists a signed-in participant's open surveys with their personal link.
describe('mySurveys', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
  }, 120_000);
  afterAll(() => gw?.close());

  it("lists only the caller's own OPEN surveys, with a link that opens theirs and says once they answered", async () => {
    const route = await createRoute(gw);
    const [me, other] = (await delegationWithParticipants(gw, route.id, 'GT', 2)).personIds;
    const open = await scheduledSurvey(gw, route.id, [me, other], { closesOn: '2031-03-29' });
    const notMine = await scheduledSurvey(gw, route.id, [other]);
    const later = await scheduledSurvey(gw, route.id, [me], { opensOn: '2031-06-01', closesOn: '2031-06-30' });
    const token = await participantToken(gw, me);

    // Scheduled, not open yet: nothing to answer.
    expect((await ok(gw, MINE, {}, { token }))).toEqual([]);

    await gw.runDueJobs(OPENS);
    const listed = await ok(gw, MINE, {}, { token });
    expect(listed.map((s: { surveyId: string }) => s.surveyId)).toEqual([open.id]);
    expect(listed.map((s: { surveyId: string }) => s.surveyId)).not.toContain(notMine.id);
    expect(listed.map((s: { surveyId: string }) => s.surveyId)).not.toContain(later.id);
    expect(listed[0]).toMatchObject({ routeId: route.id, closesOn: '2031-03-29', answered: false });
    expect(listed[0].answerPath).toMatch(/^\/survey\?token=[A-Za-z0-9_-]{43}&lang=en$/);

    // The link is the caller's own: it opens their invitation, and answering it shows.
    const link = tokenIn(listed[0].answerPath);
    expect(await ok(gw, FORM, { t: link }, {})).toEqual({ surveyId: open.id, answered: false });
    await ok(gw, ANSWER, { t: link, a: [{ questionId: open.questionIds[0], score: 4 }] }, {});
    expect((await ok(gw, MINE, {}, { token }))[0]).toMatchObject({ surveyId: open.id, answered: true });
    // The other person's invitation is untouched.
    const theirs = await ok(gw, MINE, {}, { token: await participantToken(gw, other) });
    expect(theirs.find((s: { surveyId: string }) => s.surveyId === open.id)).toMatchObject({ answered: false });
  });

  it('is empty for a user who is no person', async () => {
    expect(await ok(gw, MINE, {}, { token: await adminToken(gw) })).toEqual([]);
  });
});
