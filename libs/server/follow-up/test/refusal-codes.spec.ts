import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { adminToken, attachCase, createRoute, errorOf, ok, programmeIndicator, reportValue, startFollowUpGateway, unique, type RouteFixture } from './helpers';

const CREATE_PERIOD = `mutation($input: CreateReportingPeriodInput!) { createReportingPeriod(input: $input) { id version } }`;
const DELETE_PERIOD = `mutation($id: ID!, $v: Int!) { deleteReportingPeriod(id: $id, version: $v) }`;
const VERIFY = `mutation($id: ID!, $v: Int!) { verifyProgressReport(id: $id, version: $v) { id version } }`;
const UPDATE_REPORT = `mutation($input: UpdateProgressReportInput!) { updateProgressReport(input: $input) { id } }`;
const CREATE_SURVEY = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id version } }`;
const ADD_QUESTION = `mutation($input: AddSurveyQuestionInput!) { addSurveyQuestion(input: $input) { id } }`;

// Every refusal of follow-up names its rule (`constraint`): on each field problem, or beside the
// code when the refusal is not about a field. The portal words them in the user's language; a
// missing code would leave the user with the server's English.
describe('follow-up refusals carry constraint codes', () => {
  let gw: TestGateway;
  let admin: string;
  let route: RouteFixture;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    admin = await adminToken(gw);
    route = await createRoute(gw);
  });
  afterAll(() => gw.close());

  it('names the rules of reporting periods: dates in order, no overlap, a unique label, no delete with reports', async () => {
    const period = { programmeId: route.programmeId, label: '2024 H1', startsOn: '2024-01-01', endsOn: '2024-06-30', closesOn: '2024-07-31' };
    const created = await ok(gw, CREATE_PERIOD, { input: period }, { token: admin });
    expect(constraintsOf(await gw.graphql(CREATE_PERIOD, { input: { ...period, label: 'Backwards', startsOn: '2025-06-30', endsOn: '2025-01-01', closesOn: '2024-12-31' } }, { token: admin }))).toEqual([
      { path: 'input.endsOn', constraint: 'periodEndsAfterStart' },
      { path: 'input.closesOn', constraint: 'periodClosesAfterEnd' },
    ]);
    expect(constraintsOf(await gw.graphql(CREATE_PERIOD, { input: { ...period, label: 'Overlapping' } }, { token: admin }))).toEqual([
      { path: 'input.startsOn', constraint: 'noOverlap' },
      { path: 'input.endsOn', constraint: 'noOverlap' },
    ]);
    expect(constraintsOf(await gw.graphql(CREATE_PERIOD, { input: { ...period, startsOn: '2026-01-01', endsOn: '2026-06-30', closesOn: '2026-07-31' } }, { token: admin }))).toEqual([
      { path: 'input.label', constraint: 'uniqueLabel' },
    ]);
    const indicator = await programmeIndicator(gw, route.programmeId);
    await reportValue(gw, indicator.id, '1', '2024-03-31');
    const conflict = errorOf(await gw.graphql(DELETE_PERIOD, { id: created.id, v: created.version }, { token: admin }), 'CONFLICT');
    expect(conflict.extensions).toMatchObject({ constraint: 'periodHasReports', reports: 1 });
  });

  it('names the rules of indicators and progress: a target after the baseline, no future date, a verified report frozen', async () => {
    const bad = await gw.graphql(
      `mutation($input: CreateTrackedIndicatorInput!) { createTrackedIndicator(input: $input) { id } }`,
      { input: { programmeId: route.programmeId, name: { en: unique('Indicator') }, baselineValue: '0', baselineDate: '2025-01-01', targetValue: '5', targetDate: '2024-01-01' } },
      { token: admin },
    );
    expect(constraintsOf(bad)).toEqual([{ path: 'input.targetDate', constraint: 'targetAfterBaseline' }]);
    const indicator = await programmeIndicator(gw, route.programmeId);
    const future = await gw.graphql(`mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`, { input: { indicatorId: indicator.id, value: '1', reportedOn: '2999-01-01' } }, { token: admin });
    expect(constraintsOf(future)).toEqual([{ path: 'input.reportedOn', constraint: 'reportNotInFuture' }]);
    const report = await reportValue(gw, indicator.id, '1', '2023-03-31');
    const verified = await ok(gw, VERIFY, { id: report.id, v: report.version }, { token: admin });
    const frozen = errorOf(await gw.graphql(UPDATE_REPORT, { input: { id: report.id, version: verified.version, value: '2' } }, { token: admin }), 'CONFLICT');
    expect(frozen.extensions).toMatchObject({ constraint: 'reportVerified' });
  });

  it('names the rules of surveys: closing after opening, two options for a choice, changes only while DRAFT', async () => {
    const window = await gw.graphql(CREATE_SURVEY, { input: { routeId: route.id, title: { en: 'x' }, opensOn: '2031-02-10', closesOn: '2031-02-01' } }, { token: admin });
    expect(constraintsOf(window)).toEqual([{ path: 'input.closesOn', constraint: 'surveyClosesAfterOpens' }]);
    const survey = await ok(gw, CREATE_SURVEY, { input: { routeId: route.id, title: { en: unique('Survey') }, opensOn: '2031-01-10', closesOn: '2031-02-10' } }, { token: admin });
    const oneOption = await gw.graphql(ADD_QUESTION, { input: { surveyId: survey.id, type: 'SINGLE_CHOICE', text: { en: 'Which?' }, options: [{ value: 'a', label: { en: 'A' } }] } }, { token: admin });
    expect(constraintsOf(oneOption)).toEqual([{ path: 'input.options', constraint: 'twoOptions' }]);
    await ok(gw, ADD_QUESTION, { input: { surveyId: survey.id, type: 'LIKERT', text: { en: 'Useful?' } } }, { token: admin });
    const person = await ok(gw, `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, { input: { givenName: unique('Asked'), familyName: 'Person', gender: 'FEMALE' } }, { token: admin });
    const rostered = await ok(gw, `mutation($s: ID!, $p: [ID!]!) { setSurveyRoster(surveyId: $s, personIds: $p) { version } }`, { s: survey.id, p: [person.id] }, { token: admin });
    await ok(gw, `mutation($s: ID!, $v: Int!) { changeSurveyStatus(surveyId: $s, toStatus: SCHEDULED, version: $v) { id } }`, { s: survey.id, v: rostered.version }, { token: admin });
    const late = errorOf(await gw.graphql(ADD_QUESTION, { input: { surveyId: survey.id, type: 'FREE_TEXT', text: { en: 'More?' } } }, { token: admin }), 'CONFLICT');
    expect(late.extensions).toMatchObject({ constraint: 'surveyDraftOnly' });
  });

  it('names the rules of events and stories: a visit’s country, evidence as a web address', async () => {
    const visit = await gw.graphql(
      `mutation($input: CreateFollowUpEventInput!) { createFollowUpEvent(input: $input) { id } }`,
      { input: { routeId: route.id, kind: 'TECHNICAL_ASSISTANCE_VISIT', date: '2025-09-01', title: { en: 'Visit' } } },
      { token: admin },
    );
    expect(constraintsOf(visit)).toEqual([{ path: 'input.countryCode', constraint: 'visitCountry' }]);
    const practiceId = await attachCase(gw, route.id);
    const story = await gw.graphql(
      `mutation($input: CreateScalingStoryInput!) { createScalingStory(input: $input) { id } }`,
      { input: { practiceId, countryCode: 'GT', title: { en: 'Adapted' }, result: { en: 'It worked' }, evidenceUrl: 'ftp://example.org/x' } },
      { token: admin },
    );
    expect(constraintsOf(story)).toEqual([{ path: 'input.evidenceUrl', constraint: 'webAddress' }]);
  });
});
