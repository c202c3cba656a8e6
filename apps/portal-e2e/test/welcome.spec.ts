import type { Browser, Locator, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { DEMO_PASSWORD, eventually, gql } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** A phone held upright, as in phone.spec.ts. */

// The invitation e-mail's link (`/welcome?token=…`) as the invited person meets it: on their
// phone, signed out, in their browser's language; they choose a password and are in the portal.
describe('the invitation link in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let adminToken: string;

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    const res = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { token } }',
        variables: { input: { email: 'admin@learningroutes.org', password: DEMO_PASSWORD } },
      }),
    });
    adminToken = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A fresh browser profile (no session, nothing stored), on a phone unless told otherwise. */
  async function newPage(options: { locale?: string; desktop?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext(
      options.desktop
        ? { viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'en-GB' }
        : { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: options.locale ?? 'en-GB' },
    );
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** Invites someone as the demo admin and reads the link from the held e-mail (no SMTP here). */
  async function invite(email: string, displayName: string, language: 'EN' | 'FR' | 'ES'): Promise<string> {
    await gql(stack.apiUrl, adminToken, 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }', {
      input: { email, displayName, role: 'VIEWER', language },
    });
    const list = await gql<{ mailMessages: { edges: { node: { id: string; to: string } }[] } }>(
      stack.apiUrl,
      adminToken,
      'query($filter: MailMessageFilter) { mailMessages(first: 1, filter: $filter) { edges { node { id to } } } }',
      { filter: { kind: 'invitation', search: email } },
    );
    const { id, to } = list.mailMessages.edges[0].node;
    expect(to).toBe(email);
    const mail = await gql<{ mailMessage: { text: string } }>(stack.apiUrl, adminToken, 'query($id: ID!) { mailMessage(id: $id) { text } }', { id });
    const link = /(\S+)\/welcome\?token=(\S+)/.exec(mail.mailMessage.text);
    expect(link).not.toBeNull();
    // The e-mail points at PORTAL_URL (the shell's address by default); the test's shell is here.
    return `${SHELL_URL}/welcome?token=${link?.[2]}`;
  }

  const phoneReady = (page: Page, name: string, actions: Locator[]) => expectPhoneReady(page, `welcome-${name}`, actions);

  /** The message shown under a field (its aria-describedby), which screen readers read with it. */
  async function fieldMessage(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const page = field.page();
    const texts = await Promise.all(ids.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' | ');
  }

  it('paints its own card before the scripts run, not the sign-in card', async () => {
    const page = await newPage({ locale: 'fr-FR' });
    // Only the HTML (with its inline script and styles): the modules never arrive.
    await page.route(/\.(js|mjs|css)(\?.*)?$/, (route) => route.abort());
    await page.goto(`${SHELL_URL}/welcome?token=whatever`);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Learning Routes — choisissez votre mot de passe' }).waitFor();
    expect(await page.getByRole('heading', { name: /Connexion au portail/ }).count()).toBe(0);
    await screenshot(page, 'welcome-00-static-frame');
  });

  it('lets a French invitee choose a password on a phone and lands them signed in', async () => {
    const link = await invite('camille.invitee@example.org', 'Camille Invitée', 'FR');
    // An English browser: the link's own language (`&lang=fr`) decides, as the e-mail was French.
    const page = await newPage({ locale: 'en-GB' });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Bienvenue sur Learning Routes — choisissez votre mot de passe' }).waitFor();
    await eventually(async () => (await page.title()) === 'Choisissez votre mot de passe · Routes d’apprentissage', 'the French tab title');
    const password = page.getByLabel(/^Nouveau mot de passe\W*$/);
    const confirm = page.getByLabel('Nouveau mot de passe, à nouveau');
    const submit = page.getByRole('button', { name: 'Enregistrer mon mot de passe et me connecter' });
    // The rules are shown before anything is typed.
    expect(await fieldMessage(password)).toContain('De 10 à 200 caractères.');
    await phoneReady(page, '01-form-fr', [password, confirm, submit]);

    // Too short, then not the same twice: each message next to its field, the summary above.
    await password.fill('court');
    await confirm.fill('court');
    await submit.tap();
    await page.getByText('Utilisez au moins 10 caractères.').first().waitFor();
    expect(await fieldMessage(password)).toContain('Utilisez au moins 10 caractères.');
    await password.fill('une phrase facile à retenir');
    await confirm.fill('une phrase facile a retenir');
    await submit.tap();
    await page.getByText('Les deux mots de passe ne sont pas identiques.').first().waitFor();
    expect(await fieldMessage(confirm)).toContain('Les deux mots de passe ne sont pas identiques.');
    expect(await fieldMessage(password)).not.toContain('Utilisez');
    expect(await page.getByRole('alert').filter({ hasText: '1 problème à corriger' }).count()).toBe(1);
    await phoneReady(page, '02-mismatch-fr', [submit]);

    // The same twice: the account is active, the session stored as sign-in stores it, home shown.
    await confirm.fill('une phrase facile à retenir');
    await submit.tap();
    await page.getByRole('heading', { level: 1, name: 'Bienvenue, Camille Invitée' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const session = await page.evaluate(() => JSON.parse(localStorage.getItem('lr.session') ?? 'null'));
    expect(session).toMatchObject({ token: expect.any(String), expiresAt: expect.any(String), user: { email: 'camille.invitee@example.org', role: 'VIEWER' } });
    const me = await gql<{ me: { email: string; invitationPending: boolean } }>(stack.apiUrl, session.token, '{ me { email invitationPending } }');
    expect(me.me).toEqual({ email: 'camille.invitee@example.org', invitationPending: false });
    await phoneReady(page, '03-signed-in-fr', []);

    // Reopened (still signed in): it says who is signed in, and the API refuses the used link.
    await page.goto(link);
    await page.getByText('Ce navigateur est connecté au compte de Camille Invitée.', { exact: false }).waitFor();
    await password.fill('une autre phrase secrète');
    await confirm.fill('une autre phrase secrète');
    await submit.tap();
    const refused = page.getByRole('alert').filter({ hasText: 'Ce lien d’invitation a déjà été utilisé.' });
    await refused.waitFor();
    expect(await refused.textContent()).toContain('demandez une nouvelle invitation au programme');
    // Signed in already: the way on is the portal's home, not the sign-in page.
    await refused.getByRole('link', { name: 'Accueil' }).waitFor();
    await phoneReady(page, '04-used-fr', [refused.getByRole('link')]);
  });

  it('explains a used link to someone signed out, and their password signs them in', async () => {
    const link = await invite('sam.invitee@example.org', 'Sam Invitee', 'EN');
    const first = await newPage({ desktop: true });
    await first.goto(link);
    await first.getByLabel(/^New password\W*$/).fill('correct horse battery');
    await first.getByLabel('New password, again').fill('correct horse battery');
    await first.getByRole('button', { name: 'Save my password and sign in' }).click();
    await first.getByRole('heading', { level: 1, name: 'Welcome, Sam Invitee' }).waitFor();

    const page = await newPage({ desktop: true });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Learning Routes — choose your password' }).waitFor();
    expect(await page.getByText(/This browser is signed in/).count()).toBe(0);
    await page.getByLabel(/^New password\W*$/).fill('another long password');
    await page.getByLabel('New password, again').fill('another long password');
    await page.getByRole('button', { name: 'Save my password and sign in' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'This invitation link has already been used.' });
    await refused.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('This invitation link cannot be used');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'welcome-05-used-en');
    await refused.getByRole('link', { name: 'Go to the sign-in page' }).click();
    await page.getByRole('heading', { name: 'Sign in to the admin portal' }).waitFor();
    await page.getByLabel('E-mail').fill('sam.invitee@example.org');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Sam Invitee' }).waitFor();
  });

  it('words a replaced, an unknown and a missing link in the page language', async () => {
    const older = await invite('lucia.invitada@example.org', 'Lucía Invitada', 'ES');
    await invite('lucia.invitada@example.org', 'Lucía Invitada', 'ES');
    const page = await newPage({ locale: 'es-ES' });
    const tryLink = async (url: string) => {
      await page.goto(url);
      await page.getByLabel(/^Nueva contraseña\W*$/).fill('una contraseña larga');
      await page.getByLabel('Nueva contraseña, otra vez').fill('una contraseña larga');
      await page.getByRole('button', { name: 'Guardar mi contraseña e iniciar sesión' }).tap();
    };
    await tryLink(older);
    await page.getByRole('alert').filter({ hasText: 'Este enlace de invitación fue sustituido por uno más reciente.' }).waitFor();
    await phoneReady(page, '06-replaced-es', []);
    await tryLink(`${SHELL_URL}/welcome?token=not-a-real-token`);
    await page.getByRole('alert').filter({ hasText: 'Este enlace de invitación no es válido.' }).waitFor();
    await page.goto(`${SHELL_URL}/welcome`);
    await page.getByRole('alert').filter({ hasText: 'Esta dirección no contiene ningún código de invitación.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Guardar mi contraseña e iniciar sesión' }).count()).toBe(0);
  });
});
