import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { DEMO_PASSWORD, eventually, gql, signIn } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** A plan of the Peru demo route as the admin reads it, with its delegation's members. */
interface DemoPlan {
  id: string;
  version: number;
  status: string;
  title: string;
  delegation: { id: string; name: string; participants: { status: string; person: { fullName: string; email: string | null } | null }[] };
}

// One delegation's action plan through its whole cycle, as its participant, the reviewer and the
// admin meet it in the portal: drafted against the SMART check, submitted, sent back for a
// revision, resubmitted and made final; then the vote, where a participant casts their one ballot
// and cannot choose their own delegation's plan; then the pages on a phone.
describe('action plans section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let adminToken = '';
  let routeId = '';
  /** The delegation whose demo draft is replaced by the plan drafted here, and that plan. */
  let author: { email: string; name: string; delegation: string } = { email: '', name: '', delegation: '' };
  let planId = '';
  /** A plan kept in review with a failing SMART check (an editor still edits it). */
  let unfinishedPlanId = '';
  const planTitle = 'Costed nutrition plans in every district';

  async function login(email: string): Promise<string> {
    const data = await gql<{ login: { token: string } }>(stack.apiUrl, '', 'mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { email, password: DEMO_PASSWORD },
    });
    return data.login.token;
  }

  /** The first error of a GraphQL call that is expected to fail. */
  async function refusal(token: string, query: string, variables: Record<string, unknown>) {
    const res = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: { message: string; extensions: { code: string; constraint?: string; fields?: { path: string; constraint?: string }[] } }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    return body.errors![0];
  }

  async function pageAs(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, email);
    return page;
  }

  async function expectAccessible(target: Page, name: string) {
    expect(await accessibilityProblems(target)).toEqual([]);
    await screenshot(target, name);
  }

  /** Waits for a confirmation dialog, then confirms it with its button of that name. */
  async function confirm(page: Page, title: string, button: string, reason?: string): Promise<void> {
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.waitFor();
    if (reason) await dialog.getByLabel(/^Reason/).fill(reason);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  const smartPanel = (page: Page) => page.getByRole('region', { name: 'SMART check' });
  const objectiveForm = (page: Page, n: number) => page.getByRole('form', { name: `Objective ${n}` });

  /** The text that describes a field to screen readers (its hint and its message). */
  async function descriptionOf(field: Locator): Promise<string> {
    return field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  }

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    adminToken = await login('admin@learningroutes.org');
    const routes = await gql<{ routes: { edges: { node: { id: string } }[] } }>(stack.apiUrl, adminToken, '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } } }');
    routeId = routes.routes.edges[0].node.id;
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  async function demoPlans(): Promise<DemoPlan[]> {
    const data = await gql<{ actionPlans: { edges: { node: DemoPlan }[] } }>(
      stack.apiUrl,
      adminToken,
      `query($routeId: ID!) { actionPlans(first: 20, filter: { routeId: $routeId }) { edges { node {
         id version status title delegation { id name participants { status person { fullName email } } } } } } }`,
      { routeId },
    );
    return data.actionPlans.edges.map((e) => e.node);
  }

  it('lets a participant start their delegation’s plan, shows what the SMART check lacks next to the field, and submits it once fixed', async () => {
    // The demo's draft of one team goes, so that team's participant starts the plan here.
    const draft = (await demoPlans()).find((p) => p.status === 'DRAFT');
    expect(draft).toBeDefined();
    const member = draft!.delegation.participants.find((p) => p.status === 'SELECTED' && p.person?.email);
    author = { email: member!.person!.email!, name: member!.person!.fullName, delegation: draft!.delegation.name };
    await gql(stack.apiUrl, adminToken, 'mutation($id: ID!, $version: Int!) { deleteActionPlan(id: $id, version: $version) }', { id: draft!.id, version: draft!.version });

    const page = await pageAs(author.email);
    await page.goto(`${SHELL_URL}/action-plans`);
    await page.getByRole('heading', { name: 'My delegation’s plan', level: 1 }).waitFor();
    const start = page.getByRole('form', { name: `Start the action plan of ${author.delegation}` });
    await start.getByRole('button', { name: 'Start the plan' }).click();
    await start.getByText('Give the plan a title.').first().waitFor();
    await start.getByRole('textbox', { name: /^Title/ }).fill(planTitle);
    await start.getByRole('button', { name: 'Start the plan' }).click();
    await page.getByRole('heading', { name: planTitle, level: 1 }).waitFor();
    planId = /\/plans\/([0-9a-f-]{36})/.exec(await page.getByRole('link', { name: 'Plan', exact: true }).getAttribute('href') ?? '')?.[1] ?? '';
    expect(planId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByRole('region', { name: 'The vote for the action fund' }).waitFor();

    // A new plan lacks everything: the check says so.
    await smartPanel(page).getByText('2 SMART findings').waitFor();
    await smartPanel(page).getByText('The plan: add at least one objective.').waitFor();

    // An objective whose target equals its baseline and has no date.
    await page.getByRole('button', { name: 'Add an objective' }).click();
    const add = page.getByRole('form', { name: 'New objective' });
    await add.getByRole('textbox', { name: /^Objective/ }).fill('Every district costs its nutrition plan');
    await add.getByLabel('Indicator').fill('Districts with a costed nutrition plan');
    await add.getByLabel('Unit').fill('districts');
    await add.getByLabel('Baseline value').fill('4');
    await add.getByLabel('Baseline date').fill('2025-01-15');
    await add.getByLabel('Target value').fill('4');
    await add.getByRole('button', { name: 'Add an objective' }).click();
    await page.getByText('The objective was added.').waitFor();

    const objective = objectiveForm(page, 1);
    await objective.waitFor();
    // Each finding next to its field, read with it by screen readers, and in the summary.
    await objective.getByText('SMART check: give the date by which the target is reached.').waitFor();
    await objective.getByText('SMART check: the target equals the baseline, so it measures no change.').waitFor();
    expect(await descriptionOf(objective.getByLabel('Target date'))).toContain('give the date by which the target is reached');
    await smartPanel(page).getByText('Objective 1: give the date by which the target is reached.').waitFor();
    await expectAccessible(page, 'action-plans-01-smart-findings');
    // The findings are the portal's words, in the reader's language.
    await page.getByRole('banner').getByLabel('Language').selectOption('fr');
    await page.getByRole('region', { name: 'Contrôle SMART' }).getByText('Objectif 1 : donnez la date à laquelle la cible doit être atteinte.').waitFor();
    await page.getByRole('form', { name: 'Objectif 1' }).getByText('Contrôle SMART : la cible est égale à la valeur de référence : elle ne mesure aucun changement.').waitFor();
    await page.getByRole('banner').getByLabel('Langue').selectOption('en');
    await smartPanel(page).waitFor();

    // An activity with someone responsible, dates and resources.
    await page.getByRole('button', { name: 'Add an activity' }).click();
    const activity = page.getByRole('form', { name: 'New activity' });
    await activity.getByRole('textbox', { name: /^Activity/ }).fill('Costing workshops with each district council');
    await activity.getByRole('combobox', { name: 'Responsible person' }).selectOption({ label: author.name });
    await activity.getByLabel('Start date').fill('2025-03-01');
    await activity.getByLabel('Due date').fill('2025-09-30');
    await activity.getByLabel('Resources').fill('Two facilitators, the district planning officers, three days each');
    await activity.getByRole('button', { name: 'Add an activity' }).click();
    await page.getByText('The activity was added.').waitFor();
    await smartPanel(page).getByText('2 SMART findings').waitFor();

    // The fix: a target that is a change, with its date.
    await objective.getByLabel('Target value').fill('12');
    await objective.getByLabel('Target date').fill('2026-12-31');
    await objective.getByRole('button', { name: 'Save objective 1' }).click();
    await page.getByText('Objective 1 was saved.').waitFor();
    await smartPanel(page).getByText(/^Every objective has an indicator/).waitFor();
    expect(await objectiveForm(page, 1).getByText(/^SMART check:/).count()).toBe(0);

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await confirm(page, 'Submit the plan for review?', 'Submit for review');
    await page.getByText('Submitted: version 1 is frozen and waits for its reviewers.').waitFor();
    await page.getByRole('region', { name: 'Review', exact: true }).getByText('Now: Submitted.').waitFor();
    // With its reviewers, the plan is no longer the delegation's to change.
    expect(await page.getByRole('button', { name: 'Save objective 1' }).count()).toBe(0);
    await page.getByRole('heading', { name: '1. Every district costs its nutrition plan' }).waitFor();
    await expectAccessible(page, 'action-plans-02-submitted');
  }, 180_000);

  it('lets the reviewer comment on an objective and send the plan back for a revision', async () => {
    const page = await pageAs('reviewer@learningroutes.org');
    await page.goto(`${SHELL_URL}/action-plans/plans/${planId}/reviews`);
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    const form = page.getByRole('form', { name: 'Review version 1' });
    await form.getByRole('button', { name: 'Send the review' }).click();
    await form.getByText('Choose a recommendation.').first().waitFor();
    await form.getByLabel('Your comment on “Objective 1”').fill('Twelve districts by 2026 leaves no room for the two new ones: is ten within reach?');
    await form.getByLabel('Ask the delegation to revise it').check();
    await expectAccessible(page, 'action-plans-03-review-form');
    await form.getByRole('button', { name: 'Send the review' }).click();
    await page.getByText('Your review of version 1 was sent.').waitFor();

    const decide = page.getByRole('region', { name: 'Apply a recommendation' });
    await decide.getByRole('button', { name: 'Ask for a revision' }).click();
    await confirm(page, 'Send the plan back for a revision?', 'Ask for a revision');
    await page.getByText('The plan is now “Revision requested”.').waitFor();
    const reviews = page.getByRole('region', { name: 'Every review' });
    await reviews.getByText('Twelve districts by 2026 leaves no room for the two new ones: is ten within reach?').waitFor();
  }, 120_000);

  it('lets the participant revise and resubmit, shows what changed between the versions, and the reviewer makes it final', async () => {
    const page = contexts[0].pages()[0];
    await page.goto(`${SHELL_URL}/action-plans`);
    await page.getByRole('heading', { name: planTitle, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Review', exact: true }).getByText('Now: Revision requested.').waitFor();
    await page.getByText(/^The reviewers asked for changes \(see Reviews\)/).waitFor();
    // What they asked, next to the editor, section by section.
    const asked = page.getByRole('region', { name: 'What the reviewers asked of version 1' });
    await asked.getByText('Twelve districts by 2026 leaves no room for the two new ones: is ten within reach?').waitFor();
    await asked.getByRole('term').getByText('Objective 1').waitFor();
    const objective = objectiveForm(page, 1);
    await objective.getByLabel('Target value').fill('10');
    await objective.getByRole('button', { name: 'Save objective 1' }).click();
    await page.getByText('Objective 1 was saved.').waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await confirm(page, 'Submit the plan for review?', 'Submit for review');
    await page.getByText('Submitted: version 2 is frozen and waits for its reviewers.').waitFor();

    // Version 1 stays as it was submitted; the change is named in words.
    await page.getByRole('link', { name: 'Versions (2)' }).click();
    await page.getByRole('heading', { name: 'Versions', level: 1 }).waitFor();
    const diff = page.getByRole('table', { name: 'Changes from version 1 to version 2' });
    const row = diff.locator('tbody tr', { has: page.getByRole('rowheader', { name: 'Objective 1 · Target value' }) });
    await row.waitFor();
    expect((await row.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['Changed', '12', '10']);
    await expectAccessible(page, 'action-plans-04-versions');
    await page.getByRole('link', { name: 'Version 1', exact: true }).click();
    await page.getByRole('heading', { name: `Version 1: ${planTitle}`, level: 1 }).waitFor();
    await page.getByText(/^12 districts \(.*2026\)$/).waitFor();

    const reviewer = contexts[1].pages()[0];
    await reviewer.goto(`${SHELL_URL}/action-plans/plans/${planId}/reviews`);
    const form = reviewer.getByRole('form', { name: 'Review version 2' });
    await form.getByLabel('Accept it as it is').check();
    await form.getByLabel('Summary').fill('Ten districts is realistic, and every activity has an owner.');
    await form.getByRole('button', { name: 'Send the review' }).click();
    await reviewer.getByText('Your review of version 2 was sent.').waitFor();
    await reviewer.getByRole('region', { name: 'Apply a recommendation' }).getByRole('button', { name: 'Accept: make the plan final' }).click();
    await confirm(reviewer, 'Make the plan final?', 'Accept: make the plan final');
    await reviewer.getByText('The plan is now “Final”.').waitFor();

    const status = await gql<{ actionPlan: { status: string; versionCount: number } }>(stack.apiUrl, adminToken, 'query($id: ID!) { actionPlan(id: $id) { status versionCount } }', { id: planId });
    expect(status.actionPlan).toEqual({ status: 'FINAL', versionCount: 2 });
  }, 120_000);

  it('refuses to make a plan final while its SMART check fails, naming what it lacks', async () => {
    // A Senegal team's plan, written and submitted by the admin with an objective that has no target date.
    const setup = await gql<{ routes: { edges: { node: { id: string; delegations: { id: string }[] } }[] }; organisations: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      adminToken,
      '{ routes(first: 1, filter: { search: "Senegal" }) { edges { node { id delegations { id } } } } organisations(first: 1) { edges { node { id } } } }',
    );
    const delegationId = setup.routes.edges[0].node.delegations[0].id;
    const created = await gql<{ createActionPlan: { id: string } }>(stack.apiUrl, adminToken, 'mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id } }', {
      input: { delegationId, language: 'EN', title: { en: 'Peer review of district budgets' } },
    });
    const id = created.createActionPlan.id;
    unfinishedPlanId = id;
    await gql(stack.apiUrl, adminToken, 'mutation($input: AddPlanObjectiveInput!) { addPlanObjective(input: $input) { id } }', {
      input: { planId: id, statement: { en: 'Districts publish their nutrition spending' }, indicator: { en: 'Districts publishing' }, baselineValue: '0', baselineDate: '2025-01-01', targetValue: '5' },
    });
    await gql(stack.apiUrl, adminToken, 'mutation($input: AddPlanActivityInput!) { addPlanActivity(input: $input) { id } }', {
      input: { planId: id, description: { en: 'Budget hearings' }, responsibleOrganisationId: setup.organisations.edges[0].node.id, startDate: '2025-02-01', dueDate: '2025-06-30', resources: 'Two hearings per district' },
    });
    await gql(stack.apiUrl, adminToken, 'mutation($id: ID!) { submitActionPlan(planId: $id, version: 1) { id } }', { id });

    const page = contexts[1].pages()[0];
    await page.goto(`${SHELL_URL}/action-plans/plans/${id}`);
    await page.getByRole('heading', { name: 'Peer review of district budgets', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Take into review' }).click();
    await confirm(page, 'Take the plan into review?', 'Take into review');
    await page.getByText('The plan is now “In review”.').waitFor();
    await page.getByText('The SMART check must pass before the plan can become final: see what it lacks below.').waitFor();
    await page.getByRole('button', { name: 'Make final' }).click();
    const dialog = page.getByRole('dialog', { name: 'Make the plan final?' });
    await dialog.getByRole('button', { name: 'Make final' }).click();
    await dialog.getByRole('alert').getByText('Not yet: the plan must pass the SMART check to become final. Objective 1: give the date by which the target is reached.').waitFor();
    await expectAccessible(page, 'action-plans-05-final-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const status = await gql<{ actionPlan: { status: string } }>(stack.apiUrl, adminToken, 'query($id: ID!) { actionPlan(id: $id) { status } }', { id });
    expect(status.actionPlan.status).toBe('IN_REVIEW');
  }, 120_000);

  it('lets a participant cast one ballot, for another delegation’s plan only, after the admin reopens the vote', async () => {
    const admin = await pageAs('admin@learningroutes.org');
    await admin.goto(`${SHELL_URL}/action-plans/fund?route=${routeId}`);
    await admin.getByRole('heading', { name: 'Action fund and vote', level: 1 }).waitFor();
    const voting = admin.getByRole('region', { name: 'Vote', exact: true });
    await voting.getByText('Closed', { exact: true }).waitFor();
    await voting.getByRole('button', { name: 'Reopen the vote' }).click();
    const reopen = admin.getByRole('dialog', { name: 'Reopen the vote?' });
    await reopen.getByRole('button', { name: 'Reopen the vote' }).click();
    await reopen.getByText('Give a reason: it is kept in the history.').waitFor();
    await confirm(admin, 'Reopen the vote?', 'Reopen the vote', 'A plan became final after the vote closed.');
    await admin.getByText('The vote is open again.').waitFor();
    await admin.getByRole('img', { name: /^Votes per plan/ }).waitFor();
    await admin.getByRole('table', { name: 'Votes per plan, as a table' }).getByRole('rowheader', { name: new RegExp(planTitle) }).waitFor();
    await expectAccessible(admin, 'action-plans-06-fund');

    // The awarded team's member who abstained in the demo's vote.
    const plans = await demoPlans();
    const awarded = plans.find((p) => p.status === 'AWARDED')!;
    let voter: { email: string; token: string } | undefined;
    for (const p of awarded.delegation.participants.filter((x) => x.status === 'SELECTED' && x.person?.email)) {
      // The demo participant's account has its own e-mail address: only the others sign in with theirs.
      const token = await login(p.person!.email!).catch(() => null);
      if (!token) continue;
      const ballot = await gql<{ myBallot: { id: string } | null }>(stack.apiUrl, token, 'query($routeId: ID!) { myBallot(routeId: $routeId) { id } }', { routeId });
      if (!ballot.myBallot) voter = { email: p.person!.email!, token };
    }
    expect(voter).toBeDefined();

    const page = await pageAs(voter!.email);
    await page.goto(`${SHELL_URL}/action-plans/vote`);
    await page.getByRole('heading', { name: 'Vote', level: 1 }).waitFor();
    const ballot = page.getByRole('form', { name: 'Your ballot' });
    // Their own delegation's plan is there, but not to choose.
    const own = ballot.getByRole('radio', { name: new RegExp(awarded.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    expect(await own.isDisabled()).toBe(true);
    await ballot.getByText('Your delegation’s plan: you cannot vote for it.').waitFor();
    // The API refuses it too, naming the choice.
    const ownVote = await refusal(voter!.token, 'mutation($routeId: ID!, $planId: ID!) { castBallot(routeId: $routeId, planId: $planId) { id } }', { routeId, planId: awarded.id });
    expect(ownVote.extensions.fields?.[0]).toMatchObject({ path: 'planId', constraint: 'notOwnPlan' });

    await ballot.getByRole('button', { name: 'Cast my ballot' }).click();
    await ballot.getByText('Choose a plan first.').waitFor();
    await ballot.getByRole('radio', { name: new RegExp(planTitle) }).check();
    await expectAccessible(page, 'action-plans-07-ballot');
    await ballot.getByRole('button', { name: 'Cast my ballot' }).click();
    await page.getByRole('dialog', { name: 'Cast your ballot?' }).getByText(`You vote for “${planTitle}” (${author.delegation}). A ballot cannot be changed or taken back.`).waitFor();
    await confirm(page, 'Cast your ballot?', 'Cast my ballot');
    await page.getByText('Your ballot was cast.').waitFor();
    await page.getByText(new RegExp(`^You voted for “${planTitle}”`)).waitFor();
    expect(await page.getByRole('form', { name: 'Your ballot' }).count()).toBe(0);
    // One ballot each.
    const second = await refusal(voter!.token, 'mutation($routeId: ID!, $planId: ID!) { castBallot(routeId: $routeId, planId: $planId) { id } }', { routeId, planId });
    expect(second.extensions).toMatchObject({ code: 'CONFLICT', constraint: 'oneBallotPerVoter' });

    // The admin closes the vote: the new plan has its one vote.
    await admin.reload();
    await voting.getByRole('button', { name: 'Close the vote' }).click();
    await confirm(admin, 'Close the vote?', 'Close the vote');
    await admin.getByText('The vote is closed.').waitFor();
    const tally = admin.getByRole('table', { name: 'Votes per plan, as a table' });
    await eventually(async () => {
      const cells = await tally.locator('tbody tr', { has: admin.getByRole('rowheader', { name: new RegExp(planTitle) }) }).locator('td').allTextContents();
      return cells[1]?.trim() === '1';
    }, 'one vote for the new plan');

    // An award, never beyond what remains of the fund: the refusal is said next to the value.
    const award = admin.getByRole('form', { name: 'Record an award' });
    await award.getByRole('combobox', { name: /^Plan/ }).selectOption(planId);
    await award.getByRole('combobox', { name: /^Kind/ }).selectOption('IN_KIND');
    await award.getByRole('textbox', { name: /^Value/ }).fill('5000');
    await award.getByRole('textbox', { name: /^What is given/ }).fill('Scales and height boards for the district health teams');
    await award.getByRole('button', { name: 'Record an award' }).click();
    await award.getByText('This is more than what remains of the fund.').first().waitFor();
    await award.getByRole('textbox', { name: /^Value/ }).fill('1500');
    await award.getByRole('button', { name: 'Record an award' }).click();
    await admin.getByText('The award was recorded.').waitFor();
    await admin.getByRole('region', { name: 'The route’s action fund' }).getByText('$2,000.00').waitFor();
    const afterAward = await gql<{ actionPlan: { status: string } }>(stack.apiUrl, adminToken, 'query($id: ID!) { actionPlan(id: $id) { status } }', { id: planId });
    expect(afterAward.actionPlan.status).toBe('AWARDED');
  }, 180_000);

  it('downloads a version as PDF and the route’s plans as CSV', async () => {
    const page = contexts[0].pages()[0];
    await page.goto(`${SHELL_URL}/action-plans/plans/${planId}/versions`);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PDF of version 1' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/-v1\.pdf$/);
    expect(readFileSync((await pdf.path()) as string).subarray(0, 5).toString()).toBe('%PDF-');

    const admin = await pageAs('admin@learningroutes.org');
    await admin.goto(`${SHELL_URL}/action-plans?route=${routeId}`);
    await admin.getByRole('table', { name: 'Action plans of the route' }).getByRole('link', { name: planTitle }).waitFor();
    const [csv] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Download the plans shown (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await csv.path()) as string, 'utf8')).toContain(planTitle);
  }, 120_000);

  it('works on a phone for the participant and the admin', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    contexts.push(phone);
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, author.email);
    await small.goto(`${SHELL_URL}/action-plans`);
    await small.getByRole('heading', { name: planTitle, level: 1 }).waitFor();
    await smartPanel(small).waitFor();
    await expectPhoneReady(small, 'action-plans-own-plan', [small.getByRole('button', { name: 'Download as PDF' })]);
    await small.goto(`${SHELL_URL}/action-plans/plans/${planId}/versions`);
    await small.getByRole('table', { name: 'Changes from version 1 to version 2' }).waitFor();
    await expectPhoneReady(small, 'action-plans-versions', [small.getByRole('button', { name: 'PDF of version 2' })]);
    await small.goto(`${SHELL_URL}/action-plans/vote`);
    await small.getByText(/^You voted for/).first().waitFor();
    await expectPhoneReady(small, 'action-plans-vote', []);

    const adminPhone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    contexts.push(adminPhone);
    const admin = await adminPhone.newPage();
    admin.setDefaultTimeout(15_000);
    await signIn(admin, 'admin@learningroutes.org');
    await admin.goto(`${SHELL_URL}/action-plans?route=${routeId}`);
    await admin.getByRole('table', { name: 'Action plans of the route' }).locator('tbody tr').nth(4).waitFor();
    await expectPhoneReady(admin, 'action-plans-list', [admin.getByRole('button', { name: 'Download the plans shown (CSV)' })]);
    await admin.goto(`${SHELL_URL}/action-plans/plans/${unfinishedPlanId}`);
    await objectiveForm(admin, 1).getByText('SMART check: give the date by which the target is reached.').waitFor();
    // The organisations chosen from have long names: they arrive before the page is measured.
    await admin.getByRole('form', { name: 'Activity 1' }).getByRole('combobox', { name: 'Responsible organisation' }).locator('option').nth(2).waitFor({ state: 'attached' });
    await expectPhoneReady(admin, 'action-plans-editor', [objectiveForm(admin, 1).getByRole('button', { name: 'Save objective 1' }), admin.getByRole('button', { name: 'Make final' })]);
    await admin.goto(`${SHELL_URL}/action-plans/fund?route=${routeId}`);
    await admin.getByRole('img', { name: /^Votes per plan/ }).waitFor();
    await expectPhoneReady(admin, 'action-plans-fund', [admin.getByRole('button', { name: 'Record an award' })]);
  }, 180_000);
});
