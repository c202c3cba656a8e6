import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, screenshot } from '../src/browser';
import { closeHarness, openPhone, openSignedInHarness } from '../src/harness';
import { gql } from '../src/helpers';
import { expectPhoneReady } from '../src/phone';
import { SHELL_URL, type PortalStack } from '../src/stack';

const OLD_PASSWORD = 'the old long password';
const NEW_PASSWORD = 'a new sentence to remember';

// The users page as an admin uses it for someone who lost their password: the admin sends a
// reset link (after confirming), the person opens the e-mail's link on their phone, chooses a
// new password and is in; the old password and the used link then fail.
describe('admin users page in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    ({ stack, browser, page, token } = await openSignedInHarness('admin@learningroutes.org'));
  }, 180_000);

  afterAll(() => closeHarness({ stack, browser }), 120_000);


  /** A sign-in through the API, as the sign-in page makes it: the error code when refused. */
  async function apiSignIn(email: string, password: string): Promise<string> {
    const res = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { token } }', variables: { input: { email, password } } }),
    });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    return body.errors ? String(body.errors[0].extensions?.code) : 'ok';
  }

  /** Finds the user's row on the users page by searching for their e-mail. */
  async function userRow(email: string) {
    await page.goto(`${SHELL_URL}/admin/users`);
    await page.getByRole('main').getByRole('searchbox').fill(email);
    const row = page.getByRole('row').filter({ hasText: email });
    await row.waitFor();
    return row;
  }

  it('sends a reset link; the user chooses a new password on a phone and signs in with it', async () => {
    const email = `rosa.reset.${stamp}@example.org`;
    const name = `Rosa Reset ${stamp}`;
    await gql(stack.apiUrl, token, 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email, displayName: name, password: OLD_PASSWORD, role: 'VIEWER' },
    });

    // Asked first, with what will happen; cancelling sends nothing.
    const row = await userRow(email);
    await row.getByRole('button', { name: `Send reset link: ${name}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Send ${name} a link to choose a new password?` });
    await dialog.getByText(`They receive an e-mail at ${email}`).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'admin-users-01-reset-confirm');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const mailsTo = async () =>
      (
        await gql<{ mailMessages: { edges: { node: { id: string } }[] } }>(
          stack.apiUrl,
          token,
          'query($filter: MailMessageFilter) { mailMessages(first: 5, filter: $filter) { edges { node { id } } } }',
          { filter: { kind: 'password-reset', search: email } },
        )
      ).mailMessages.edges;
    expect(await mailsTo()).toEqual([]);

    await row.getByRole('button', { name: `Send reset link: ${name}`, exact: true }).click();
    await dialog.getByRole('button', { name: 'Send reset link' }).click();
    await page.getByText(`Reset link sent to ${email}.`).waitFor();

    // The link as the e-mail carries it (held in the outbox: no SMTP here).
    const [mail] = await mailsTo();
    const { mailMessage } = await gql<{ mailMessage: { subject: string; text: string } }>(
      stack.apiUrl,
      token,
      'query($id: ID!) { mailMessage(id: $id) { subject text } }',
      { id: mail.node.id },
    );
    expect(mailMessage.subject).toBe('Choose a new password for Learning Routes');
    const link = /\/welcome\?token=(\S+)/.exec(mailMessage.text);
    expect(link?.[1]).toMatch(/&lang=en&purpose=reset$/);
    // Until the link is used, the old password still works.
    expect(await apiSignIn(email, OLD_PASSWORD)).toBe('ok');

    const phone = await openPhone(browser);
    const url = `${SHELL_URL}/welcome?token=${link?.[1]}`;
    await phone.goto(url);
    await phone.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await phone.getByText('An administrator sent you this link to choose a new password').waitFor();
    const password = phone.getByLabel(/^New password\W*$/);
    const confirm = phone.getByLabel('New password, again');
    const submit = phone.getByRole('button', { name: 'Save my new password and sign in' });
    await expectPhoneReady(phone, 'admin-users-02-reset-form', [password, confirm, submit]);
    await password.fill(NEW_PASSWORD);
    await confirm.fill(NEW_PASSWORD);
    await submit.tap();
    await phone.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();

    // The new password is the one now: the old one fails, and the link works only once.
    expect(await apiSignIn(email, OLD_PASSWORD)).toBe('UNAUTHENTICATED');
    const again = await openPhone(browser);
    await again.goto(url);
    await again.getByLabel(/^New password\W*$/).fill('yet another long password');
    await again.getByLabel('New password, again').fill('yet another long password');
    await again.getByRole('button', { name: 'Save my new password and sign in' }).tap();
    const refused = again.getByRole('alert').filter({ hasText: 'This reset link has already been used.' });
    await refused.waitFor();
    await expectPhoneReady(again, 'admin-users-03-reset-used', [refused.getByRole('link')]);

    // Signed out, on a phone: the sign-in page takes the new password.
    await refused.getByRole('link', { name: 'Go to the sign-in page' }).tap();
    await again.getByLabel('E-mail').fill(email);
    await again.getByLabel('Password').fill(NEW_PASSWORD);
    await again.getByRole('button', { name: 'Sign in' }).tap();
    await again.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
    await phone.context().close();
    await again.context().close();
  }, 120_000);

  it('offers no reset link to a deactivated account, and words the API’s refusals in the page language', async () => {
    const email = `dora.deactivated.${stamp}@example.org`;
    const name = `Dora Deactivated ${stamp}`;
    const created = await gql<{ createUser: { id: string; version: number } }>(
      stack.apiUrl,
      token,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id version } }',
      { input: { email, displayName: name, password: OLD_PASSWORD, role: 'VIEWER' } },
    );
    await gql(stack.apiUrl, token, 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
      input: { id: created.createUser.id, version: created.createUser.version, active: false },
    });
    const row = await userRow(email);
    await row.getByText('Deactivated', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: `Send reset link: ${name}` }).count()).toBe(0);

    // Inviting an address that belongs to an account: the API's CONFLICT (`emailTaken`) is
    // worded next to the e-mail field, in French here.
    await page.getByRole('banner').getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByLabel(/^Courriel\W*$/).fill(email);
    await page.getByLabel(/^Nom\W*$/).fill('Quelqu’un');
    await page
      .getByLabel(/^Rôle\W*$/)
      .first()
      .selectOption('VIEWER');
    await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
    await page.getByText('Cette adresse électronique appartient déjà à un compte.').first().waitFor();
    await page.getByRole('banner').getByLabel('Langue', { exact: true }).selectOption('en');
  }, 120_000);
  it('paints a reset link’s first frame as a reset, in the e-mail’s language, before any script loads', async () => {
    const phone = await openPhone(browser);
    // Only the page itself: its modules never load, so what shows is the static first frame.
    await phone.route('**/*', (route) => (route.request().resourceType() === 'document' ? route.continue() : route.abort()));
    await phone.goto(`${SHELL_URL}/welcome?token=not-a-real-token&lang=es&purpose=reset`);
    await phone.getByRole('heading', { level: 1, name: 'Elija una nueva contraseña' }).waitFor();
    expect(await phone.getByRole('heading', { level: 1 }).count()).toBe(1);
    await phone.goto(`${SHELL_URL}/welcome?token=not-a-real-token&lang=fr`);
    await phone.getByRole('heading', { level: 1, name: 'Bienvenue sur Learning Routes — choisissez votre mot de passe' }).waitFor();
    await phone.context().close();
  }, 60_000);
});
