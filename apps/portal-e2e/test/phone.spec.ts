import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { DEMO_PASSWORD, gql, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { observePerformance, performanceOf, recordFigures } from '../src/performance';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';


// Every main page of every section, on a phone: nothing wider than the screen, the main actions
// visible and big enough to tap, the navigation in a drawer, and no serious accessibility problem.
describe('the portal on a phone (390 × 844)', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    page = await phone.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  const phoneReady = (name: string, actions: Locator[]) => expectPhoneReady(page, name, actions);

  async function open(path: string, heading: string | RegExp) {
    await page.goto(`${SHELL_URL}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  const button = (name: string | RegExp) => page.getByRole('button', { name, exact: typeof name === 'string' });
  const link = (name: string | RegExp) => page.getByRole('link', { name, exact: typeof name === 'string' });

  it('signs in', async () => {
    await page.goto(SHELL_URL);
    await page.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
    await phoneReady('sign-in', [page.getByLabel('E-mail'), page.getByLabel('Password'), button('Sign in')]);
    await page.getByLabel('E-mail').fill('admin@learningroutes.org');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await button('Sign in').tap();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Ada Admin' }).waitFor();
    const token = await tokenOf(page);
    const data = await gql<{ routes: { edges: { node: { id: string } }[] }; practices: { edges: { node: { id: string } }[] }; champions: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      token,
      `{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } }
         practices(first: 1, filter: { search: "Results-based budgeting" }) { edges { node { id } } }
         champions(first: 1, filter: { search: "Marleni" }) { edges { node { id } } } }`,
    );
    ids['route'] = data.routes.edges[0].node.id;
    ids['practice'] = data.practices.edges[0].node.id;
    ids['champion'] = data.champions.edges[0].node.id;
  });

  it('folds the navigation into a drawer: menu button, focus kept inside, Escape closes', async () => {
    const menu = button('Menu');
    await phoneReady('home', [menu, button(/^Search/)]);
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).count()).toBe(0);
    await menu.tap();
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    const nav = drawer.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    // The page behind is inert: Tab goes round the drawer only.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await phoneReady('drawer', [drawer.getByRole('button', { name: 'Close the menu' }), nav.getByRole('link', { name: 'Routes', exact: true }), drawer.getByRole('button', { name: 'Sign out' })]);
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toContain('Menu');
    await menu.tap();
    await nav.getByRole('link', { name: 'People' }).tap();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
  });

  it('shows the routes section’s pages on a phone', async () => {
    // Opened afresh, the list settles without jumping: the filters keep their size as options arrive.
    const fresh = await page.context().newPage();
    await observePerformance(fresh);
    await fresh.goto(`${SHELL_URL}/routes`);
    await fresh.getByText('Learning Route Peru: multi-sectoral nutrition at district level').waitFor();
    await fresh.waitForTimeout(1000);
    const { cls, lcp, shifts } = await performanceOf(fresh);
    recordFigures('phone-390', { routesListCls: Number(cls.toFixed(4)), routesListLcpMs: Math.round(lcp) });
    expect({ cls: cls < 0.1, shifts }).toEqual({ cls: true, shifts: expect.any(Array) });
    await fresh.close();
    await open('/routes', 'Learning routes');
    await page.getByText('Learning Route Peru: multi-sectoral nutrition at district level').waitFor();
    // The filters wait behind a button, so the list starts on the first screen.
    expect(await page.getByLabel('Phase').isVisible()).toBe(false);
    await phoneReady('routes-list', [link('New route'), page.getByLabel('Search', { exact: true }), button('Filters'), page.getByLabel('Sort by'), link(/Learning Route Peru/)]);
    await button('Filters').tap();
    await phoneReady('routes-list-filters', [page.getByLabel('Phase'), page.getByLabel('Host country')]);
    await open(`/routes/${ids['route']}`, /Learning Route Peru/);
    await phoneReady('route-overview', [link('Edit'), button('Delete'), button('Move to Closed'), link('Cases'), link('Matching practices')]);
    await link('Cases').tap();
    await page.getByRole('link', { name: 'Results-based budgeting for nutrition' }).waitFor();
    await phoneReady('route-cases', [page.getByRole('link', { name: 'Results-based budgeting for nutrition' }), button(/^Detach Results-based/)]);
    await link('Champions').tap();
    await page.getByRole('heading', { name: 'Champions and their training' }).waitFor();
    await phoneReady('route-champions', [link('Open the training readiness page')]);
    await link('Matching practices').tap();
    await page.getByLabel('Visiting countries').waitFor();
    await phoneReady('route-matching', [page.getByLabel('Visiting countries'), link('Open the full ranking')]);
    await open('/routes/new', 'New learning route');
    await phoneReady('route-form', [page.getByLabel(/^Programme/), button('Create'), link('Cancel')]);
    await open('/routes/programmes', 'Programmes');
    await page.getByText(/SUN Movement Learning Routes pilot 2014/).waitFor();
    await phoneReady('programmes', [link(/^SUN Movement Learning Routes pilot 2014/)]);
    await open('/routes/people', 'People');
    await page.getByText('Aminata Diop').waitFor();
    await phoneReady('people', [link('New person'), link('Aminata Diop'), button('Next')]);
    await open('/routes/people/new', 'New person');
    await phoneReady('person-form', [page.getByLabel(/^Given name/), button('Create')]);
    await open('/routes/organisations', 'Organisations');
    await page.getByText('PROCASUR Corporation').waitFor();
    await button('Filters').tap();
    await phoneReady('organisations', [link('New organisation'), page.getByLabel('Type'), link('PROCASUR Corporation')]);
  });

  it('shows the practices section’s pages on a phone, its tabs within reach', async () => {
    await open('/practices', 'Best practices');
    await page.getByText('Results-based budgeting for nutrition').first().waitFor();
    await button('Filters').tap();
    await phoneReady('practices-list', [link('New practice'), button('Export CSV'), page.getByLabel('Status'), link('Results-based budgeting for nutrition')]);
    await open(`/practices/${ids['practice']}`, 'Results-based budgeting for nutrition');
    const tabs = page.getByRole('navigation', { name: 'Practice sections' });
    await phoneReady('practice-overview', [link('Edit'), tabs.getByRole('link', { name: 'Overview' })]);
    // Every tab can be reached and tapped, even the last one, without the page scrolling sideways.
    for (const name of ['Assessments', 'Systematization', 'Materials', 'Champions']) {
      const tab = tabs.getByRole('link', { name });
      await phoneReady(`practice-tab-${name.toLowerCase()}`, [tab]);
      await tab.tap();
      await page.waitForURL(new RegExp(`/${name.toLowerCase()}$`));
    }
    await page.getByRole('heading', { name: 'Champions', level: 2 }).waitFor();
    await open('/practices/new', 'New practice');
    await phoneReady('practice-form', [page.getByLabel('Title (English)'), button('Create')]);
    await open('/practices/matching', 'Ranking & recommendations');
    await phoneReady('matching', [page.getByLabel('Route')]);
    await open('/practices/assessments', 'My assessments');
    await phoneReady('my-assessments', []);
  });

  it('shows the champions section’s pages on a phone', async () => {
    await open('/champions', 'Champions');
    await page.getByText('Marleni Huamaní Cárdenas').waitFor();
    await button('Filters').tap();
    await phoneReady('champions-list', [link('New champion'), page.getByLabel('Training', { exact: true }), link('Marleni Huamaní Cárdenas')]);
    await open(`/champions/${ids['champion']}`, 'Marleni Huamaní Cárdenas');
    await phoneReady('champion', [link('Edit'), button('Delete champion'), button('Add a training'), button('Send feedback')]);
    await open('/champions/new', 'New champion');
    await phoneReady('champion-form', [page.getByLabel('Find a person'), button('Create')]);
    await open('/champions/readiness', 'Training readiness');
    await phoneReady('readiness', [page.getByLabel('Learning route')]);
  });

  it('searches from the header on a phone', async () => {
    await button(/^Search/).tap();
    const palette = page.getByRole('dialog', { name: 'Search the portal' });
    await palette.getByRole('combobox').fill('peru');
    const option = palette.getByRole('option', { name: /Learning Route Peru/ });
    await option.waitFor();
    await phoneReady('palette', [option]);
    await option.tap();
    await page.getByRole('heading', { level: 1, name: /Learning Route Peru/ }).waitFor();
  });
});
