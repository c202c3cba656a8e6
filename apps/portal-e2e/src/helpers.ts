import type { Locator, Page } from 'playwright-core';
import { SHELL_URL } from './stack';

export const DEMO_PASSWORD = 'learning-routes-demo';

/** Signs in through the sign-in page and waits for the portal. */
export async function signIn(page: Page, email: string, language: 'en' | 'fr' = 'en'): Promise<void> {
  await page.goto(SHELL_URL);
  if (language === 'fr') await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel(language === 'fr' ? 'Courriel' : 'E-mail').fill(email);
  await page.getByLabel(language === 'fr' ? 'Mot de passe' : 'Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: language === 'fr' ? 'Se connecter' : 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: language === 'fr' ? /^Bienvenue/ : /^Welcome/ }).waitFor();
}

export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** The session token the portal keeps (in this browser, for every tab). */
export async function tokenOf(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('lr.session') ?? '{}').token as string);
}

/** One GraphQL call with a token; fails the test on errors. */
export async function gql<T = Record<string, unknown>>(apiUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Polls `check` for up to 10 s: pages fill in after their queries return. */
export async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The text of the element that has the focus. */
export function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}
