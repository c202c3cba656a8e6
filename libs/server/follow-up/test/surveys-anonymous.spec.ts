import type { TestGateway } from '@lr/server-core/testing';
import { adminToken, createRoute, delegationWithParticipants, emailOf, errorOf, followUpEditor, ok, scheduledSurvey, startFollowUpGateway, surveyMails, tokenInMail } from './helpers';

const ANSWER = `mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { answeredOn anonymous } }`;
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { anonymous invited answered responseRate questions { type texts { text person { id } } } } }`;

/**
 * An anonymous survey never links an answer to a person: not in its rows, not in the audit
 * trail, not in results or exports, not even for admins.
 */
describe('anonymous surveys', () => {
  let gw: TestGateway;
  let admin: string;
  let survey: { id: string; version: number; questionIds: string[] };
  let people: string[];
  let invitationIds: string[];

  const tokenOf = async (personId: string) => {
    const email = await emailOf(gw, personId);
    return tokenInMail((await surveyMails(gw, 'survey-invitation')).filter((m) => m.to === email)[0].text);
  };

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    const route = await createRoute(gw);
    people = (await delegationWithParticipants(gw, route.id, 'GT', 3)).personIds;
    survey = await scheduledSurvey(gw, route.id, people, { anonymous: true });
    await gw.runDueJobs(new Date('2031-03-01T00:00:00Z'));
    const rows: { id: string }[] = await gw.dataSource.query(`SELECT id FROM survey_invitation WHERE survey_id = $1`, [survey.id]);
    invitationIds = rows.map((r) => r.id);

    const [likert, , text] = survey.questionIds;
    await ok(gw, ANSWER, { t: await tokenOf(people[0]), a: [{ questionId: likert, score: 2 }, { questionId: text, text: 'Secret opinion A' }] }, {});
    await ok(gw, ANSWER, { t: await tokenOf(people[1]), a: [{ questionId: likert, score: 5 }, { questionId: text, text: 'Secret opinion B' }] }, {});
  }, 120_000);
  afterAll(() => gw?.close());

  it('stores responses without the invitation, and only marks the invitation answered (a date)', async () => {
    const responses: { invitation_id: string | null }[] = await gw.dataSource.query(`SELECT invitation_id FROM survey_response WHERE survey_id = $1`, [survey.id]);
    expect(responses).toHaveLength(2);
    expect(responses.every((r) => r.invitation_id === null)).toBe(true);
    const answered: { person_id: string; answered_on: string | null }[] = await gw.dataSource.query(`SELECT person_id, answered_on::text FROM survey_invitation WHERE survey_id = $1 ORDER BY person_id`, [survey.id]);
    expect(answered.filter((i) => i.answered_on).map((i) => i.person_id).sort()).toEqual([people[0], people[1]].sort());
  });

  it('leaves no audit entry of the responses, so no request, time or actor ties one to an invitation', async () => {
    const responseIds: string[] = (await gw.dataSource.query(`SELECT id FROM survey_response WHERE survey_id = $1`, [survey.id])).map((r: { id: string }) => r.id);
    const entries: { entity_type: string; entity_id: string; changes: unknown; request_id: string | null }[] = await gw.dataSource.query(`SELECT entity_type, entity_id, changes, request_id FROM audit_entry`);
    expect(entries.filter((e) => e.entity_type === 'SurveyResponse')).toEqual([]);
    const text = JSON.stringify(entries);
    for (const id of responseIds) expect(text).not.toContain(id);
    expect(text).not.toContain('Secret opinion');
    // Nor does the trail keep the links' hashes.
    expect(entries.filter((e) => e.entity_type === 'SurveyInvitation').every((e) => !JSON.stringify(e.changes).match(/[0-9a-f]{64}/))).toBe(true);
    // The invitations' "answered" marks are audited, but no other entry shares their requests.
    const marks = entries.filter((e) => e.entity_type === 'SurveyInvitation' && invitationIds.includes(e.entity_id) && (e.changes as { answeredOn?: { to: unknown } }).answeredOn?.to);
    expect(marks).toHaveLength(2);
    for (const mark of marks) expect(entries.filter((e) => e.request_id === mark.request_id).map((e) => e.entity_type)).toEqual(['SurveyInvitation']);
  });

  it('shows results without any person, even to admins, and the rate', async () => {
    const results = await ok(gw, RESULTS, { id: survey.id }, { token: admin });
    expect(results).toMatchObject({ anonymous: true, invited: 3, answered: 2, responseRate: 66.7 });
    const texts = results.questions.find((q: { type: string }) => q.type === 'FREE_TEXT').texts;
    expect(texts.map((t: { text: string }) => t.text).sort()).toEqual(['Secret opinion A', 'Secret opinion B']);
    expect(texts.every((t: { person: unknown }) => t.person === null)).toBe(true);
  });

  it('exports responses with neither names nor dates, ordered by id', async () => {
    const res = await fetch(`${gw.url}/follow-up/surveys/${survey.id}/responses.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('response,Q1 Useful?,Q2 Which part?,Q3 What changed?');
    const ids = lines.slice(1).map((l) => l.split(',')[0]);
    expect(ids).toEqual([...ids].sort());
    const names: { given_name: string; family_name: string }[] = await gw.dataSource.query(`SELECT given_name, family_name FROM person WHERE id = ANY($1)`, [people]);
    for (const n of names) expect(csv).not.toContain(n.given_name);
    expect(csv).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const id of invitationIds) expect(csv).not.toContain(id);
  });

  it('takes one answer per link, and says the answers are not linked', async () => {
    const token = await tokenOf(people[2]);
    const answers = [{ questionId: survey.questionIds[0], score: 3 }];
    const both = await Promise.all([gw.graphql(ANSWER, { t: token, a: answers }), gw.graphql(ANSWER, { t: token, a: answers })]);
    expect(both.filter((r) => !r.errors).map((r) => r.data?.['answerSurvey'].anonymous)).toEqual([true]);
    expect(errorOf(await gw.graphql(ANSWER, { t: token, a: answers }), 'CONFLICT')).toBeTruthy();
    const count: { n: number }[] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM survey_response WHERE survey_id = $1`, [survey.id]);
    expect(count[0].n).toBe(3);
    expect((await ok(gw, RESULTS, { id: survey.id }, { token: await followUpEditor(gw) })).responseRate).toBe(100);
  });
});
