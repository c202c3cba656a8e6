import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot, SCREENSHOTS } from '../src/browser';
import { eventually, gql, mainNav, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** The demo's Peru route: day 2 holds the Lima case (context 09:00, visit 11:00–15:00, analysis 16:00–17:30). */
const VISIT = 'Following the budget to a district';
const ANALYSIS = 'What the budget trail taught us';
const MISSING_ANALYSIS = `Analysis missing after the visit “${VISIT}”`;

// The logistics section as an admin uses it on the demo's Peru route: the agenda board (a move
// by dragging and one from the keyboard, with the checks' finding appearing and going), the
// iCalendar export, a visa letter, an expense changing its category's actual; then on a phone.
describe('logistics section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let peru = '';

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
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

  /** The value of the first option of a select whose text matches `text`. */
  async function optionValue(select: Locator, text: string | RegExp): Promise<string> {
    const option = select.locator('option', { hasText: text }).first();
    await option.waitFor({ state: 'attached' });
    return (await option.getAttribute('value')) ?? '';
  }

  const board = () => page.getByRole('group', { name: 'Agenda board: one column per day' });
  const card = (title: string) => board().locator('article', { has: page.getByRole('heading', { name: title, exact: true }) });
  const checks = () => page.getByRole('region', { name: 'Agenda checks' });

  it('shows the Peru agenda as a board of eight days, every check holding', async () => {
    await signIn(page, 'admin@learningroutes.org');
    const data = await gql<{ routes: { edges: { node: { id: string } }[] } }>(stack.apiUrl, await tokenOf(page), '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } } }');
    peru = data.routes.edges[0].node.id;

    await mainNav(page).getByRole('link', { name: 'Logistics', exact: true }).click();
    await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
    await page.getByText('Choose a learning route to work on.').waitFor();
    const route = page.getByLabel('Learning route', { exact: true });
    await route.selectOption(await optionValue(route, 'Learning Route Peru'));
    await page.waitForFunction(() => location.search.includes('route='));

    await board().waitFor();
    expect(await board().getByRole('heading', { level: 3 }).count()).toBe(8);
    await card(ANALYSIS).waitFor();
    await checks().getByText('No blocking finding').waitFor();
    expect(await card(ANALYSIS).getByRole('listitem').count()).toBe(0);
    await page.getByText('Times are local to America/Lima.').waitFor();
    await expectAccessible(page, 'logistics-01-agenda');
  });

  it('moves the analysis before its visit by dragging it, and sees the finding appear on both cards and in the checks', async () => {
    const analysis = card(ANALYSIS);
    const from = await analysis.boundingBox();
    const days = board().locator('[data-day-id]');
    const firstDay = days.nth(0);
    const secondDay = days.nth(1);
    const secondBox = await secondDay.boundingBox();
    expect(from && secondBox).toBeTruthy();
    // The same height in the first day's column: the same time, a day earlier (before the visit).
    const offset = (from?.y ?? 0) - (secondBox?.y ?? 0);
    await analysis.dragTo(firstDay, { sourcePosition: { x: 20, y: 10 }, targetPosition: { x: 40, y: offset + 10 } });

    await page.getByRole('status').getByText(`“${ANALYSIS}” moved to`).waitFor();
    await firstDay.locator('article', { hasText: ANALYSIS }).waitFor();
    // The visit now has no analysis after it: the finding is on its card, on the misplaced
    // analysis's card (what to move back) and in the checks.
    await card(VISIT).getByText(MISSING_ANALYSIS).waitFor();
    await checks().getByText('1 blocking finding').waitFor();
    await checks().getByText(MISSING_ANALYSIS).waitFor();
    await checks().getByRole('button', { name: `Show “${VISIT}”` }).waitFor();
    const moved = card(ANALYSIS);
    expect(await moved.getByText('16:00–17:30').count()).toBe(1);
    await moved.getByText(MISSING_ANALYSIS).waitFor();
    await expectAccessible(page, 'logistics-02-finding');
  });

  it('moves it back from the keyboard, announces it, and the finding goes', async () => {
    await card(ANALYSIS).getByRole('button', { name: `Move “${ANALYSIS}”` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Move “${ANALYSIS}”` });
    await dialog.waitFor();
    const day = dialog.getByRole('combobox', { name: 'Day' });
    await day.focus();
    await day.selectOption(await optionValue(day, /June 10, 2014/));
    await page.keyboard.press('Tab');
    expect(await dialog.getByLabel(/^Start time/).evaluate((e) => e === document.activeElement)).toBe(true);
    await dialog.getByText('It ends at 17:30, keeping its length.').waitFor();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByText(`“${ANALYSIS}” moved to Tuesday, June 10, 2014, 16:00–17:30.`, { exact: true }).first().waitFor();
    await checks().getByText('No blocking finding').waitFor();
    await eventually(async () => (await page.getByText(MISSING_ANALYSIS).count()) === 0, 'the finding to go');
    // The focus is back on the moved card, in the second day's column.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-session-id') !== null)).toBe(true);
    await board().locator('[data-day-id]').nth(1).locator('article', { hasText: ANALYSIS }).waitFor();
  });

  it('downloads the agenda as an iCalendar file that names its sessions', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download iCal' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text).toContain(`SUMMARY:${ANALYSIS}`);
    expect(text).toContain('END:VCALENDAR');
  });

  it('downloads a traveller’s visa letter from the visa board, and names what is missing for the others', async () => {
    await mainNav(page).getByRole('link', { name: 'Visas' }).click();
    await page.getByRole('heading', { name: 'Visas', level: 1 }).waitFor();
    const granted = page.getByRole('region', { name: /^Granted/ });
    const letter = granted.getByRole('button', { name: /^Visa letter \(PDF\) / }).first();
    await letter.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), letter.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = readFileSync((await download.path()) as string);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectAccessible(page, 'logistics-03-visas');
  });

  it('records an expense with its receipt and sees the actual of its category change', async () => {
    await mainNav(page).getByRole('link', { name: 'Budget' }).click();
    await page.getByRole('heading', { name: 'Budget', level: 1 }).waitFor();
    const byCategory = page.getByRole('table', { name: 'Planned and actual by category, as a table' });
    const communications = byCategory.locator('tbody tr', { hasText: 'Communications' });
    await communications.waitFor();
    const actual = () => communications.locator('td').nth(2).textContent();
    expect(await actual()).toBe('£640.00');
    await page.getByRole('img', { name: /^Planned and actual per category, in GBP/ }).waitFor();

    const form = page.getByRole('form', { name: 'Record an expense' });
    const line = form.getByRole('combobox', { name: /^Budget line/ });
    await line.selectOption(await optionValue(line, 'Field blog and photography'));
    await form.getByLabel(/^Description/).fill('Drone footage of the family gardens');
    await form.getByLabel(/^Amount/).fill('250');
    expect(await form.getByRole('combobox', { name: /^Currency/ }).inputValue()).toBe('GBP');
    await form.getByLabel(/^Receipt/).setInputFiles({ name: 'drone-invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% drone footage invoice\n%%EOF\n') });
    await form.getByRole('button', { name: 'Record an expense' }).click();
    await page.getByText('Expense recorded.').waitFor();
    await eventually(async () => (await actual()) === '£890.00', 'the actual of Communications to include the expense');
    const expenses = page.getByRole('table', { name: 'Expenses' });
    await expenses.getByRole('button', { name: 'drone-invoice.pdf (receipt of Drone footage of the family gardens)' }).waitFor();
    await expectAccessible(page, 'logistics-04-budget');
    await page.getByRole('region', { name: 'Planned and actual by category' }).screenshot({ path: join(SCREENSHOTS, 'logistics-04b-budget-chart.png') });
  });

  it('says next to the field why the API refused a day, in the reader’s language', async () => {
    await page.goto(`${SHELL_URL}/logistics?route=${peru}`);
    const days = page.getByRole('region', { name: 'Days of the agenda' });
    await days.getByLabel(/^Date of the day/).fill('2014-07-01');
    await days.getByRole('button', { name: 'Add a day' }).click();
    await days.getByText('Choose a date within the route’s dates.').first().waitFor();
    expect(await days.getByLabel(/^Date of the day/).getAttribute('aria-invalid')).toBe('true');

    const picker = (label: string) => page.getByRole('banner').getByLabel(label);
    await picker('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Vérifications de l’agenda' }).waitFor();
    await page.getByText('Aucun problème bloquant', { exact: false }).waitFor();
    await page.getByRole('button', { name: `Déplacer « ${ANALYSIS} »` }).waitFor();
    await expectAccessible(page, 'logistics-05-agenda-fr');
    await picker('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'Agenda checks' }).waitFor();
    // The refused date is unsaved work: leaving asks first, and staying keeps it.
    await mainNav(page).getByRole('link', { name: 'Travel' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay on the page' }).click();
    expect(await days.getByLabel(/^Date of the day/).inputValue()).toBe('2014-07-01');
    await days.getByLabel(/^Date of the day/).fill('');
  });

  it('opens a traveller’s journey, the arrivals manifest, the rooming list, a venue, a session and the settings', async () => {
    await mainNav(page).getByRole('link', { name: 'Travel' }).click();
    const travellers = page.getByRole('table', { name: 'Travellers' });
    await travellers.getByRole('link', { name: 'Neema Mwakyusa' }).click();
    await page.getByRole('heading', { name: 'Neema Mwakyusa', level: 1 }).waitFor();
    const journey = page.getByRole('table', { name: 'Journey' });
    await journey.getByRole('cell', { name: /^Dar es Salaam \(DAR\) → Amsterdam \(AMS\)/ }).waitFor();
    await page.getByRole('region', { name: 'Tickets' }).getByText(/^Now: /).waitFor();
    await page.getByRole('region', { name: 'Status history' }).waitFor();
    await expectAccessible(page, 'logistics-06-traveller');

    await mainNav(page).getByRole('link', { name: 'Arrivals & departures' }).click();
    await page.getByRole('heading', { name: 'Arrivals & departures', level: 1 }).waitFor();
    const arrivals = page.getByRole('table', { name: 'Arrivals' });
    await arrivals.locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'logistics-07-arrivals');

    await mainNav(page).getByRole('link', { name: 'Rooms' }).click();
    const rooming = page.getByRole('table', { name: /^Rooming list of the night of/ });
    await rooming.locator('tbody tr').first().waitFor();
    await page.getByRole('table', { name: 'Stays' }).locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'logistics-08-rooms');
    await page.getByRole('link', { name: 'Venues' }).first().click();
    await page.getByRole('heading', { name: 'Venues', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Venues' }).getByRole('link').first().click();
    await page.getByRole('region', { name: 'Rooms' }).getByRole('table').waitFor();
    await expectAccessible(page, 'logistics-09-venue');

    await page.goto(`${SHELL_URL}/logistics?route=${peru}`);
    await card(ANALYSIS).getByRole('link', { name: ANALYSIS }).click();
    await page.getByRole('heading', { name: 'Edit session', level: 1 }).waitFor();
    await eventually(async () => (await page.getByLabel(/^Title \(English\)/).inputValue()) === ANALYSIS, 'the session to load');
    expect(await page.getByLabel(/^Start time/).inputValue()).toBe('16:00');
    await expectAccessible(page, 'logistics-10-session');
    await page.getByLabel(/^End time/).fill('15:30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('The end must come after the start.').first().waitFor();
    await page.getByLabel(/^End time/).fill('17:45');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
    await card(ANALYSIS).getByText('16:00–17:45').waitFor();

    await page.getByRole('link', { name: 'Change the time zone or capital' }).click();
    await page.getByRole('heading', { name: 'Agenda settings', level: 1 }).waitFor();
    await eventually(async () => (await page.getByRole('combobox', { name: /^Time zone of the agenda/ }).inputValue()) === 'America/Lima', 'the settings to load');
    await expectAccessible(page, 'logistics-11-settings');
  });

  it('works on a phone: the agenda is a list per day, and every page fits', async () => {
    const phone: BrowserContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const small = await phone.newPage();
    small.setDefaultTimeout(10_000);
    const phoneReady = (name: string, actions: Locator[]) => expectPhoneReady(small, `logistics-${name}`, actions);
    await signIn(small, 'admin@learningroutes.org');

    await small.goto(`${SHELL_URL}/logistics?route=${peru}`);
    await small.getByRole('heading', { name: 'Agenda', level: 1 }).waitFor();
    await small.getByRole('heading', { name: 'Monday, June 9, 2014', level: 3 }).waitFor();
    expect(await small.getByRole('group', { name: 'Agenda board: one column per day' }).count()).toBe(0);
    const move = small.getByRole('button', { name: `Move “${ANALYSIS}”` });
    await phoneReady('agenda', [move, small.getByRole('button', { name: 'Download iCal' })]);

    await small.goto(`${SHELL_URL}/logistics/travel?route=${peru}`);
    await small.getByRole('table', { name: 'Travellers' }).locator('tbody tr').nth(2).waitFor();
    await phoneReady('travel', [small.getByRole('button', { name: 'Add the route’s travellers' })]);

    await small.goto(`${SHELL_URL}/logistics/visas?route=${peru}`);
    await small.getByRole('region', { name: /^Granted/ }).waitFor();
    await phoneReady('visas', [small.getByRole('button', { name: /^Visa letter \(PDF\) / }).first()]);

    await small.goto(`${SHELL_URL}/logistics/rooms?route=${peru}`);
    await small.getByRole('table', { name: /^Rooming list of the night of/ }).waitFor();
    await phoneReady('rooms', [small.getByRole('button', { name: 'Book a room' })]);

    await small.goto(`${SHELL_URL}/logistics/budget?route=${peru}`);
    await small.getByRole('table', { name: 'Planned and actual by category, as a table' }).waitFor();
    await phoneReady('budget', [small.getByRole('button', { name: 'Record an expense' })]);
    await phone.close();
  });

  it('shows the demo participant their own trip on a phone, with their own calendar file', async () => {
    const phone: BrowserContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, acceptDownloads: true });
    const own = await phone.newPage();
    own.setDefaultTimeout(10_000);
    await signIn(own, 'participant@learningroutes.org');
    await own.goto(`${SHELL_URL}/logistics/travel`);
    await own.getByRole('heading', { name: 'My trip', level: 1 }).waitFor();
    await own.getByRole('heading', { name: /Learning Route Peru/, level: 2 }).waitFor();
    await own.getByRole('heading', { name: 'Monday, June 9, 2014', level: 3 }).waitFor();
    expect(await own.getByRole('button', { name: /^Move/ }).count()).toBe(0);
    await own.getByRole('table', { name: 'Journey' }).locator('tbody tr').first().waitFor();
    const calendar = own.getByRole('button', { name: 'Add my sessions to my calendar (iCal)' });
    await expectPhoneReady(own, 'logistics-participant-trip', [calendar]);
    const [download] = await Promise.all([own.waitForEvent('download'), calendar.click()]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(text).toContain('SUMMARY:Opening of the Learning Route');
    await phone.close();
  });
});
