import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityProblems, countReactCopies, launchBrowser, screenshot } from './browser';
import { signIn, tokenOf } from './helpers';
import { PHONE } from './phone';
import { startPortalStack, type PortalStack } from './stack';

/** What a section's browser tests drive: the whole portal stack, a browser, and a desktop-sized page. */
export interface BrowserHarness {
  stack: PortalStack;
  browser: Browser;
  page: Page;
}

/**
 * Starts the stack and a browser with one 1280×900 page that counts the React copies it loads
 * (10 s for each step), for a spec's `beforeAll`.
 */
export async function openHarness(): Promise<BrowserHarness> {
  const stack = await startPortalStack();
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  await countReactCopies(page);
  return { stack, browser, page };
}

/** Stops what `openHarness` started, for `afterAll`; either part may be missing when starting failed. */
export async function closeHarness({ stack, browser }: Partial<BrowserHarness>): Promise<void> {
  await browser?.close();
  await stack?.stop();
}

/** The page has no accessibility problem; its screenshot is kept as `name`. */
export async function expectAccessible(target: Page, name: string): Promise<void> {
  expect(await accessibilityProblems(target)).toEqual([]);
  await screenshot(target, name);
}

/** The value of the first option of a select whose text contains (or matches) `text`. */
export async function optionValue(select: Locator, text: string | RegExp): Promise<string> {
  const option = select.locator('option', { hasText: text }).first();
  await option.waitFor({ state: 'attached' });
  return (await option.getAttribute('value')) ?? '';
}

/** `openHarness`, signed in as `email`, with that session's token for API calls the test makes itself. */
export async function openSignedInHarness(email: string): Promise<BrowserHarness & { token: string }> {
  const harness = await openHarness();
  await signIn(harness.page, email);
  return { ...harness, token: await tokenOf(harness.page) };
}

/**
 * A fresh phone-sized browser profile (390 px, touch, no session, nothing stored), signed in as
 * `email` when one is given; close its context when done.
 */
export async function openPhone(browser: Browser, email?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'en-GB' });
  const phone = await context.newPage();
  phone.setDefaultTimeout(10_000);
  if (email) await signIn(phone, email);
  return phone;
}
