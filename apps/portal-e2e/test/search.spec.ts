import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { signIn } from '../src/helpers';
import { startPortalStack, type PortalStack } from '../src/stack';

// The header's search across modules (docs/decisions/0015-search.md): one box, the server's
// `search`, results grouped by kind in the user's language, each opening its section's page.
describe('search across modules in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, 'admin@learningroutes.org');
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('finds an unaccented Spanish word in several modules, and opens a practice on its page', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search the portal' });
    const input = palette.getByRole('combobox');
    await input.waitFor();
    // The demo writes "nutrición" (Spanish) and "nutrition" (English); nobody types the accent.
    await input.fill('nutricion');
    const list = palette.getByRole('listbox');
    const practices = list.getByRole('group', { name: 'Practices' });
    await practices.getByRole('option').first().waitFor();
    await list.getByRole('group', { name: 'Action plans' }).getByRole('option').first().waitFor();
    await list.getByRole('group', { name: 'Indicators' }).getByRole('option').first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'search-01-across-modules');
    const option = practices.getByRole('option').first();
    const title = (await option.locator('span').first().textContent()) ?? '';
    expect(title).not.toBe('');
    await option.click();
    await page.waitForURL(/\/practices\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await palette.isVisible()).toBe(false);
  });

  it('works with the keyboard alone on a phone: Enter opens the active result', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const small = await phone.newPage();
    small.setDefaultTimeout(15_000);
    await signIn(small, 'admin@learningroutes.org');
    await small.getByRole('button', { name: /Search/ }).first().click();
    const palette = small.getByRole('dialog', { name: 'Search the portal' });
    const input = palette.getByRole('combobox');
    await input.fill('nutricion');
    const plans = palette.getByRole('listbox').getByRole('group', { name: 'Action plans' });
    await plans.getByRole('option').first().waitFor();
    // The palette fits the phone's width: nothing to scroll sideways.
    expect(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await screenshot(small, 'search-02-phone');
    // Down the list to the first plan, then Enter.
    const options = palette.getByRole('option');
    const planId = await plans.getByRole('option').first().getAttribute('id');
    for (let i = 0; i < (await options.count()); i++) {
      if ((await input.getAttribute('aria-activedescendant')) === planId) break;
      await input.press('ArrowDown');
    }
    expect(await input.getAttribute('aria-activedescendant')).toBe(planId);
    await input.press('Enter');
    await small.waitForURL(/\/action-plans\/plans\/[0-9a-f-]{36}$/);
    await phone.close();
  });
});
