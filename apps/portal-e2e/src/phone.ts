import type { Locator, Page } from 'playwright-core';
import { accessibilityProblems, screenshot } from './browser';

/** The phone every phone test uses: an iPhone 12-14's CSS viewport. */
export const PHONE = { width: 390, height: 844 };
/** The least height of something to tap (WCAG 2.5.8 asks 24 px; we keep 40). */
export const MIN_TOUCH = 40;

/**
 * A page is phone-ready when nothing scrolls sideways, each action is on screen and tall enough
 * to tap, and axe finds nothing serious; a screenshot is kept under `name`.
 */
export async function expectPhoneReady(page: Page, name: string, actions: Locator[]): Promise<void> {
  const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect({ name, ...width, fits: width.page <= width.screen }).toEqual({ name, ...width, fits: true });
  for (const action of actions) {
    await action.scrollIntoViewIfNeeded();
    const box = await action.boundingBox();
    expect(box).not.toBeNull();
    const { x, width: w, height } = box as { x: number; width: number; height: number };
    // Read once: a select's text grows as its options arrive, and only names the action here.
    const label = await action.textContent();
    expect({ name, action: label, tall: Math.round(height) >= MIN_TOUCH, onScreen: x >= 0 && x + w <= PHONE.width + 0.5 }).toEqual({ name, action: label, tall: true, onScreen: true });
  }
  expect(await accessibilityProblems(page)).toEqual([]);
  await screenshot(page, `phone-${name}`);
}
