import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { gql, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** The routes section's English names of the phases, as the phase tile shows them. */
const PHASES: Record<string, string> = {
  PLANNING: 'Planning',
  SYSTEMATIZATION: 'Systematization',
  PREPARATION: 'Preparation',
  IMPLEMENTATION: 'Implementation',
  ACTION_PLANNING: 'Action planning',
  FOLLOW_UP: 'Follow-up',
  CLOSED: 'Closed',
};
const PLAN_STATUSES: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  REVISION_REQUESTED: 'Revision requested',
  FINAL: 'Final',
  AWARDED: 'Awarded',
};

/** "1 plan awaiting review", "No warning": the English plurals the tiles use. */
const counted = (n: number, none: string, one: string, many: string) => (n === 0 ? none : n === 1 ? `1 ${one}` : `${n} ${many}`);

interface DemoRoute {
  id: string;
  title: string;
  phase: string;
}

/** The tile of a card (or of the person's own area) by its title. */
const tile = (within: Locator, title: string) => within.locator('.lr-tile').filter({ has: within.page().getByText(title, { exact: true }) });

// The portal's home is a dashboard built from every section's tiles: the admin sees each demo
// route's card with its phase and the figures of logistics, action plans and follow-up (the same
// numbers the API gives), each linking into its section; a participant sees their own route and
// their own part (plan, vote, surveys) and none of the team's figures; on a phone the cards stack.
describe('the dashboard on the portal home', () => {
  let stack: PortalStack;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let routes: DemoRoute[] = [];
  let peru: DemoRoute;

  async function pageAs(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, email);
    return page;
  }

  /** A route's card, scrolled into view (cards ask for their figures once near the screen). */
  async function cardOf(page: Page, title: string): Promise<Locator> {
    const card = page.getByRole('article', { name: title });
    await card.waitFor();
    await card.scrollIntoViewIfNeeded();
    return card;
  }

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await stack?.stop();
  });

  it('shows an admin every demo route with its phase and the figures of logistics, action plans and follow-up, and a tile opens its section', async () => {
    const page = await pageAs('admin@learningroutes.org');
    const token = await tokenOf(page);
    routes = (await gql<{ routes: { edges: { node: DemoRoute }[] } }>(stack.apiUrl, token, '{ routes(first: 50) { edges { node { id title phase } } } }')).routes.edges.map((e) => e.node);
    expect(routes.length).toBeGreaterThanOrEqual(3);
    peru = routes.find((r) => r.title.startsWith('Learning Route Peru'))!;
    expect(peru).toBeDefined();

    // The old "choose a section" page is gone: the home says where the routes stand.
    await page.getByText('Where each route stands. Each figure opens its section.').waitFor();
    expect(await page.getByText('Choose a section to work in.').count()).toBe(0);
    for (const route of routes) {
      const card = await cardOf(page, route.title);
      await tile(card, 'Phase').getByText(PHASES[route.phase], { exact: true }).waitFor();
    }

    // Peru's figures, as the API counts them.
    const figures = await gql<{
      agendaChecks: { blockingCount: number; warningCount: number };
      routeBudget: { burnPercent: string | null };
      awaiting: { totalCount: number };
      indicatorRollup: { total: number; offTrack: { count: number } };
    }>(
      stack.apiUrl,
      token,
      `query($id: ID!) {
         agendaChecks(routeId: $id) { blockingCount warningCount }
         routeBudget(routeId: $id) { burnPercent }
         awaiting: actionPlans(first: 1, filter: { routeId: $id, statuses: [SUBMITTED, IN_REVIEW] }) { totalCount }
         indicatorRollup(scope: { routeId: $id }) { total offTrack { count } } }`,
      { id: peru.id },
    );
    // The demo has a plan waiting for its reviewer: the tile would say nothing useful otherwise.
    expect(figures.awaiting.totalCount).toBeGreaterThan(0);
    const card = await cardOf(page, peru.title);
    await tile(card, 'Agenda checks').getByText(counted(figures.agendaChecks.blockingCount, 'No blocking finding', 'blocking finding', 'blocking findings'), { exact: true }).waitFor();
    await tile(card, 'Agenda checks').getByText(counted(figures.agendaChecks.warningCount, 'No warning', 'warning', 'warnings'), { exact: true }).waitFor();
    const burn = figures.routeBudget.burnPercent === null ? 'Nothing planned yet' : `${Number(figures.routeBudget.burnPercent).toFixed(1)}% spent`;
    await tile(card, 'Budget burn').getByText(burn, { exact: true }).waitFor();
    await tile(card, 'Action plans').getByText(counted(figures.awaiting.totalCount, 'No plan awaiting review', 'plan awaiting review', 'plans awaiting review'), { exact: true }).waitFor();
    const indicators = figures.indicatorRollup.total === 0 ? 'No indicators yet' : figures.indicatorRollup.offTrack.count === 0 ? 'None off track' : `${figures.indicatorRollup.offTrack.count} off track`;
    await tile(card, 'Indicators').getByText(indicators, { exact: true }).waitFor();
    await tile(card, 'Survey response rate').waitFor();
    await tile(card, 'Composition').getByText(/participants? selected$/).waitFor();
    // The programme's own budget heads its routes.
    await page.locator('.lr-tile').filter({ has: page.getByText('Programme budget burn', { exact: true }) }).first().waitFor();

    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'dashboard-admin');

    // A tile opens its section's page on the card's route.
    await card.getByRole('link', { name: 'Open the budget' }).click();
    await page.getByRole('heading', { level: 1, name: 'Budget' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logistics/budget');
    expect(new URL(page.url()).searchParams.get('route')).toBe(peru.id);

    await page.goto(SHELL_URL);
    const again = await cardOf(page, peru.title);
    await again.getByRole('link', { name: 'See the plans' }).click();
    await page.waitForURL((url) => url.pathname === '/action-plans' && url.searchParams.get('route') === peru.id);
  });

  it("shows a participant their own route and plan, their vote and surveys, and none of the team's figures", async () => {
    const page = await pageAs('participant@learningroutes.org');
    const token = await tokenOf(page);
    const mine = await gql<{
      myParticipations: { route: { id: string; title: string }; delegation: { actionPlan: { id: string; title: string; status: string } | null } }[];
      mySurveys: { answered: boolean }[];
    }>(stack.apiUrl, token, '{ myParticipations { route { id title } delegation { actionPlan { id title status } } } mySurveys { answered } }');
    expect(mine.myParticipations).toHaveLength(1);
    const [participation] = mine.myParticipations;
    expect(participation.route.title).toBe(peru.title);
    const plan = participation.delegation.actionPlan;
    expect(plan).not.toBeNull();

    const own = page.getByRole('region', { name: 'Your part' });
    await own.waitFor();
    const planTile = tile(own, 'My action plan');
    await planTile.getByText(PLAN_STATUSES[plan!.status], { exact: true }).waitFor();
    await planTile.getByText(plan!.title, { exact: true }).waitFor();
    await tile(own, 'My participation').getByText('Selected', { exact: true }).waitFor();
    await tile(own, 'My vote').waitFor();
    const toAnswer = mine.mySurveys.filter((s) => !s.answered).length;
    await tile(own, 'My surveys').getByText(counted(toAnswer, 'Nothing to answer', 'survey to answer', 'surveys to answer'), { exact: true }).waitFor();

    // Only their route, and only what a participant may read on it.
    await page.getByRole('heading', { level: 2, name: 'Your route' }).waitFor();
    const card = await cardOf(page, peru.title);
    await tile(card, 'Phase').getByText(PHASES[peru.phase], { exact: true }).waitFor();
    await tile(card, 'Indicators').waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    for (const staffOnly of ['Budget burn', 'Agenda checks', 'Action plans', 'Composition', 'Survey response rate']) {
      expect(await tile(page.locator('main'), staffOnly).count()).toBe(0);
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'dashboard-participant');

    await planTile.getByRole('link', { name: 'Open my plan' }).click();
    await page.getByRole('heading', { level: 1, name: plan!.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/action-plans/plans/${plan!.id}`);
  });

  it('stacks the route cards on a phone', async () => {
    const page = await pageAs('admin@learningroutes.org', PHONE);
    const cards = page.getByRole('article');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(routes.length);
    const [first, second] = [cards.nth(0), cards.nth(1)];
    await first.scrollIntoViewIfNeeded();
    const [a, b] = [await first.boundingBox(), await second.boundingBox()];
    // One column: same left edge, one below the other.
    expect(Math.round(b!.x)).toBe(Math.round(a!.x));
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    await tile(first, 'Phase').getByRole('link', { name: 'Open the route' }).waitFor();
    await expectPhoneReady(page, 'dashboard', [tile(first, 'Phase').getByRole('link', { name: 'Open the route' }), tile(first, 'Budget burn').getByRole('link', { name: 'Open the budget' })]);
  });
});
