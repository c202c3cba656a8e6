import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { eventually, focusedText, gql, mainNav, signIn, tokenOf } from '../src/helpers';
import { observePerformance, performanceOf, recordFigures } from '../src/performance';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

// What every section gets from the shell and the shared UI: safe moves, errors in the user's
// language, keeping one's place, roles enforced before a form, search, speed.
describe('portal foundation in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function expectAccessible(target: Page, name: string) {
    expect(await accessibilityProblems(target)).toEqual([]);
    await screenshot(target, name);
  }

  it('paints the sign-in page before the scripts, and the lists do not jump (CLS < 0.1)', async () => {
    const fresh = await context.newPage();
    await observePerformance(fresh);
    await fresh.goto(SHELL_URL);
    await fresh.getByRole('button', { name: 'Sign in' }).waitFor();
    await fresh.waitForTimeout(500);
    const signInPage = await performanceOf(fresh);
    expect(signInPage.fcp).toBeGreaterThan(0);
    expect(signInPage.cls).toBeLessThan(0.1);
    // The first frame is in the HTML itself: without any script, the sign-in card is already there.
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const bare = await noScript.newPage();
    await bare.goto(SHELL_URL);
    await bare.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
    await screenshot(bare, 'foundation-00-static-sign-in');
    await noScript.close();
    // Over a slower network (150 ms round trips), where a chain of imports costs one trip each:
    // the static frame paints after the HTML alone; the preloaded scripts bring the form soon after.
    const remote = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const far = await remote.newPage();
    await observePerformance(far);
    const cdp = await remote.newCDPSession(far);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8 });
    await far.goto(SHELL_URL);
    await far.getByRole('button', { name: 'Sign in' }).waitFor();
    const slow = await performanceOf(far);
    expect(slow.fcp).toBeLessThan(1000);
    expect(slow.fcp).toBeLessThan(slow.formReady);
    await remote.close();

    await signIn(fresh, 'admin@learningroutes.org');
    const figures: Record<string, number> = {
      signInFcpMs: Math.round(signInPage.fcp),
      signInLcpMs: Math.round(signInPage.lcp),
      signInFormReadyMs: Math.round(signInPage.formReady),
      signInCls: signInPage.cls,
      signInFcpMsAt150msRtt: Math.round(slow.fcp),
      signInFormReadyMsAt150msRtt: Math.round(slow.formReady),
    };
    // Each list page opened afresh (as after a reload or a shared link), measured until it settles.
    for (const [name, path, ready] of [
      ['routes', '/routes', 'Learning Route Peru'],
      ['practices', '/practices', 'Results-based budgeting for nutrition'],
      ['champions', '/champions', 'Aminata Diop'],
      ['people', '/routes/people', 'Aminata Diop'],
      ['organisations', '/routes/organisations', 'PROCASUR Corporation'],
    ] as const) {
      const list = await context.newPage();
      await observePerformance(list);
      await list.goto(`${SHELL_URL}${path}`);
      await list.getByRole('table').getByText(ready).first().waitFor();
      await list.waitForTimeout(1000);
      const measured = await performanceOf(list);
      figures[`${name}ListCls`] = Number(measured.cls.toFixed(4));
      figures[`${name}ListLcpMs`] = Math.round(measured.lcp);
      expect({ page: name, cls: measured.cls, shifts: measured.shifts }).toEqual({ page: name, cls: expect.any(Number), shifts: expect.any(Array) });
      expect(measured.cls).toBeLessThan(0.1);
      await list.close();
    }
    recordFigures('desktop-1280', figures);
    console.log('performance', JSON.stringify(figures));
    await fresh.close();
  });

  it('keeps the session in every tab of the browser, and signing out in one ends them all', async () => {
    // Signed in in another tab of this browser (the first test): this one is signed in too.
    await page.goto(SHELL_URL);
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Admin' }).waitFor();
    const token = await tokenOf(page);
    const routes = await gql<{ routes: { edges: { node: { id: string } }[] } }>(stack.apiUrl, token, '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } } }');
    const second = await context.newPage();
    await second.goto(`${SHELL_URL}/routes/${routes.routes.edges[0].node.id}`);
    await second.getByRole('heading', { level: 1, name: /Learning Route Peru/ }).waitFor();
    expect(await second.getByRole('heading', { name: 'Sign in to the admin portal' }).count()).toBe(0);
    await second.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
    await second.close();
    await signIn(page, 'admin@learningroutes.org');
  });

  it('names each page in the tab title, moves the focus to its heading and shows where it is', async () => {
    await mainNav(page).getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await eventually(async () => (await page.title()) === 'People · Routes · Learning Routes', 'the title of the people page');
    await eventually(async () => (await page.evaluate(() => document.activeElement?.tagName)) === 'H1', 'the focus on the heading');
    expect(await focusedText(page)).toBe('People');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: 'Routes' }).waitFor();
  });

  it('finds "Huamaní" when "Huamani" is typed, and sorts names as people read them', async () => {
    await page.getByLabel('Search', { exact: true }).fill('Huamani');
    await page.getByRole('table').getByText('Marleni Huamaní Cárdenas').waitFor();
    await eventually(async () => (await page.getByRole('table').locator('tbody tr').count()) === 1, 'one person found');
    expect(page.url()).toContain('q=Huamani');
    await mainNav(page).getByRole('link', { name: 'Organisations' }).click();
    const names = page.getByRole('table').locator('tbody tr td:first-child');
    await page.getByRole('table').getByText('PROCASUR Corporation').waitFor();
    const all = await names.allTextContents();
    expect(all.indexOf('Partnership for Nutrition in Tanzania')).toBeLessThan(all.indexOf('PROCASUR Corporation'));
    await page.getByLabel('Search', { exact: true }).fill('secretaria');
    await page.getByRole('table').getByText('Secretaría de Seguridad Alimentaria y Nutricional').waitFor();
  });

  it('keeps the page of a list in the address, so Back returns to it', async () => {
    const token = await tokenOf(page);
    for (let i = 1; i <= 24; i++) {
      await gql(stack.apiUrl, token, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { givenName: 'Pager', familyName: `Zz ${String(i).padStart(2, '0')}` } });
    }
    // Searched, so the pages hold only these 24 whatever the demo data's size.
    await page.goto(`${SHELL_URL}/routes/people?q=Pager`);
    const firstName = page.getByRole('table').locator('tbody tr').first().getByRole('link').first();
    await firstName.waitFor();
    const firstOfPageOne = (await firstName.textContent()) ?? '';
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(/^21–\d+ of \d+$/).waitFor();
    await eventually(async () => !(await page.getByRole('table').getByText(firstOfPageOne, { exact: true }).count()), 'the second page');
    expect(page.url()).toContain('page=1');
    const person = page.getByRole('table').getByRole('link', { name: /Pager Zz/ }).first();
    const name = (await person.textContent()) ?? '';
    await person.click();
    await page.getByRole('heading', { level: 1, name: 'Edit person' }).waitFor();
    await page.goBack();
    await page.getByRole('table').getByRole('link', { name }).waitFor();
    await page.getByText(/^21–\d+ of \d+$/).waitFor();
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText(/^1–20 of \d+$/).waitFor();
  });

  it('checks required fields before sending and lists every problem at once, focused', async () => {
    await page.goto(`${SHELL_URL}/routes/organisations/new`);
    await page.getByRole('heading', { level: 1, name: 'New organisation' }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '2 problems to fix' });
    await summary.waitFor();
    expect(await focusedText(page)).toContain('2 problems to fix');
    await summary.getByRole('link', { name: 'Name: This field is required.' }).waitFor();
    await summary.getByRole('link', { name: 'Type: This field is required.' }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  });

  it('shows the API’s refusal in French on the field, with the focus on the summary', async () => {
    await page.getByRole('banner').getByLabel('Language').selectOption('fr');
    await page.goto(`${SHELL_URL}/routes/people/new`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle personne' }).waitFor();
    await page.getByLabel(/^Prénom/).fill('Awa');
    await page.getByLabel(/^Nom de famille/).fill('Ndiaye');
    await page.getByLabel('Courriel').fill('pas-une-adresse');
    await page.getByRole('button', { name: 'Créer' }).click();
    const summary = page.getByRole('alert').filter({ hasText: '1 problème à corriger' });
    await summary.waitFor();
    expect(await focusedText(page)).toContain('1 problème à corriger');
    await summary.getByRole('link', { name: 'Courriel : Indiquez une adresse électronique, par exemple nom@example.org.' }).waitFor();
    const email = page.getByLabel('Courriel');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('must be an e-mail address').count()).toBe(0);
    await expectAccessible(page, 'foundation-01-french-error');
    await page.getByRole('banner').getByLabel('Langue').selectOption('en');
  });

  it('asks before leaving a form with unsaved changes', async () => {
    await page.getByLabel('Position').fill('Nutrition officer');
    await mainNav(page).getByRole('link', { name: 'Programmes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.getByRole('button', { name: 'Stay on the page' }).click();
    expect(await page.getByLabel('Position').inputValue()).toBe('Nutrition officer');
    await mainNav(page).getByRole('link', { name: 'Programmes' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
  });

  it('closes a route only with a reason, and shows its cases, champions and matching practices', async () => {
    await mainNav(page).getByRole('link', { name: 'Routes', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: /Learning Route Peru/ }).click();
    await page.getByRole('heading', { level: 1, name: /Learning Route Peru/ }).waitFor();
    const tabs = page.getByRole('navigation', { name: 'Route sections' });
    await tabs.getByRole('link', { name: 'Cases' }).click();
    const cases = page.getByRole('region', { name: 'Cases of this route' });
    const practiceLink = cases.getByRole('link', { name: 'District multi-sectoral articulation against chronic child malnutrition' });
    await practiceLink.waitFor();
    expect(await practiceLink.getAttribute('href')).toMatch(/^\/practices\//);
    await tabs.getByRole('link', { name: 'Champions' }).click();
    await page.getByRole('region', { name: 'Champions and their training' }).getByRole('link', { name: 'Marleni Huamaní Cárdenas' }).first().waitFor();
    await tabs.getByRole('link', { name: 'Matching practices' }).click();
    await page.locator('option[value="BJ"]').waitFor({ state: 'attached' });
    await page.getByLabel('Visiting countries').selectOption(['BJ', 'GH']);
    await page.getByRole('region', { name: 'Recommended practices' }).getByRole('listitem').first().waitFor();
    await expectAccessible(page, 'foundation-02-route-matching');
    // The ranking page remembers the countries chosen for this route.
    await page.getByRole('link', { name: 'Open the full ranking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ranking & recommendations' }).waitFor();
    await eventually(async () => (await page.getByLabel('Visiting countries').evaluate((s: HTMLSelectElement) => [...s.selectedOptions].map((o) => o.value).join(','))) === 'BJ,GH', 'the remembered countries');
    await page.goBack();
    await tabs.getByRole('link', { name: 'Overview' }).click();

    await page.getByRole('button', { name: 'Move to Closed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this route?' });
    await dialog.getByRole('button', { name: 'Close the route' }).click();
    await dialog.getByText('Give a reason: it is kept in the history.').waitFor();
    expect(await dialog.getByLabel(/^Reason/).evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByLabel(/^Reason/).fill('Follow-up survey done; final report sent');
    await expectAccessible(page, 'foundation-03-close-route');
    await dialog.getByRole('button', { name: 'Close the route' }).click();
    await page.getByText('The route is now in Closed.').waitFor();
    await page.getByText(/Follow-up → Closed by Ada Admin — “Follow-up survey done; final report sent”/).waitFor();
  });

  it('rejects a practice only with a reason, and links its routes and organisations', async () => {
    await mainNav(page).getByRole('link', { name: 'Practices', exact: true }).click();
    await page.getByRole('table').getByRole('link', { name: 'Regional nutrition information dashboard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regional nutrition information dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Move to Rejected' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reject this practice?' });
    await dialog.getByText('A rejected practice stays rejected for good.').waitFor();
    await dialog.getByRole('button', { name: 'Reject the practice' }).click();
    await dialog.getByText('Give a reason: it is kept in the history.').waitFor();
    await dialog.getByLabel(/^Reason/).fill('No evidence of results beyond one region');
    await dialog.getByRole('button', { name: 'Reject the practice' }).click();
    await page.getByText('The practice is now Rejected.').waitFor();
    await page.getByText(/Under assessment → Rejected by Ada Admin — “No evidence of results beyond one region”/).waitFor();

    await page.goto(`${SHELL_URL}/practices`);
    await page.getByRole('table').getByRole('link', { name: 'District multi-sectoral articulation against chronic child malnutrition' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    const route = details.getByRole('link', { name: /Learning Route Peru/ });
    await route.waitFor();
    expect(await route.getAttribute('href')).toMatch(/^\/routes\//);
    expect(await details.getByRole('link', { name: /Ministry of Development and Social Inclusion of Peru/ }).count()).toBe(1);
  });

  it('offers Undo after unlinking a champion’s practice', async () => {
    await page.goto(`${SHELL_URL}/champions`);
    await page.getByRole('table', { name: 'Champions' }).getByRole('link', { name: 'Marleni Huamaní Cárdenas' }).click();
    const practices = page.getByRole('region', { name: 'Practices' });
    const unlink = practices.getByRole('button', { name: /^Unlink / }).first();
    const label = (await unlink.getAttribute('aria-label')) ?? '';
    const title = label.replace(/^Unlink /, '');
    await unlink.click();
    await page.getByText(`No longer linked to “${title}”.`).waitFor();
    await eventually(async () => (await practices.getByRole('link', { name: title, exact: true }).count()) === 0, 'the practice to leave the card');
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText(`Linked to “${title}” again.`).waitFor();
    await practices.getByRole('link', { name: title, exact: true }).waitFor();
  });

  it('searches every section from the header with the keyboard (Ctrl+K)', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search the portal' });
    const input = palette.getByRole('combobox');
    await input.waitFor();
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('huaman');
    const list = palette.getByRole('listbox');
    await list.getByRole('group', { name: 'Champions' }).getByRole('option', { name: /Marleni Huamaní Cárdenas/ }).waitFor();
    await list.getByRole('group', { name: 'People' }).getByRole('option', { name: /Wilber Ccori Huamán/ }).waitFor();
    await expectAccessible(page, 'foundation-04-palette');
    // Arrow keys move the active option (announced through aria-activedescendant); Enter opens it.
    const options = list.getByRole('option');
    const activeOption = async () => page.locator(`[id="${await input.getAttribute('aria-activedescendant')}"]`);
    expect(await (await activeOption()).textContent()).toBe(await options.nth(0).textContent());
    await input.press('ArrowDown');
    expect(await (await activeOption()).textContent()).toBe(await options.nth(1).textContent());
    expect(await (await activeOption()).getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowUp');
    // The first group is the people found; Enter opens the list of people on that name.
    const first = (await options.nth(0).locator('span').first().textContent()) ?? '';
    expect(first).toMatch(/Huam[aá]n/);
    await input.press('Enter');
    await page.waitForURL(/\/routes\/people\?q=/);
    await page.getByRole('table').getByText(first).waitFor();
    expect(await palette.isVisible()).toBe(false);
    await page.getByRole('button', { name: /Search/ }).first().click();
    await palette.getByRole('combobox').waitFor();
    await page.keyboard.press('Escape');
    await eventually(async () => !(await palette.isVisible()), 'the palette to close');
  });

  it('tells a viewer on a form address that they can read but not change, before any form', async () => {
    const viewerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const viewer = await viewerContext.newPage();
    viewer.setDefaultTimeout(10_000);
    await signIn(viewer, 'viewer@learningroutes.org');
    await viewer.goto(`${SHELL_URL}/routes/new`);
    const notice = viewer.getByRole('region', { name: 'You can read this but not change it' });
    await notice.waitFor();
    await notice.getByText('Your role (Viewer) does not let you change this part of the portal.').waitFor();
    expect(await viewer.getByLabel(/^Programme/).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: 'Create' }).count()).toBe(0);
    await expectAccessible(viewer, 'foundation-05-viewer-form');
    await notice.getByRole('link', { name: 'Back to Learning routes' }).click();
    await viewer.getByRole('heading', { level: 1, name: 'Learning routes' }).waitFor();
    // An editor of the core module only is in the same place on the practices' forms.
    await viewer.getByRole('button', { name: 'Sign out' }).click();
    await signIn(viewer, 'editor@learningroutes.org');
    await viewer.goto(`${SHELL_URL}/practices/new`);
    await viewer.getByRole('region', { name: 'You can read this but not change it' }).waitFor();
    await viewer.goto(`${SHELL_URL}/routes/new`);
    await viewer.getByLabel(/^Programme/).waitFor();
    await viewerContext.close();
  });
});
