import type { TestGateway } from '@lr/server-core/testing';
import {
  adminToken,
  createPerson,
  createRoute,
  dataOf,
  delegationWithParticipants,
  emailOf,
  errorOf,
  fieldsOf,
  followUpEditor,
  ok,
  scheduledSurvey,
  startFollowUpGateway,
  SURVEY_FIELDS,
  surveyMails,
  tokenInMail,
  unique,
} from './helpers';

const paths = (res: Parameters<typeof fieldsOf>[0]) => fieldsOf(res).map((f) => f.path);

const OPENS = new Date('2031-03-01T00:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(OPENS.getTime() + days * DAY);

const FORM = `query($t: String!, $l: Language) { surveyByToken(token: $t, lang: $l) { surveyId language title anonymous status answered questions { id position type text required options { value label } } } }`;
const ANSWER = `mutation($t: String!, $a: [SurveyAnswerInput!]!) { answerSurvey(token: $t, answers: $a) { answeredOn anonymous } }`;
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { invited answered responseRate questions { type answered mean likert { score count } choices { value label count } texts { text person { id } } } } }`;
const STATUS = `query($id: ID!) { survey(id: $id) { status version statusHistory { from to } } }`;

describe('surveys', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
  }, 120_000);
  afterAll(() => gw?.close());

  /** The personal link token e-mailed to the person (their latest e-mail of that kind). */
  async function tokenOf(personId: string, kind: 'survey-invitation' | 'survey-reminder' = 'survey-invitation') {
    const email = await emailOf(gw, personId);
    const mails = (await surveyMails(gw, kind)).filter((m) => m.to === email);
    return tokenInMail(mails[mails.length - 1].text);
  }

  describe('the builder', () => {
    it('creates a route survey in DRAFT with its programme taken from the route, and names bad input', async () => {
      const route = await createRoute(gw);
      const created = await ok(gw, `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} title } }`, { input: { routeId: route.id, title: { en: 'After the route' }, opensOn: '2031-01-10', closesOn: '2031-02-10' } }, { token: await followUpEditor(gw) });
      expect(created).toMatchObject({ status: 'DRAFT', kind: 'CUSTOM', anonymous: false, programmeId: route.programmeId, reminderDays: [7, 14], title: 'After the route' });

      const bad = await gw.graphql(`mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }`, { input: { title: { en: 'x' }, opensOn: '2031-02-10', closesOn: '2031-02-01', reminderDays: [3, 3] } }, { token: admin });
      expect(paths(bad)).toEqual(expect.arrayContaining(['input.programmeId', 'input.closesOn', 'input.reminderDays']));
    });

    it('checks question options, orders questions, and requires questions and a roster before scheduling', async () => {
      const route = await createRoute(gw);
      const survey = await ok(gw, `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id version } }`, { input: { routeId: route.id, title: { en: unique('S') }, opensOn: '2031-01-10', closesOn: '2031-02-10' } }, { token: admin });
      const add = (input: Record<string, unknown>) => gw.graphql(`mutation($input: AddSurveyQuestionInput!) { addSurveyQuestion(input: $input) { id position version } }`, { input: { surveyId: survey.id, ...input } }, { token: admin });

      expect(paths(await add({ type: 'SINGLE_CHOICE', text: { en: 'One?' }, options: [{ value: 'a', label: { en: 'A' } }] }))).toEqual(['input.options']);
      expect(paths(await add({ type: 'MULTIPLE_CHOICE', text: { en: 'Two?' }, options: [{ value: 'a', label: { en: 'A' } }, { value: 'a', label: { en: 'B' } }] }))).toEqual(['input.options.1.value']);
      expect(paths(await add({ type: 'LIKERT', text: { en: 'Scale?' }, options: [{ value: 'a', label: { en: 'A' } }, { value: 'b', label: { en: 'B' } }] }))).toEqual(['input.options']);

      const schedule = (v: number) => gw.graphql(`mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: SCHEDULED, version: $v) { status version } }`, { s: survey.id, v }, { token: admin });
      expect(errorOf(await schedule(survey.version), 'PHASE_RULE').extensions?.['missing']).toEqual(['QUESTIONS', 'ROSTER']);

      const q1 = dataOf(await add({ type: 'LIKERT', text: { en: 'Useful?' } }))['addSurveyQuestion'];
      const q2 = dataOf(await add({ type: 'FREE_TEXT', text: { en: 'Why?' } }))['addSurveyQuestion'];
      expect([q1.position, q2.position]).toEqual([1, 2]);
      const reordered = await ok(gw, `mutation($s: ID!, $q: [ID!]!) { reorderSurveyQuestions(surveyId: $s, questionIds: $q) { id position } }`, { s: survey.id, q: [q2.id, q1.id] }, { token: admin });
      expect(reordered.map((q: { id: string; position: number }) => [q.id, q.position])).toEqual([[q2.id, 1], [q1.id, 2]]);
      expect(paths(await gw.graphql(`mutation($s: ID!, $q: [ID!]!) { reorderSurveyQuestions(surveyId: $s, questionIds: $q) { id } }`, { s: survey.id, q: [q1.id] }, { token: admin }))).toEqual(['questionIds']);

      const person = await createPerson(gw);
      await ok(gw, `mutation($s: ID!, $p: [ID!]!) { setSurveyRoster(surveyId: $s, personIds: $p) { id } }`, { s: survey.id, p: [person] }, { token: admin });
      const scheduled = dataOf(await schedule(survey.version))['changeSurveyStatus'];
      expect(scheduled.status).toBe('SCHEDULED');

      // Built only while DRAFT.
      expect(errorOf(await add({ type: 'FREE_TEXT', text: { en: 'Late?' } }), 'CONFLICT').message).toMatch(/SCHEDULED/);
      expect(errorOf(await gw.graphql(`mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { id } }`, { input: { id: survey.id, version: scheduled.version, anonymous: true } }, { token: admin }), 'CONFLICT')).toBeTruthy();
      // An editor may not open it early: only admins (and the opening job) may.
      const editorTry = await gw.graphql(`mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: OPEN, version: $v) { status } }`, { s: survey.id, v: scheduled.version }, { token: await followUpEditor(gw) });
      expect(errorOf(editorTry, 'PHASE_RULE').message).toMatch(/Only an admin/);
    });

    it("adds the route's SELECTED participants, not others, to the roster", async () => {
      const route = await createRoute(gw);
      const team = await delegationWithParticipants(gw, route.id, 'GT', 2);
      const survey = await ok(gw, `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }`, { input: { routeId: route.id, title: { en: unique('S') }, opensOn: '2031-01-10', closesOn: '2031-02-10' } }, { token: admin });
      const outsider = await createPerson(gw);
      await ok(gw, `mutation($s: ID!, $p: [ID!]!) { setSurveyRoster(surveyId: $s, personIds: $p) { id } }`, { s: survey.id, p: [outsider] }, { token: admin });
      const withRoute = await ok(gw, `mutation($s: ID!) { addRouteParticipantsToRoster(surveyId: $s) { invitations { personId invitedAt answeredOn } } }`, { s: survey.id }, { token: admin });
      expect(withRoute.invitations.map((i: { personId: string }) => i.personId).sort()).toEqual([outsider, ...team.personIds].sort());
      // Twice adds nobody twice.
      const again = await ok(gw, `mutation($s: ID!) { addRouteParticipantsToRoster(surveyId: $s) { invitations { personId } } }`, { s: survey.id }, { token: admin });
      expect(again.invitations).toHaveLength(3);
    });
  });

  describe('a named survey from opening to closing', () => {
    let survey: { id: string; version: number; questionIds: string[] };
    let people: string[];

    beforeAll(async () => {
      const route = await createRoute(gw);
      people = (await delegationWithParticipants(gw, route.id, 'GT', 3)).personIds;
      survey = await scheduledSurvey(gw, route.id, people, { anonymous: false });
    });

    it('opens on its opening day by its job and invites each person once, with a link that works without a password', async () => {
      const before = (await surveyMails(gw, 'survey-invitation')).length;
      // Not due the day before.
      await gw.runDueJobs(at(-1));
      expect((await ok(gw, STATUS, { id: survey.id }, { token: admin })).status).toBe('SCHEDULED');

      await gw.runDueJobs(at(0));
      await gw.runDueJobs(at(0));
      const read = await ok(gw, STATUS, { id: survey.id }, { token: admin });
      expect(read.status).toBe('OPEN');
      expect(read.statusHistory.map((h: { to: string }) => h.to)).toEqual(['SCHEDULED', 'OPEN']);
      const mails = (await surveyMails(gw, 'survey-invitation')).slice(before);
      const emails = await Promise.all(people.map((p) => emailOf(gw, p)));
      // (Other tests' surveys open in the same rounds.)
      expect(mails.map((m) => m.to).filter((to) => emails.includes(to)).sort()).toEqual([...emails].sort());

      const form = await ok(gw, FORM, { t: await tokenOf(people[0]), l: 'ES' }, {});
      expect(form).toMatchObject({ surveyId: survey.id, language: 'ES', title: 'Encuesta', anonymous: false, status: 'OPEN', answered: false });
      expect(form.questions.map((q: { type: string }) => q.type)).toEqual(['LIKERT', 'SINGLE_CHOICE', 'FREE_TEXT']);
      expect(form.questions[0].text).toBe('¿Útil?');
      expect(form.questions[1].options).toEqual([{ value: 'visits', label: 'Visitas' }, { value: 'workshops', label: 'Workshops' }]);
    });

    it('refuses unknown links the same way', async () => {
      expect(errorOf(await gw.graphql(FORM, { t: 'x'.repeat(43) }), 'NOT_FOUND')).toBeTruthy();
      expect(errorOf(await gw.graphql(FORM, { t: 'short' }), 'NOT_FOUND')).toBeTruthy();
    });

    it('checks each answer against its question, naming it', async () => {
      const token = await tokenOf(people[0]);
      const [likert, choice, text] = survey.questionIds;
      const bad = await gw.graphql(ANSWER, { t: token, a: [{ questionId: likert, score: 6 }, { questionId: choice, choices: ['nope'] }, { questionId: text, score: 2 }] });
      expect(paths(bad)).toEqual(['answers.0.score', 'answers.1.choices', 'answers.2.score']);
      expect(paths(await gw.graphql(ANSWER, { t: token, a: [{ questionId: text, text: 'only text' }] }))).toEqual(['answers']);
    });

    it('takes one answer per link (CONFLICT after), even sent twice at the same moment, and the rate follows', async () => {
      const [likert, choice, text] = survey.questionIds;
      const token = await tokenOf(people[0]);
      const answers = [{ questionId: likert, score: 4 }, { questionId: choice, choices: ['visits'] }, { questionId: text, text: 'We changed our procurement rules' }];
      const both = await Promise.all([gw.graphql(ANSWER, { t: token, a: answers }), gw.graphql(ANSWER, { t: token, a: answers })]);
      expect(both.filter((r) => !r.errors).length).toBe(1);
      expect(both.filter((r) => r.errors?.[0]?.extensions?.['code'] === 'CONFLICT').length).toBe(1);
      expect(errorOf(await gw.graphql(ANSWER, { t: token, a: answers }), 'CONFLICT').message).toMatch(/already used/);
      expect((await ok(gw, FORM, { t: token }, {})).answered).toBe(true);

      let results = await ok(gw, RESULTS, { id: survey.id }, { token: admin });
      expect(results).toMatchObject({ invited: 3, answered: 1, responseRate: 33.3 });

      await ok(gw, ANSWER, { t: await tokenOf(people[1]), a: [{ questionId: likert, score: 5 }] }, {});
      results = await ok(gw, RESULTS, { id: survey.id }, { token: admin });
      expect(results).toMatchObject({ invited: 3, answered: 2, responseRate: 66.7 });
      const [l, c, t] = results.questions;
      expect(l).toMatchObject({ answered: 2, mean: '4.50' });
      expect(l.likert).toEqual([1, 2, 3, 4, 5].map((score) => ({ score, count: score >= 4 ? 1 : 0 })));
      expect(c.choices).toEqual([{ value: 'visits', label: 'Visits', count: 1 }, { value: 'workshops', label: 'Workshops', count: 0 }]);
      // Named survey: admins see who wrote a text; editors do not.
      expect(t.texts).toEqual([{ text: 'We changed our procurement rules', person: { id: people[0] } }]);
      const forEditor = await ok(gw, RESULTS, { id: survey.id }, { token: await followUpEditor(gw) });
      expect(forEditor.questions[2].texts).toEqual([{ text: 'We changed our procurement rules', person: null }]);
    });

    it('exports named responses as CSV with names for admins', async () => {
      const res = await fetch(`${gw.url}/follow-up/surveys/${survey.id}/responses.csv`, { headers: { authorization: `Bearer ${admin}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      const lines = (await res.text()).trim().split('\r\n');
      expect(lines[0]).toBe('response,respondent,answeredOn,Q1 Useful?,Q2 Which part?,Q3 What changed?');
      expect(lines).toHaveLength(3);
      expect(lines.some((l) => l.includes('visits') && l.includes('We changed our procurement rules'))).toBe(true);
      const participant = await gw.tokenFor('PARTICIPANT' as never);
      expect((await fetch(`${gw.url}/follow-up/surveys/${survey.id}/responses.csv`, { headers: { authorization: `Bearer ${participant}` } })).status).toBe(403);
      expect((await fetch(`${gw.url}/follow-up/surveys/${survey.id}/responses.csv`)).status).toBe(401);
    });

    it('reminds only those who have not answered, once per reminder day, even when the jobs run again', async () => {
      const before = (await surveyMails(gw, 'survey-reminder')).length;
      await gw.runDueJobs(at(6));
      expect((await surveyMails(gw, 'survey-reminder')).length).toBe(before);
      await gw.runDueJobs(at(7));
      await gw.runDueJobs(at(7));
      const first = (await surveyMails(gw, 'survey-reminder')).slice(before);
      expect(first.map((m) => m.to)).toEqual([await emailOf(gw, people[2])]);
      // The reminder carries the same personal link as the invitation.
      expect(tokenInMail(first[0].text)).toBe(await tokenOf(people[2]));
      await gw.runDueJobs(at(14));
      await gw.runDueJobs(at(14));
      expect((await surveyMails(gw, 'survey-reminder')).slice(before).length).toBe(2);
    });

    it('closes the day after its closing date, and then refuses answers', async () => {
      await gw.runDueJobs(at(28));
      expect((await ok(gw, STATUS, { id: survey.id }, { token: admin })).status).toBe('OPEN');
      await gw.runDueJobs(at(29));
      expect((await ok(gw, STATUS, { id: survey.id }, { token: admin })).status).toBe('CLOSED');
      const refused = await gw.graphql(ANSWER, { t: await tokenOf(people[2]), a: [{ questionId: survey.questionIds[0], score: 3 }] });
      expect(errorOf(refused, 'CONFLICT').message).toMatch(/closed/);
      expect((await ok(gw, RESULTS, { id: survey.id }, { token: admin })).answered).toBe(2);
    });
  });

  it('an admin may open a survey early and close it early; invitations go out once', async () => {
    const route = await createRoute(gw);
    const people = (await delegationWithParticipants(gw, route.id, 'HN', 1)).personIds;
    const survey = await scheduledSurvey(gw, route.id, people);
    const before = (await surveyMails(gw, 'survey-invitation')).length;
    const opened = await ok(gw, `mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: OPEN, version: $v) { status version } }`, { s: survey.id, v: survey.version }, { token: admin });
    expect(opened.status).toBe('OPEN');
    // Its opening job, when due, finds it open and sends nothing more.
    await gw.runDueJobs(at(0));
    expect((await surveyMails(gw, 'survey-invitation')).length).toBe(before + 1);
    const closed = await ok(gw, `mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: CLOSED, version: $v) { status } }`, { s: survey.id, v: opened.version }, { token: admin });
    expect(closed.status).toBe('CLOSED');
    const reminders = (await surveyMails(gw, 'survey-reminder')).length;
    await gw.runDueJobs(at(30));
    expect((await surveyMails(gw, 'survey-reminder')).length).toBe(reminders);
  });

  describe("the route's six-month survey", () => {
    const ADVANCE = `mutation($id: ID!, $to: RoutePhase!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: $to, version: $v) { id version phase } }`;

    /** Moves the route to FOLLOW_UP: the earlier phases' rules (composition, plans) are other modules' tests, so it starts from ACTION_PLANNING. */
    async function toFollowUp(route: { id: string }) {
      await gw.dataSource.query(`UPDATE learning_route SET phase = 'ACTION_PLANNING', version = version + 1 WHERE id = $1`, [route.id]);
      const [{ version }] = await gw.dataSource.query(`SELECT version FROM learning_route WHERE id = $1`, [route.id]);
      return (await ok(gw, ADVANCE, { id: route.id, to: 'FOLLOW_UP', v: version }, { token: admin })).version;
    }

    it('is scheduled when the route enters FOLLOW_UP: anonymous, six months after the end date for four weeks, with the SELECTED participants', async () => {
      const created = await createRoute(gw);
      const route = await ok(gw, `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { id version } }`, { input: { id: created.id, version: created.version, startDate: '2030-06-24', endDate: '2030-06-30' } }, { token: admin });
      const { personIds } = await delegationWithParticipants(gw, route.id, 'GT', 2);
      const version = await toFollowUp(route);
      const list = await ok(gw, `query($r: ID!) { surveys(first: 10, filter: { routeId: $r }) { edges { node { ${SURVEY_FIELDS} title(lang: FR) questions { type position text(lang: ES) } invitations { personId } statusHistory { from to reason } } } } }`, { r: route.id }, { token: admin });
      expect(list.edges).toHaveLength(1);
      const survey = list.edges[0].node;
      expect(survey).toMatchObject({ kind: 'SIX_MONTH', status: 'SCHEDULED', anonymous: true, opensOn: '2030-12-30', closesOn: '2031-01-27', title: 'Six mois après la route d’apprentissage' });
      expect(survey.questions.map((q: { type: string }) => q.type)).toEqual(['LIKERT', 'LIKERT', 'LIKERT', 'LIKERT', 'FREE_TEXT', 'FREE_TEXT']);
      expect(survey.questions[0].text).toMatch(/satisfecho/);
      expect(survey.invitations.map((i: { personId: string }) => i.personId).sort()).toEqual([...personIds].sort());
      expect(survey.statusHistory).toEqual([{ from: 'DRAFT', to: 'SCHEDULED', reason: 'Scheduled automatically when the route entered FOLLOW_UP' }]);

      // Back to ACTION_PLANNING and forward again: still one six-month survey.
      const back = await ok(gw, `mutation($id: ID!, $v: Int!) { advanceRoutePhase(routeId: $id, toPhase: ACTION_PLANNING, version: $v, reason: "plans reopened") { version } }`, { id: route.id, v: version }, { token: admin });
      await ok(gw, ADVANCE, { id: route.id, to: 'FOLLOW_UP', v: back.version }, { token: admin });
      expect((await ok(gw, `query($r: ID!) { surveys(first: 5, filter: { routeId: $r, kind: SIX_MONTH }) { totalCount } }`, { r: route.id }, { token: admin })).totalCount).toBe(1);

      // On its opening day its job opens it and invites the roster.
      const before = (await surveyMails(gw, 'survey-invitation')).length;
      await gw.runDueJobs(new Date('2030-12-30T00:00:00Z'));
      const invited = (await surveyMails(gw, 'survey-invitation')).slice(before).map((m) => m.to);
      const emails = await Promise.all(personIds.map((p) => emailOf(gw, p)));
      expect(invited.filter((to) => emails.includes(to)).sort()).toEqual([...emails].sort());
      expect((await ok(gw, `query($id: ID!) { survey(id: $id) { status } }`, { id: survey.id }, { token: admin })).status).toBe('OPEN');
    });
  });
});
