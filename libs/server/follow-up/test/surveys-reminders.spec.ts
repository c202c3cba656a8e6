import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, emailOf, errorOf, followUpEditor, ok, participantToken, scheduledSurvey, startFollowUpGateway, surveyMails, tokenInMail, UNKNOWN_ID } from './helpers';

const REMIND = `mutation($input: RemindSurveyInviteesInput!) { remindSurveyInvitees(input: $input) { invitationId result } }`;
const ROSTER = `query($id: ID!) { survey(id: $id) { invitations { id personId answeredOn lastRemindedAt } } }`;
const OPEN = `mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: OPEN, version: $v) { status version } }`;
const ANSWER = `mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { answeredOn } }`;

interface RosterRow {
  id: string;
  personId: string;
  answeredOn: string | null;
  lastRemindedAt: string | null;
}

describe('remindSurveyInvitees: reminders sent by hand from the roster', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    editor = await followUpEditor(gw);
  }, 120_000);
  afterAll(() => gw?.close());

  /** An OPEN survey of `size` people (opened early by an admin, which invites them), and its roster in the people's order. */
  async function openSurvey(size: number, options: { anonymous?: boolean; beforeOpening?: (people: string[]) => Promise<void> } = {}) {
    const route = await createRoute(gw);
    // A national team has at most 3 people: a second one for the rest.
    const people = (await delegationWithParticipants(gw, route.id, 'GT', Math.min(size, 3))).personIds;
    if (size > 3) people.push(...(await delegationWithParticipants(gw, route.id, 'HN', size - 3)).personIds);
    const survey = await scheduledSurvey(gw, route.id, people, { anonymous: options.anonymous ?? false });
    await options.beforeOpening?.(people);
    await ok(gw, OPEN, { s: survey.id, v: survey.version }, { token: admin });
    const roster = async (): Promise<RosterRow[]> => {
      const rows: RosterRow[] = (await ok(gw, ROSTER, { id: survey.id }, { token: editor })).invitations;
      return people.map((p) => rows.find((r) => r.personId === p) as RosterRow);
    };
    return { survey, people, roster };
  }

  async function answer(personId: string, likertId: string) {
    const email = await emailOf(gw, personId);
    const mail = (await surveyMails(gw, 'survey-invitation')).filter((m) => m.to === email).at(-1);
    await ok(gw, ANSWER, { t: tokenInMail(mail?.text ?? ''), a: [{ questionId: likertId, score: 4 }] }, {});
  }
  const remindersTo = async (personIds: string[]) => {
    const emails = await Promise.all(personIds.map((p) => emailOf(gw, p)));
    return (await surveyMails(gw, 'survey-reminder')).filter((m) => emails.includes(m.to)).map((m) => m.to);
  };
  const setEmail = (personId: string, email: string | null) => gw.dataSource.query(`UPDATE person SET email = $2 WHERE id = $1`, [personId, email]);

  it('answers each row in the order asked: sent, or why not (answered, no e-mail, never invited, not on the roster)', async () => {
    const { survey, people, roster } = await openSurvey(4, { beforeOpening: ([, , , uninvited]) => setEmail(uninvited!, null) });
    await answer(people[0]!, survey.questionIds[0]!);
    const noEmailNow = await emailOf(gw, people[2]!);
    await setEmail(people[2]!, null);
    const rows = await roster();
    const outcomes = await ok(gw, REMIND, { input: { surveyId: survey.id, invitationIds: [...rows.map((r) => r.id), UNKNOWN_ID] } }, { token: editor });
    expect(outcomes.map((o: { result: string }) => o.result)).toEqual(['ANSWERED', 'SENT', 'NO_EMAIL', 'NOT_INVITED', 'NOT_ON_ROSTER']);
    expect(outcomes.map((o: { invitationId: string }) => o.invitationId)).toEqual([...rows.map((r) => r.id), UNKNOWN_ID]);
    // One e-mail, to the one person who needed it, with their personal link; the roster says when.
    expect(await remindersTo(people.slice(0, 2))).toEqual([await emailOf(gw, people[1]!)]);
    expect((await surveyMails(gw, 'survey-reminder')).some((m) => m.to === noEmailNow)).toBe(false);
    expect((await roster()).map((r) => !!r.lastRemindedAt)).toEqual([false, true, false, false]);
  });

  it('never sends twice in one round: a second click, or two editors at once, send one e-mail per person', async () => {
    const { survey, people, roster } = await openSurvey(2);
    const ids = (await roster()).map((r) => r.id);
    const both = await Promise.all([
      ok(gw, REMIND, { input: { surveyId: survey.id, invitationIds: ids } }, { token: editor }),
      ok(gw, REMIND, { input: { surveyId: survey.id, invitationIds: ids } }, { token: admin }),
    ]);
    const results = both.flatMap((outcomes) => outcomes.map((o: { result: string }) => o.result)).sort();
    expect(results).toEqual(['ALREADY_REMINDED', 'ALREADY_REMINDED', 'SENT', 'SENT']);
    const again = await ok(gw, REMIND, { input: { surveyId: survey.id, invitationIds: ids } }, { token: editor });
    expect(again.map((o: { result: string }) => o.result)).toEqual(['ALREADY_REMINDED', 'ALREADY_REMINDED']);
    expect((await remindersTo(people)).sort()).toEqual((await Promise.all(people.map((p) => emailOf(gw, p)))).sort());
  });

  it('in an anonymous survey says no more than the roster does: who answered, never what', async () => {
    const { survey, people, roster } = await openSurvey(2, { anonymous: true });
    await answer(people[0]!, survey.questionIds[0]!);
    const rows = await roster();
    const outcomes = await ok(gw, REMIND, { input: { surveyId: survey.id, invitationIds: rows.map((r) => r.id) } }, { token: editor });
    // The roster already shows editors that the first answered (as a day); the result matches it.
    expect(rows.map((r) => !!r.answeredOn)).toEqual([true, false]);
    expect(outcomes.map((o: { result: string }) => o.result)).toEqual(['ANSWERED', 'SENT']);
    expect(Object.keys(outcomes[0]).sort()).toEqual(['invitationId', 'result']);
  });

  it('refuses a survey that is not open (coded), and people who do not build surveys', async () => {
    const route = await createRoute(gw);
    const people = (await delegationWithParticipants(gw, route.id, 'HN', 1)).personIds;
    const survey = await scheduledSurvey(gw, route.id, people);
    const rows: RosterRow[] = (await ok(gw, ROSTER, { id: survey.id }, { token: editor })).invitations;
    const input = { surveyId: survey.id, invitationIds: rows.map((r) => r.id) };
    const refused = errorOf(await gw.graphql(REMIND, { input }, { token: editor }), 'CONFLICT');
    expect(refused.extensions?.['constraint']).toBe('surveyOpenOnly');
    errorOf(await gw.graphql(REMIND, { input }, { token: await participantToken(gw, people[0]!) }), 'FORBIDDEN');
    expect(await remindersTo(people)).toEqual([]);
  });
});
