import type { Browser, Locator, Page } from 'playwright-core';
import { reactRenderers, screenshot, waitForValue } from '../src/browser';
import { closeHarness, expectAccessible, openHarness, optionValue } from '../src/harness';
import { SHELL_URL, type PortalStack } from '../src/stack';

const PASSWORD = 'learning-routes-demo';

// The champions section as an admin uses it, then as a viewer who may only read.
describe('champions section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let championUrl = '';

  beforeAll(async () => ({ stack, browser, page } = await openHarness()));
  afterAll(() => closeHarness({ stack, browser }));

  /** The message a field points at with aria-describedby, once it is marked invalid. */
  async function fieldError(field: Locator): Promise<string> {
    await expectAttribute(field, 'aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    return (await field.page().locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()) ?? '';
  }

  it('opens the champions list as the demo admin', async () => {
    await signIn(page, 'admin@learningroutes.org');
    await page.getByText('Signed in as Ada Admin (Administrator)').waitFor();
    await mainNav(page).getByRole('link', { name: 'Champions', exact: true }).click();
    await page.getByRole('heading', { name: 'Champions', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Champions' });
    await table.getByRole('link', { name: 'Marleni Huamaní Cárdenas' }).waitFor();
    await table.getByRole('link', { name: 'Aminata Diop' }).waitFor();
    await page.getByText('1–8 of 8').waitFor();
    expect(await page.getByRole('link', { name: 'New champion' }).count()).toBe(1);
    expect(await reactRenderers(page)).toHaveLength(1);
    await expectAccessible(page, 'champions-01-list');
  });

  it('filters by "not trained" and by a practice, keeping the filters in the address', async () => {
    await page.getByLabel('Training', { exact: true }).selectOption('no');
    await page.getByText('1–4 of 4').waitFor();
    const table = page.getByRole('table', { name: 'Champions' });
    await table.getByRole('link', { name: 'Jorge Taipe Quispe' }).waitFor();
    expect(await table.getByRole('link', { name: 'Marleni Huamaní Cárdenas' }).count()).toBe(0);
    expect(page.url()).toContain('trained=no');

    // Jorge's practice, read from his row, narrows the list further.
    const jorgeRow = table.locator('tr', { has: page.getByRole('link', { name: 'Jorge Taipe Quispe' }) });
    const practiceTitle = ((await jorgeRow.locator('li').first().textContent()) ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
    expect(practiceTitle).not.toBe('');
    const practiceSelect = page.getByLabel('Practice', { exact: true });
    await practiceSelect.selectOption(await optionValue(practiceSelect, practiceTitle));
    await table.getByRole('link', { name: 'Jorge Taipe Quispe' }).waitFor();
    await page.waitForFunction(() => location.search.includes('practice='));
    await eventually(async () => {
      const rows = await table.locator('tbody tr').allTextContents();
      return rows.length > 0 && rows.every((text) => text.includes(practiceTitle));
    }, 'every row to name the practice');
    await screenshot(page, 'champions-02-filtered');
  });

  it('opens a champion and shows the admin their contact details', async () => {
    await page.getByRole('table', { name: 'Champions' }).getByRole('link', { name: 'Jorge Taipe Quispe' }).click();
    await page.getByRole('heading', { name: 'Jorge Taipe Quispe', level: 1 }).waitFor();
    championUrl = page.url();
    const consents = page.getByRole('region', { name: 'Consents' });
    await consents.getByRole('link', { name: 'jorge.taipe@example.org' }).waitFor();
    await consents.getByText('this champion has not consented to be contacted, do not share').waitFor();
    await page.getByRole('region', { name: 'Profile' }).getByText('Not trained', { exact: true }).waitFor();
    await expectAccessible(page, 'champions-03-champion');
  });

  it('adds a completed training, after which the champion is trained', async () => {
    const form = page.getByRole('form', { name: 'Add a training' });
    await form.getByLabel('Topic').fill('Public speaking, second session');
    await form.getByLabel('Date').fill('2014-06-02');
    await form.getByLabel('Trainer').fill('PROCASUR training team');
    await form.getByLabel('Completed').check();
    await form.getByRole('button', { name: 'Add a training' }).click();
    await page.getByText('Training added.').waitFor();
    await page.getByRole('region', { name: 'Trainings' }).getByRole('cell', { name: 'Public speaking, second session', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Profile' }).getByText('Trained', { exact: true }).waitFor();
  });

  it('refuses a rating of 6 next to the field, then records a rating of 4', async () => {
    const form = page.getByRole('form', { name: 'Leave feedback' });
    const route = form.getByLabel('Route');
    await route.selectOption(await optionValue(route, 'Learning Route Peru'));
    const rating = form.getByLabel('Rating (1 to 5)');
    await rating.fill('6');
    await form.getByLabel('Comment').fill('Very concrete about the participatory budget.');
    await form.getByRole('button', { name: 'Send feedback' }).click();
    expect(await fieldError(rating)).toContain('must be a whole number from 1 to 5');
    await screenshot(page, 'champions-04-feedback-error');

    await rating.fill('4');
    await form.getByRole('button', { name: 'Send feedback' }).click();
    await page.getByText('Thank you, your feedback was recorded.').waitFor();
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await feedback.getByRole('cell', { name: 'Very concrete about the participatory budget.' }).waitFor();
    await feedback.getByText('4 out of 5 (1 rating)').first().waitFor();
  });

  it('links a practice with a role', async () => {
    const practices = page.getByRole('region', { name: 'Practices' });
    const before = await practices.locator('tbody tr').count();
    const form = page.getByRole('form', { name: 'Link a practice' });
    const practice = form.getByLabel('Practice');
    await practice.locator('option').nth(1).waitFor({ state: 'attached' });
    const chosen = (await practice.locator('option').nth(1).textContent()) ?? '';
    await practice.selectOption({ index: 1 });
    await form.getByLabel('Role').selectOption('LEADER');
    await form.getByRole('button', { name: 'Link' }).click();
    await page.getByText('Practice linked.').waitFor();
    await practices.locator('tbody tr').nth(before).waitFor();
    await practices.getByRole('link', { name: chosen }).waitFor();
    expect(await practices.getByLabel(`Role in ${chosen}`).inputValue()).toBe('LEADER');
    await expectAccessible(page, 'champions-05-champion-edited');
  });

  it('creates a champion for an existing person after showing what is wrong', async () => {
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Champions' }).click();
    await page.getByRole('link', { name: 'New champion' }).click();
    await page.getByRole('heading', { name: 'New champion', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    const person = page.getByRole('combobox', { name: /^Person/ });
    expect(await fieldError(person)).toContain('Choose the person who is the champion.');
    await page.getByText('Create the person first in the Routes section').waitFor();

    await page.getByLabel('Find a person').fill('Fuentes');
    await person.selectOption(await optionValue(person, 'Carolina Fuentes'));
    await page.getByLabel('Bio (English)').fill('Leads the learning routes of PROCASUR and trains champions.');
    const languages = page.getByLabel('Languages');
    await languages.fill('es, english');
    await page.getByLabel('Consents to be contacted', { exact: true }).check();
    await page.getByRole('button', { name: 'Create' }).click();
    expect(await fieldError(languages)).toContain('ISO 639-1');
    await screenshot(page, 'champions-06-form-error');

    await languages.fill('es, en');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Carolina Fuentes', level: 1 }).waitFor();
    await page.getByText('Created.').waitFor();
    await page.getByRole('region', { name: 'Consents' }).getByRole('link', { name: 'carolina.fuentes@example.org' }).waitFor();
  });

  it('tells the editor when someone saved the champion first, and reloads instead of overwriting', async () => {
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit champion', level: 1 }).waitFor();
    await waitForValue(page.getByLabel('Bio (English)'), 'Leads the learning routes of PROCASUR and trains champions.');
    const championId = page.url().split('/').slice(-2)[0];
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('lr.session') ?? '{}').token as string);
    const current = await gql(stack.apiUrl, token, 'query($id: ID!) { champion(id: $id) { version } }', { id: championId });
    await gql(stack.apiUrl, token, 'mutation($input: UpdateChampionInput!) { updateChampion(input: $input) { version } }', {
      input: { id: championId, version: current.champion.version, bio: { en: 'Bio changed by a colleague.' } },
    });
    await page.getByLabel('Bio (French)').fill('Dirige les routes d’apprentissage de PROCASUR.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Someone saved this record after you opened it.').waitFor();
    await page.getByRole('button', { name: 'Reload' }).click();
    await waitForValue(page.getByLabel('Bio (English)'), 'Bio changed by a colleague.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Carolina Fuentes', level: 1 }).waitFor();
    await page.getByText('Bio changed by a colleague.').waitFor();
  });

  it('shows which champions of a route still need training', async () => {
    await mainNav(page).getByRole('link', { name: 'Training readiness' }).click();
    await page.getByRole('heading', { name: 'Training readiness', level: 1 }).waitFor();
    const route = page.getByLabel('Learning route');
    await route.selectOption(await optionValue(route, 'Learning Route Peru'));
    const needing = page.getByRole('region', { name: 'Still need training' });
    await needing.waitFor();
    // Jorge completed a training above; Wilber has not.
    await needing.getByRole('link', { name: 'Wilber Ccori Huamán' }).waitFor();
    expect(await needing.getByRole('link', { name: 'Jorge Taipe Quispe' }).count()).toBe(0);
    await expectAccessible(page, 'champions-07-readiness');
  });

  it('writes ratings the French way: decimal comma, and "note" or "notes" by count', async () => {
    // The header's picker: the list has a "Language" filter of its own.
    const picker = (label: string) => page.getByRole('banner').getByLabel(label);
    await picker('Language').selectOption('fr');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Champions', exact: true }).click();
    const table = page.getByRole('table', { name: 'Champions' });
    const row = (name: string) => table.locator('tr', { has: page.getByRole('link', { name }) });
    // Marleni's sessions were rated 5 and 4; Lucía's once, 4.
    await row('Marleni Huamaní Cárdenas').getByText('4,5 sur 5 (2 notes)').waitFor();
    await row('Lucía Mendoza Ríos').getByText('4 sur 5 (1 note)').waitFor();
    await screenshot(page, 'champions-10-list-fr');
    await picker('Langue').selectOption('en');
  });

  it('lets the demo viewer read but not edit, and hides contact details without consent', async () => {
    const viewer = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    viewer.setDefaultTimeout(10_000);
    await signIn(viewer, 'viewer@learningroutes.org');
    await viewer.getByText('Signed in as Valeria Viewer (Viewer)').waitFor();
    await mainNav(viewer).getByRole('link', { name: 'Champions', exact: true }).click();
    await viewer.getByRole('table', { name: 'Champions' }).getByRole('link', { name: 'Jorge Taipe Quispe' }).waitFor();
    expect(await viewer.getByRole('link', { name: 'New champion' }).count()).toBe(0);
    await viewer.getByText('your role does not let you change it').waitFor();
    await expectAccessible(viewer, 'champions-08-viewer-list');

    await viewer.goto(championUrl);
    await viewer.getByRole('heading', { name: 'Jorge Taipe Quispe', level: 1 }).waitFor();
    await viewer.getByRole('region', { name: 'Feedback' }).getByRole('cell', { name: 'Very concrete about the participatory budget.' }).waitFor();
    await viewer.getByText('Contact details are hidden: this champion has not consented to be contacted.').waitFor();
    expect(await viewer.getByText('jorge.taipe@example.org').count()).toBe(0);
    for (const name of ['Edit', 'Delete champion', 'Link', 'Add a training', 'Send feedback']) {
      expect(await viewer.getByRole('button', { name, exact: true }).count()).toBe(0);
    }
    expect(await viewer.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await viewer.getByRole('combobox', { name: /^Role in / }).count()).toBe(0);
    await expectAccessible(viewer, 'champions-09-viewer-champion');
    await viewer.close();
  });
});

function mainNav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function signIn(page: Page, email: string) {
  await page.goto(SHELL_URL);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function expectAttribute(locator: Locator, name: string, expected: string) {
  const deadline = Date.now() + 10_000;
  let actual: string | null = null;
  while (Date.now() < deadline) {
    actual = await locator.getAttribute(name);
    if (actual === expected) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${name}="${expected}", found ${JSON.stringify(actual)}`);
}

/** Polls `check` for up to 10 s: lists fill in after their query returns. */
async function eventually(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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
