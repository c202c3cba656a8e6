import { readFileSync } from 'node:fs';
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

  it('builds a survey in the portal, answers it through its personal link on a phone, and the response rate counts it', async () => {
    const title = `Six weeks on ${stamp}`;
    // Someone outside the route's participants, to be picked for the roster by hand.
    const advisorName = `Advisor${stamp}`;
    await gql(stack.apiUrl, token, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
      input: { givenName: advisorName, familyName: 'Rivera', gender: 'FEMALE', email: `${advisorName.toLowerCase()}@example.org` },
    });

    // The builder: a new survey of the route, in the browser.
    await page.goto(`${SHELL_URL}/follow-up/surveys?route=${ids['route']}`);
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New survey' }).click();
    await page.getByLabel('Title (English)').fill(title);
    await page.getByLabel('Opens on').fill(dayFromToday(0));
    await page.getByLabel('Closes on').fill(dayFromToday(14));
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const surveyId = /\/surveys\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
    expect(surveyId).not.toBe('');

    // A question on a scale from 1 to 5 (the type chosen by default).
    await page.getByLabel('Question (English)').fill('The route changed how my team works.');
    await page.getByRole('button', { name: 'Add the question' }).click();
    await page.locator('.lr-follow-up-questions').getByText('The route changed how my team works.').waitFor();

    // The roster: the route's participants in one go, and the advisor picked by hand.
    await page.getByRole('button', { name: 'Add the route’s participants' }).click();
    const roster = page.getByRole('table', { name: 'Who is asked' });
    await roster.locator('tbody tr').first().waitFor();
    await page.getByLabel('Find a person').fill(advisorName);
    await page.getByRole('button', { name: `Add ${advisorName} Rivera` }).click();
    await roster.getByText(`${advisorName} Rivera`).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    const built = await gql<{ survey: { invitations: { id: string }[]; questions: { type: string }[] } }>(
      stack.apiUrl,
      token,
      'query($id: ID!) { survey(id: $id) { invitations { id } questions { type } } }',
      { id: surveyId },
    );
    const invited = built.survey.invitations.length;
    expect(invited).toBeGreaterThan(1);
    expect(built.survey.questions).toEqual([{ type: 'LIKERT' }]);
    expect(await roster.locator('tbody tr').count()).toBe(invited);

    // Scheduled, then opened early (which asks first: the invitations go out).
    await page.getByRole('button', { name: 'Schedule' }).click();
    await page.getByRole('button', { name: 'Open now' }).click();
    const opening = page.getByRole('dialog', { name: 'Open now' });
    await opening.getByRole('button', { name: 'Open now' }).click();
    await page.locator('.lr-follow-up-survey--open').first().waitFor();

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

    // The answers as CSV: a named survey, so the admin's file has the respondent and the day.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the answers (CSV)' }).click()]);
    const lines = readFileSync((await csv.path()) as string, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^response,respondent,answeredOn,"?Q1 The route changed how my team works\."?$/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/,4$/);
  }, 120_000);
  describe('a locked reporting period', () => {
    // A programme of its own (the demo's programmes already have their half-years), with an
    // indicator reported on inside the period (10 days ago) and after it (2 days ago).
    const period = { label: `Locked ${stamp}`, startsOn: dayFromToday(-40), endsOn: dayFromToday(-5), closesOn: dayFromToday(20) };
    const indicatorName = `Councils trained ${stamp}`;
    const reports: Record<'inside' | 'after', { value: string; reportedOn: string }> = {
      inside: { value: '3', reportedOn: dayFromToday(-10) },
      after: { value: '4', reportedOn: dayFromToday(-2) },
    };

    beforeAll(async () => {
      const programme = await gql<{ createProgramme: { id: string } }>(stack.apiUrl, token, 'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }', {
        input: { name: { en: `Follow-up programme ${stamp}` } },
      });
      ids['lockProgramme'] = programme.createProgramme.id;
      const indicator = await gql<{ createTrackedIndicator: { id: string } }>(
        stack.apiUrl,
        token,
        'mutation($input: CreateTrackedIndicatorInput!) { createTrackedIndicator(input: $input) { id } }',
        { input: { programmeId: ids['lockProgramme'], name: { en: indicatorName }, unit: 'councils', baselineValue: '0', baselineDate: dayFromToday(-100), targetValue: '10', targetDate: dayFromToday(200) } },
      );
      ids['lockIndicator'] = indicator.createTrackedIndicator.id;
      for (const report of Object.values(reports)) {
        await gql(stack.apiUrl, token, 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }', { input: { indicatorId: ids['lockIndicator'], ...report } });
      }
    });

    it('is added and locked in the portal after a question, and the progress form then says its dates are locked', async () => {
      await page.goto(`${SHELL_URL}/follow-up/periods?programme=${ids['lockProgramme']}`);
      await page.getByRole('heading', { name: 'Reporting periods', level: 1 }).waitFor();
      await page.getByText('This programme has no reporting periods yet.').waitFor();
      await page.getByRole('button', { name: 'Add a reporting period' }).click();
      await page.getByLabel(/^Label/).fill(period.label);
      await page.getByLabel('First day').fill(period.startsOn);
      await page.getByLabel('Last day').fill(period.endsOn);
      await page.getByLabel('Reports due by').fill(period.closesOn);
      await page.getByRole('button', { name: 'Create', exact: true }).click();
      const table = page.getByRole('table', { name: 'Reporting periods' });
      const row = table.locator('tbody tr', { hasText: period.label });
      await row.getByText('Open', { exact: true }).waitFor();

      // Locking asks first, then the period says so.
      await row.getByRole('button', { name: `Lock the period ${period.label}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Lock this reporting period?' });
      await dialog.getByText(`Once “${period.label}” is locked, no report dated from ${period.startsOn} to ${period.endsOn}`).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Lock', exact: true }).click();
      await row.getByText('Locked', { exact: true }).waitFor();
      await row.getByRole('button', { name: `Reopen the period ${period.label}` }).waitFor();
      const locked = await gql<{ reportingPeriods: { edges: { node: { status: string; history: { to: string }[] } }[] } }>(
        stack.apiUrl,
        token,
        'query($p: ID!) { reportingPeriods(programmeId: $p, first: 5) { edges { node { status history { to } } } } }',
        { p: ids['lockProgramme'] },
      );
      expect(locked.reportingPeriods.edges.map((e) => e.node)).toEqual([{ status: 'LOCKED', history: [{ to: 'LOCKED' }] }]);

      // The progress form says the date falls in the locked period, and the API's refusal is worded too.
      await page.goto(`${SHELL_URL}/follow-up/indicators/${ids['lockIndicator']}`);
      await page.getByRole('heading', { name: indicatorName, level: 1 }).waitFor();
      await page.getByLabel('Value (councils)').fill('5');
      await page.getByLabel('Date the value describes').fill(dayFromToday(-20));
      await page.getByText(`The reporting period “${period.label}” (${period.startsOn} to ${period.endsOn}) that covers this date is locked`).waitFor();
      await page.getByRole('button', { name: 'Save the report' }).click();
      await page.getByText('The reporting period that covers this date is locked: reports in it can no longer be added or changed.').first().waitFor();
      await screenshot(page, 'follow-up-locked-period');
    });

    it('verifies reports in bulk: all or nothing, each row saying what became of it', async () => {
      await page.goto(`${SHELL_URL}/follow-up/verification`);
      await page.getByRole('heading', { name: 'Reports waiting for verification', level: 1 }).waitFor();
      // Every route's reports (the indicator belongs to none; the route chosen earlier is remembered).
      await page.getByLabel('Route', { exact: true }).selectOption({ label: 'All routes' });
      const labelOf = (r: { value: string; reportedOn: string }) => `${r.value} on ${r.reportedOn} (${indicatorName})`;
      for (const report of Object.values(reports)) await page.getByLabel(`Select ${labelOf(report)}`).check();
      await page.getByRole('button', { name: 'Verify the selected reports' }).click();
      const dialog = page.getByRole('dialog', { name: 'Verify these reports?' });
      await dialog.getByText('The 2 selected reports count').waitFor();
      await dialog.getByRole('button', { name: 'Verify', exact: true }).click();

      // The one in the locked period is refused by name; the other waited, and nothing was verified.
      const results = page.getByRole('region', { name: 'Results' });
      await results.getByText('0 done, 1 refused, 1 unchanged').waitFor();
      await results.getByText(`${labelOf(reports.inside)}: Refused: The reporting period that covers this date is locked`).waitFor();
      await results.getByText(`${labelOf(reports.after)}: Not changed (the action is all or nothing)`).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'follow-up-bulk-verification');

      // Choosing the others again verifies them.
      await results.getByRole('button', { name: 'Select the others again' }).click();
      await page.getByRole('button', { name: 'Verify the selected reports' }).click();
      await dialog.getByText('The selected report counts').waitFor();
      await dialog.getByRole('button', { name: 'Verify', exact: true }).click();
      await results.getByText('1 done, 0 refused, 0 unchanged').waitFor();
      const after = await gql<{ trackedIndicator: { progressReports: { value: string; verification: string }[] } }>(
        stack.apiUrl,
        token,
        'query($id: ID!) { trackedIndicator(id: $id) { progressReports { value verification } } }',
        { id: ids['lockIndicator'] },
      );
      expect(after.trackedIndicator.progressReports).toEqual([
        { value: '3', verification: 'UNVERIFIED' },
        { value: '4', verification: 'VERIFIED' },
      ]);
    });
  });
});
