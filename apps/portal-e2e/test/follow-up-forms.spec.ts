import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { gql, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** YYYY-MM-DD, `days` from today (UTC, as the browser in the test runs). */
function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A label exactly, with or without the star of a required field. */
function exactly(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`);
}

/** The field (label, control, hint, message) whose control is labelled `label`, inside `scope`. */
function fieldOf(scope: Locator, label: string): Locator {
  // `has` looks inside each field, so its locator starts from the page rather than `scope`.
  return scope.locator('.lr-field', { has: scope.page().getByLabel(exactly(label)) });
}

// What happened after a route, recorded by an editor on the events page: a follow-up event, a
// scaling-up story (its practice and organisation found by typing part of their names, among
// more than any list could hold) and a community of practice; each then listed and changed.
describe('follow-up events, stories and communities in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';
  const ids: Record<string, string> = {};
  const stamp = Date.now().toString(36);
  const practiceTitle = `Kitchen gardens at school ${stamp}`;
  const organisationName = `Cooperativa Agraria ${stamp}`;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(10_000);
    await signIn(page, 'admin@learningroutes.org');
    token = await tokenOf(page);
    const data = await gql<{ routes: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      token,
      '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } } }',
    );
    ids['route'] = data.routes.edges[0].node.id;
    // A practice and an organisation of their own, found only by searching.
    const practice = await gql<{ createPractice: { id: string } }>(
      stack.apiUrl,
      token,
      'mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }',
      {
        input: { title: { en: practiceTitle }, countryCode: 'PE', level: 'DISTRICT' },
      },
    );
    ids['practice'] = practice.createPractice.id;
    const organisation = await gql<{ createOrganisation: { id: string } }>(
      stack.apiUrl,
      token,
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: { name: organisationName, type: 'NGO', countryCode: 'PE' },
      },
    );
    ids['organisation'] = organisation.createOrganisation.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function openEventsPage(target: Page): Promise<void> {
    await target.goto(`${SHELL_URL}/follow-up/events?route=${ids['route']}`);
    await target.getByRole('heading', { name: 'Events and stories', level: 1 }).waitFor();
  }

  it('records an event: the browser asks for its title, the API for the country a visit went to; then it is listed and changed', async () => {
    const title = `District costing visit ${stamp}`;
    await openEventsPage(page);
    await page.getByRole('button', { name: 'Record an event' }).click();
    const form = page.getByRole('form', { name: 'Record an event' });

    // Sent empty: the browser words what is missing, next to each field, before asking the API.
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await fieldOf(form, 'Event (English)')
      .getByText('Give the event a title in at least one language.')
      .waitFor();
    await fieldOf(form, 'Date').getByText('This field is required.').waitFor();

    // A technical-assistance visit without the country visited: the API refuses, in words, on that field.
    await form.getByLabel(exactly('Kind')).selectOption({ label: 'Technical assistance visit' });
    await form.getByLabel(exactly('Date')).fill(dayFromToday(-3));
    await form.getByLabel('Event (English)').fill(title);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await fieldOf(form, 'Country visited')
      .getByText('A technical-assistance visit needs the country visited.')
      .waitFor();

    await form.getByLabel(exactly('Country visited')).selectOption({ label: 'Peru' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Event saved.').first().waitFor();
    const events = page.getByRole('table', { name: 'Follow-up events' });
    const row = events.locator('tbody tr', { hasText: title });
    await row.getByText('Technical assistance visit', { exact: true }).waitFor();
    await row.getByText('Peru', { exact: true }).waitFor();

    // Changed: the form opens with what was saved.
    await row.getByRole('button', { name: `Change the event ${title}` }).click();
    const edit = page.getByRole('form', { name: 'Change the event' });
    expect(await edit.getByLabel('Event (English)').inputValue()).toBe(title);
    await edit.getByLabel('Event (English)').fill(`${title} (Dodoma)`);
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await events.locator('tbody tr', { hasText: `${title} (Dodoma)` }).waitFor();

    const stored = await gql<{
      followUpEvents: { edges: { node: { title: string; kind: string; version: number } }[] };
    }>(
      stack.apiUrl,
      token,
      'query($filter: FollowUpEventFilter) { followUpEvents(first: 100, filter: $filter) { edges { node { title kind version } } } }',
      { filter: { routeId: ids['route'] } },
    );
    expect(
      stored.followUpEvents.edges.map((e) => e.node).filter((e) => e.title.includes(stamp)),
    ).toEqual([{ title: `${title} (Dodoma)`, kind: 'TECHNICAL_ASSISTANCE_VISIT', version: 2 }]);
  });

  it('documents a scaling-up story, its practice and organisation found by typing part of their names, and changes it', async () => {
    const title = `School gardens in Cusco ${stamp}`;
    await openEventsPage(page);
    await page.getByRole('button', { name: 'Document a story' }).click();
    const form = page.getByRole('form', { name: 'Document a story' });
    await form.getByLabel('Story (English)').fill(title);

    // The practice: typed in part, then chosen among what the search found.
    await form.getByLabel('Find a practice').fill(`gardens at school ${stamp}`);
    await form.getByLabel(exactly('Practice')).selectOption({ label: practiceTitle });
    await form.getByLabel('Find an organisation').fill(`agraria ${stamp}`);
    await form.getByLabel('Adapted by (organisation)').selectOption({ label: organisationName });
    // Another search keeps the chosen practice, under its name.
    await form.getByLabel('Find a practice').fill('zzz-nothing-matches');
    await page.waitForTimeout(600);
    expect(await form.getByLabel(exactly('Practice')).locator('option:checked').textContent()).toBe(
      practiceTitle,
    );

    await form.getByLabel(exactly('Country')).selectOption({ label: 'Peru' });
    await form
      .getByLabel('What came of it (English)')
      .fill('Twelve schools of the district grow their own vegetables.');
    // An evidence link that is not one: worded by the browser.
    await form.getByLabel('Evidence link').fill('cusco gardens report');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await fieldOf(form, 'Evidence link')
      .getByText('Enter a web address starting with http:// or https://.')
      .waitFor();
    await form.getByLabel('Evidence link').fill('https://example.org/cusco-gardens');
    await form.getByLabel('Documented on').fill(dayFromToday(-1));
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Story saved.').first().waitFor();

    const stories = page.getByRole('table', { name: 'Scaling stories' });
    const row = stories.locator('tbody tr', { hasText: title });
    await row.getByText(practiceTitle, { exact: true }).waitFor();
    await row.getByText(organisationName).waitFor();

    // Changed: the pickers show the chosen practice and organisation by name before any search.
    await row.getByRole('button', { name: `Change the story ${title}` }).click();
    const edit = page.getByRole('form', { name: 'Change the story' });
    const practice = edit.getByLabel(exactly('Practice'));
    expect(await practice.inputValue()).toBe(ids['practice']);
    expect(await practice.locator('option:checked').textContent()).toBe(practiceTitle);
    expect(
      await edit.getByLabel('Adapted by (organisation)').locator('option:checked').textContent(),
    ).toBe(organisationName);
    await edit.getByLabel('Place (province, district…)').fill('Cusco');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await stories.locator('tbody tr', { hasText: title }).getByText('Cusco, Peru').waitFor();

    const stored = await gql<{
      scalingStories: {
        edges: {
          node: {
            practiceId: string;
            adaptedByOrganisationId: string;
            locality: string;
            version: number;
          };
        }[];
      };
    }>(
      stack.apiUrl,
      token,
      'query($filter: ScalingStoryFilter) { scalingStories(first: 10, filter: $filter) { edges { node { practiceId adaptedByOrganisationId locality version } } } }',
      { filter: { search: stamp } },
    );
    expect(stored.scalingStories.edges.map((e) => e.node)).toEqual([
      {
        practiceId: ids['practice'],
        adaptedByOrganisationId: ids['organisation'],
        locality: 'Cusco',
        version: 2,
      },
    ]);
  });

  it('adds a community of practice that grew from the route, changes it, and deletes it only once asked', async () => {
    const name = `Andean school gardeners ${stamp}`;
    await openEventsPage(page);
    await page.getByRole('button', { name: 'Add a community' }).click();
    const form = page.getByRole('form', { name: 'Add a community' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await fieldOf(form, 'Name').getByText('This field is required.').waitFor();

    await form.getByLabel(exactly('Name')).fill(name);
    await form.getByLabel('Members').fill('48');
    await form.getByLabel('Web address').fill('https://example.org/gardeners');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Community saved.').first().waitFor();
    const communities = page.getByRole('table', { name: 'Communities of practice' });
    const row = communities.locator('tbody tr', { hasText: name });
    await row.getByText('48', { exact: true }).waitFor();

    await row.getByRole('button', { name: `Change the community ${name}` }).click();
    const edit = page.getByRole('form', { name: 'Change the community' });
    expect(await edit.getByLabel('Members').inputValue()).toBe('48');
    await edit.getByLabel('Members').fill('52');
    await edit.getByRole('button', { name: 'Save', exact: true }).click();
    await row.getByText('52', { exact: true }).waitFor();
    await screenshot(page, 'follow-up-events-page');

    const stored = await gql<{
      communitiesOfPractice: {
        edges: { node: { memberCount: number; version: number; routes: { id: string }[] } }[];
      };
    }>(
      stack.apiUrl,
      token,
      'query($filter: CommunityOfPracticeFilter) { communitiesOfPractice(first: 10, filter: $filter) { edges { node { memberCount version routes { id } } } } }',
      { filter: { search: stamp } },
    );
    expect(stored.communitiesOfPractice.edges.map((e) => e.node)).toEqual([
      { memberCount: 52, version: 2, routes: [{ id: ids['route'] }] },
    ]);

    // Deleting asks first: cancelled, the community stays; confirmed, it is gone.
    await row.getByRole('button', { name: `Change the community ${name}` }).click();
    await edit.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this community?' });
    await dialog.getByText(`“${name}” will be deleted for good: this cannot be undone.`).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await edit.getByRole('button', { name: 'Delete', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Deleted.').first().waitFor();
    await row.waitFor({ state: 'detached' });
    const left = await gql<{ communitiesOfPractice: { totalCount: number } }>(
      stack.apiUrl,
      token,
      'query($filter: CommunityOfPracticeFilter) { communitiesOfPractice(first: 10, filter: $filter) { totalCount } }',
      { filter: { search: stamp } },
    );
    expect(left.communitiesOfPractice.totalCount).toBe(0);
  });

  it('documents a story on a phone: the pickers fit, can be tapped and pass the accessibility check', async () => {
    const phone = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'en-GB',
    });
    const small = await phone.newPage();
    small.setDefaultTimeout(10_000);
    await signIn(small, 'admin@learningroutes.org');
    await openEventsPage(small);
    await small.getByRole('button', { name: 'Document a story' }).click();
    const form = small.getByRole('form', { name: 'Document a story' });
    await form.getByLabel('Find a practice').fill(stamp);
    const practice = form.getByLabel(exactly('Practice'));
    await practice.selectOption({ label: practiceTitle });
    await expectPhoneReady(small, 'follow-up-story-form', [
      form.getByLabel('Find a practice'),
      practice,
      form.getByRole('button', { name: 'Save', exact: true }),
    ]);
    await phone.close();
  });
});
