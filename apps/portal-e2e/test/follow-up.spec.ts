import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { gql, mainNav, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** YYYY-MM-DD, `days` from today (UTC, as the browser in the test runs). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

// The follow-up section as an admin uses it (report progress on an indicator, verify it), and a
// survey answered by a participant through the personal link of its invitation e-mail, on a
// phone and without signing in, which the survey's response rate then counts.
describe('follow-up section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';
  const ids: Record<string, string> = {};
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await signIn(page, 'admin@learningroutes.org');
    token = await tokenOf(page);
    const data = await gql<{ routes: { edges: { node: { id: string; programmeId: string } }[] } }>(
      stack.apiUrl,
      token,
      '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id programmeId } } } }',
    );
    ids['route'] = data.routes.edges[0].node.id;
    ids['programme'] = data.routes.edges[0].node.programmeId;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('reports progress on an indicator and verifies it: the indicator is then on track', async () => {
    const name = `Commitments kept ${stamp}`;
    const created = await gql<{ createTrackedIndicator: { id: string } }>(
      stack.apiUrl,
      token,
      `mutation($input: CreateTrackedIndicatorInput!) { createTrackedIndicator(input: $input) { id } }`,
      {
        input: {
          programmeId: ids['programme'],
          routeId: ids['route'],
          name: { en: name },
          unit: 'commitments',
          baselineValue: '0',
          baselineDate: dayFromToday(-180),
          targetValue: '10',
          targetDate: dayFromToday(180),
        },
      },
    );
    ids['indicator'] = created.createTrackedIndicator.id;

    // The list: found by its name, without data yet.
    await mainNav(page).getByRole('link', { name: 'Follow-up', exact: true }).click();
    await page.getByRole('heading', { name: 'Indicators', level: 1 }).waitFor();
    await page.getByLabel('Search indicators (name, objective, unit)').fill(stamp);
    const table = page.getByRole('table', { name: 'Indicators' });
    const row = table.locator('tbody tr', { has: page.getByRole('link', { name, exact: true }) });
    await row.getByText('No data', { exact: true }).waitFor();
    await row.getByRole('link', { name, exact: true }).click();

    // The indicator: its chart, then a value reported through the form, with its per-field check.
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('img', { name: `Progress of “${name}”` }).waitFor();
    await page.getByLabel('Value (commitments)').fill('eight');
    await page.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('Enter a number, e.g. 12 or 12.5 (a point for decimals).').first().waitFor();
    await page.getByLabel('Value (commitments)').fill('8');
    await page.getByLabel('Note').fill('Eight of the ten commitments are kept.');
    await page.getByRole('button', { name: 'Save the report' }).click();
    const reports = page.getByRole('table', { name: 'Progress reports' });
    await reports.getByText('Not verified yet', { exact: true }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);

    // Verifying asks first, then the value counts: 8 of 10 half-way through is on track.
    await reports.getByRole('button', { name: /^Verify the report 8/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Verify this report?' });
    await dialog.getByRole('button', { name: 'Verify', exact: true }).click();
    await reports.getByText('Verified', { exact: true }).waitFor();
    await page.locator('.lr-follow-up-status--on_track').first().waitFor();
    expect(await page.locator('.lr-follow-up-chart__point--verified').count()).toBe(1);
    await screenshot(page, 'follow-up-indicator');

    const after = await gql<{ trackedIndicator: { status: string; lastVerified: { value: string } | null } }>(
      stack.apiUrl,
      token,
      'query($id: ID!) { trackedIndicator(id: $id) { status lastVerified { value } } }',
      { id: ids['indicator'] },
    );
    expect(after.trackedIndicator).toEqual({ status: 'ON_TRACK', lastVerified: { value: '8' } });
  });

  it('answers a survey through its personal link on a phone, and the response rate counts it', async () => {
    const title = `Six weeks on ${stamp}`;
    const survey = await gql<{ createSurvey: { id: string } }>(
      stack.apiUrl,
      token,
      'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }',
      { input: { routeId: ids['route'], title: { en: title }, opensOn: dayFromToday(0), closesOn: dayFromToday(14) } },
    );
    const surveyId = survey.createSurvey.id;
    await gql(stack.apiUrl, token, 'mutation($input: AddSurveyQuestionInput!) { addSurveyQuestion(input: $input) { id } }', {
      input: { surveyId, type: 'LIKERT', text: { en: 'The route changed how my team works.' } },
    });
    const roster = await gql<{ addRouteParticipantsToRoster: { version: number; invitations: { id: string }[] } }>(
      stack.apiUrl,
      token,
      'mutation($surveyId: ID!) { addRouteParticipantsToRoster(surveyId: $surveyId) { version invitations { id } } }',
      { surveyId },
    );
    const invited = roster.addRouteParticipantsToRoster.invitations.length;
    expect(invited).toBeGreaterThan(0);
    const move = 'mutation($surveyId: ID!, $toStatus: SurveyStatus!, $version: Int!) { changeSurveyStatus(surveyId: $surveyId, toStatus: $toStatus, version: $version) { version } }';
    const scheduled = await gql<{ changeSurveyStatus: { version: number } }>(stack.apiUrl, token, move, {
      surveyId,
      toStatus: 'SCHEDULED',
      version: roster.addRouteParticipantsToRoster.version,
    });
    await gql(stack.apiUrl, token, move, { surveyId, toStatus: 'OPEN', version: scheduled.changeSurveyStatus.version });

    // The invitations went out as mail: one of them carries the personal link.
    const mail = await gql<{ mailMessages: { edges: { node: { text: string } }[] } }>(
      stack.apiUrl,
      token,
      'query($filter: MailMessageFilter) { mailMessages(first: 100, filter: $filter) { edges { node { text } } } }',
      { filter: { kind: 'survey-invitation', search: stamp } },
    );
    expect(mail.mailMessages.edges.length).toBeGreaterThan(0);
    const link = /\/survey\?token=([^&\s]+)/.exec(mail.mailMessages.edges[0].node.text);
    expect(link).not.toBeNull();

    // Before: nobody answered.
    await page.goto(`${SHELL_URL}/follow-up/surveys/${surveyId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await page.getByText(`Response rate: 0 % (0 of ${invited} answered)`).waitFor();

    // The participant, on a phone and not signed in, answers through the link.
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
    const participant = await phone.newPage();
    participant.setDefaultTimeout(10_000);
    await participant.goto(`${SHELL_URL}/survey?token=${link?.[1]}&lang=en`);
    await participant.getByRole('heading', { name: title, level: 1 }).waitFor();
    const send = participant.getByRole('button', { name: 'Send my answers' });
    // Sent without an answer: the question says it needs one.
    await send.click();
    await participant.getByText('This question needs an answer.').waitFor();
    const agree = participant.locator('label', { hasText: '4 – Agree' });
    await expectPhoneReady(participant, 'follow-up-survey', [agree, send]);
    await participant.getByLabel('4 – Agree').check();
    await send.click();
    await participant.getByRole('heading', { name: 'Thank you!' }).waitFor();
    // The link is used up: opened again, it says so.
    await participant.reload();
    await participant.getByRole('heading', { name: 'Already answered' }).waitFor();
    await phone.close();

    // After: the survey's results count the answer.
    await page.reload();
    const results = await gql<{ surveyResults: { responseRate: number } }>(stack.apiUrl, token, 'query($id: ID!) { surveyResults(surveyId: $id) { responseRate } }', { id: surveyId });
    const rate = new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(results.surveyResults.responseRate);
    await page.getByText(`Response rate: ${rate} % (1 of ${invited} answered)`).waitFor();
    await page.getByRole('list', { name: 'The route changed how my team works.' }).getByText('1 (100%)').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'follow-up-survey-results');
  });
});
