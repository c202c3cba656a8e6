import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, countReactCopies, launchBrowser, reactRenderers, screenshot, waitForValue } from '../src/browser';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

// One browser session walks the portal as an admin would, in order.
describe('admin portal in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Fail a step with Playwright's own message well before Jest's test timeout.
    page.setDefaultTimeout(10_000);
    await countReactCopies(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function expectAccessible(name: string) {
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, name);
  }

  it('signs in with the keyboard alone', async () => {
    await page.goto(SHELL_URL);
    await page.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
    await expectAccessible('01-sign-in');
    await page.getByLabel('E-mail').focus();
    await page.keyboard.type('admin@learningroutes.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('learning-routes-demo');
    await page.keyboard.press('Enter');
    await page.getByText('Signed in as Ada Admin (Administrator)').waitFor();
  });

  it('refuses a wrong password with a clear message', async () => {
    const other = await browser.newPage();
    await other.goto(SHELL_URL);
    await other.getByLabel('E-mail').fill('admin@learningroutes.org');
    await other.getByLabel('Password').fill('not-the-password');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByText('E-mail or password is wrong.').waitFor();
    await other.close();
  });

  it('lists the demo routes, with React loaded once for shell and section', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Routes', exact: true }).click();
    await page.getByRole('heading', { name: 'Learning routes', level: 1 }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: /Learning Route Peru/ }).waitFor();
    await table.getByRole('link', { name: /Learning Route Senegal/ }).waitFor();
    expect(await reactRenderers(page)).toHaveLength(1);
    await expectAccessible('02-routes-list');
  });

  it('filters by phase', async () => {
    await page.getByLabel('Phase').selectOption('FOLLOW_UP');
    await page.getByText('1–1 of 1').waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: /Peru/ }).waitFor();
    expect(await table.getByRole('link', { name: /Senegal/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('1–3 of 3').waitFor();
  });

  it('shows a validation error on the field that is wrong', async () => {
    await page.getByRole('link', { name: 'New route' }).click();
    await page.getByRole('heading', { name: 'New learning route' }).waitFor();
    await page.getByLabel('Programme').selectOption({ label: 'SUN Movement Learning Routes pilot 2014' });
    await page.getByLabel('Host country').selectOption('GH');
    await page.getByLabel('Title (English)').fill('Ghana exchange on district nutrition plans');
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByLabel('Start date').fill('2014-11-03');
    await page.getByLabel('End date').fill('2014-11-14');
    await page.getByRole('button', { name: 'Create' }).click();
    const endDate = page.getByLabel('End date');
    // The focus leaves the button for the summary, which links to the field.
    const summary = page.getByRole('alert').filter({ hasText: '1 problem to fix' });
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('1 problem to fix');
    await summary.getByRole('link', { name: 'End date: a route lasts at most 8 days on the ground; this one lasts 12' }).waitFor();
    expect(await endDate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await endDate.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toContain('at most 8 days');
    await expectAccessible('03-route-form-error');
  });

  it('creates the route once the dates fit', async () => {
    await page.getByLabel('End date').fill('2014-11-10');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Ghana exchange on district nutrition plans', level: 1 }).waitFor();
    await page.getByText('Created.').waitFor();
  });

  it('advances the phase one step', async () => {
    await page.getByRole('button', { name: 'Move to Systematization' }).first().click();
    await page.getByText('The route is now in Systematization.').waitFor();
    await page.locator('[aria-current="step"]', { hasText: 'Systematization' }).waitFor();
    await page.getByText(/Planning → Systematization by Ada Admin/).waitFor();
    await expectAccessible('04-route-detail');
  });

  it('offers only the moves open now, and a step back only with a reason', async () => {
    const stepper = page.getByRole('region', { name: 'Phase' });
    // Phases out of reach are plain text: nothing to press, nothing sent.
    expect(await stepper.getByRole('button', { name: 'Move to Closed' }).count()).toBe(0);
    await stepper.getByText('Closed', { exact: true }).waitFor();
    await stepper.getByRole('button', { name: 'Step back to Planning' }).click();
    const dialog = page.getByRole('dialog', { name: 'Step back to Planning?' });
    await dialog.getByRole('button', { name: 'Step back' }).click();
    await dialog.getByText('Give a reason: it is kept in the history.').waitFor();
    await dialog.getByLabel(/^Reason/).fill('The programme asked for another planning round');
    await dialog.getByRole('button', { name: 'Step back' }).click();
    await page.getByText('The route is now in Planning.').waitFor();
    await page.getByText(/Systematization → Planning by Ada Admin — “The programme asked for another planning round”/).waitFor();
    await stepper.getByRole('button', { name: 'Move to Systematization' }).click();
    await page.getByText('The route is now in Systematization.').waitFor();
  });

  it('tells the user when someone else saved first, and reloads', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit route' }).waitFor();
    const routeId = page.url().split('/').slice(-2)[0];
    // Another admin saves the same route meanwhile.
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('lr.session') ?? '{}').token as string);
    const current = await gql(stack.apiUrl, token, `query($id: ID!) { route(id: $id) { version } }`, { id: routeId });
    await gql(stack.apiUrl, token, `mutation($input: UpdateRouteInput!) { updateRoute(input: $input) { version } }`, {
      input: { id: routeId, version: current.route.version, title: { en: 'Ghana exchange (renamed by a colleague)' } },
    });
    await page.getByLabel('Title (French)').fill('Échange au Ghana');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone saved this record after you opened it.').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await waitForValue(page.getByLabel('Title (English)'), 'Ghana exchange (renamed by a colleague)');
    await page.getByLabel('Title (French)').fill('Échange au Ghana');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Ghana exchange (renamed by a colleague)', level: 1 }).waitFor();
  });

  it('switches the whole portal to French', async () => {
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Routes', exact: true }).click();
    await page.getByRole('heading', { name: 'Routes d’apprentissage', level: 1 }).waitFor();
    await page.getByRole('table').getByRole('link', { name: /Route d’apprentissage Pérou/ }).waitFor();
    await page.getByText('Connecté·e : Ada Admin (Administrateur·rice)').waitFor();
    await expectAccessible('05-routes-list-fr');
    await page.getByLabel('Langue').selectOption('en');
  });

  it('lists people and organisations', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await page.getByRole('table').locator('tbody tr').first().waitFor();
    await expectAccessible('06-people');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByRole('table').getByText('PROCASUR', { exact: false }).first().waitFor();
  });

  it('keeps the portal working when a section cannot be loaded, and recovers on retry', async () => {
    await stack.stopRemote('portal-routes');
    await page.goto(`${SHELL_URL}/routes`);
    const panel = page.getByRole('alert').filter({ hasText: 'The Routes section could not be loaded' });
    await panel.waitFor();
    await screenshot(page, '07-section-down');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ada Admin' }).waitFor();
    await stack.startRemote('portal-routes');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Routes' }).click();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Learning routes', level: 1 }).waitFor();
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
  });
});

async function gql(apiUrl: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
