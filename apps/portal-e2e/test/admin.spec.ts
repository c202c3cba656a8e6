import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot, waitForValue } from '../src/browser';
import { eventually, gql, mainNav, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

/** One call as a partner makes it (tools/partner-client): the key in `x-api-key`. */
async function partnerCall(
  apiUrl: string,
  key: string,
): Promise<{
  status: number;
  body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}> {
  const res = await fetch(apiUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: '{ programmes(first: 1) { totalCount } }' }),
  });
  return { status: res.status, body: await res.json() };
}

// The admin section as an admin uses it: a programme made in the portal is one the routes
// section offers at once; a partner key made in the portal works until it is revoked there.
describe('admin section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';
  const stamp = Date.now().toString(36);
  /** The programme the first test makes in the portal; the audit test edits it. */
  let createdProgramme = '';

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(page, 'admin@learningroutes.org');
    token = await tokenOf(page);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 120_000);

  it('creates a programme that the routes section then offers in its programme filter', async () => {
    const name = `Coastal nutrition ${stamp}`;
    await mainNav(page).getByRole('link', { name: 'Programmes' }).first().waitFor();
    await page.goto(`${SHELL_URL}/admin/programmes/new`);
    await page.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();
    await page.getByLabel('Name (English)').fill(name);
    await page.getByLabel('Start date').fill('2031-03-01');
    await page.getByLabel('End date').fill('2031-02-01');
    await page.getByLabel('Budget amount').fill('250000.50');
    await page.getByLabel('Currency').fill('USD');
    await page.getByLabel('Maximum route length (days)').fill('10');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    // Checked in the browser before sending, next to its field.
    await page.getByText('The end date must be on or after the start date.').first().waitFor();
    await page.getByLabel('End date').fill('2031-03-09');
    await page.getByRole('button', { name: 'Create', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/250,000\.50/);

    const stored = await gql<{
      programmes: {
        edges: {
          node: {
            id: string;
            name: string;
            maxRouteDays: number;
            budget: { amount: string; currency: string };
          };
        }[];
      };
    }>(
      stack.apiUrl,
      token,
      'query($filter: ProgrammeFilter) { programmes(first: 5, filter: $filter) { edges { node { id name maxRouteDays budget { amount currency } } } } }',
      { filter: { search: name } },
    );
    expect(stored.programmes.edges.map((e) => e.node)).toEqual([
      {
        id: expect.any(String),
        name,
        maxRouteDays: 10,
        budget: { amount: '250000.50', currency: 'USD' },
      },
    ]);
    createdProgramme = stored.programmes.edges[0].node.id;

    await page.goto(`${SHELL_URL}/routes`);
    const filter = page.getByLabel('Programme', { exact: true });
    await eventually(
      async () => (await filter.locator('option', { hasText: name }).count()) === 1,
      'the new programme in the routes filter',
    );
  }, 120_000);

  it('asks before deleting a programme and shows, translated, why one with routes cannot go', async () => {
    const withRoutes = await gql<{
      routes: { edges: { node: { programme: { name: string } } }[] };
    }>(stack.apiUrl, token, '{ routes(first: 1) { edges { node { programme { name } } } } }');
    const busy = withRoutes.routes.edges[0].node.programme.name;
    await page.goto(`${SHELL_URL}/admin`);
    await page.getByRole('main').getByRole('searchbox').fill(busy);
    await page.getByRole('button', { name: `Delete: ${busy}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete the programme ${busy}?` });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByText(/This programme still has \d+ routes?; delete or move/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // One without routes goes, after the question.
    const name = `Short-lived ${stamp}`;
    await gql(
      stack.apiUrl,
      token,
      'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: { en: name } } },
    );
    await page.getByRole('main').getByRole('searchbox').fill(name);
    await page.getByRole('button', { name: `Delete: ${name}`, exact: true }).click();
    await page
      .getByRole('dialog', { name: `Delete the programme ${name}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('Programme deleted.').waitFor();
    const left = await gql<{ programmes: { totalCount: number } }>(
      stack.apiUrl,
      token,
      'query($filter: ProgrammeFilter) { programmes(first: 1, filter: $filter) { totalCount } }',
      {
        filter: { search: name },
      },
    );
    expect(left.programmes.totalCount).toBe(0);
  }, 120_000);

  it('creates a partner key shown once, which works until it is revoked in the portal', async () => {
    const name = `Partner ${stamp}`;
    await page.goto(`${SHELL_URL}/admin/api-keys`);
    await page.getByLabel('Who the key is for').fill(name);
    await page.getByLabel('Personal data').check();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    const shown = page.getByLabel('The key', { exact: true });
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^lr_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{32,}$/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await screenshot(page, 'admin-new-key');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    // Shown this once: gone from the page once dismissed, and never in the list.
    expect(await page.getByLabel('The key', { exact: true }).count()).toBe(0);
    expect(await page.content()).not.toContain(key);

    const used = await partnerCall(stack.apiUrl, key);
    expect(used.status).toBe(200);
    expect(used.body.errors).toBeUndefined();

    // What the key spent shows in its row (after a reload: the list was read before the call).
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    await eventually(
      async () => /1 of [\d,]+ requests this minute/.test((await row.textContent()) ?? ''),
      'the key’s request count',
    );
    expect(await row.textContent()).toMatch(/Personal data/);
    expect(await row.textContent()).not.toMatch(/Never/);

    await row.getByRole('button', { name: `Revoke: ${name}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke the key ${name}?` });
    await dialog.getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('Key revoked.').waitFor();
    await eventually(
      async () => (await page.getByRole('row').filter({ hasText: name }).count()) === 0,
      'the revoked key to leave the list',
    );

    const refused = await partnerCall(stack.apiUrl, key);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // The box follows the address (?revoked=1): it shows checked once the list has moved there.
    const showRevoked = page.getByLabel('Show revoked keys');
    await showRevoked.click();
    await eventually(() => showRevoked.isChecked(), 'the revoked keys to be shown');
    await page
      .getByRole('row')
      .filter({ hasText: name })
      .getByText(/^Revoked /)
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
  }, 120_000);

  it('invites an editor for one module, who signs in through the e-mail’s link, and deactivates them at once', async () => {
    const email = `editor.${stamp}@example.org`;
    const name = `Eda Editor ${stamp}`;
    await page.goto(`${SHELL_URL}/admin/users`);
    await page.getByLabel(/^E-mail\W*$/).fill(email);
    await page.getByLabel(/^Name\W*$/).fill(name);
    await page
      .getByLabel(/^Role\W*$/)
      .first()
      .selectOption('EDITOR');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    // An editor needs a module: said in the browser before anything is sent.
    await page.getByText('Choose at least one module for an editor.').first().waitFor();
    await page.getByLabel('Programmes and routes').check();
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByText(`Invitation sent to ${email}.`).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: email })
      .getByText('Invited, not signed up yet')
      .waitFor();

    // The link as the e-mail carries it (held in the outbox: no SMTP here).
    const mails = await gql<{ mailMessages: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      token,
      'query($filter: MailMessageFilter) { mailMessages(first: 1, filter: $filter) { edges { node { id } } } }',
      { filter: { kind: 'invitation', search: email } },
    );
    const mail = await gql<{ mailMessage: { text: string } }>(
      stack.apiUrl,
      token,
      'query($id: ID!) { mailMessage(id: $id) { text } }',
      { id: mails.mailMessages.edges[0].node.id },
    );
    const link = /\/welcome\?token=(\S+)/.exec(mail.mailMessage.text);
    expect(link).not.toBeNull();

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const invited = await context.newPage();
    invited.setDefaultTimeout(10_000);
    await invited.goto(`${SHELL_URL}/welcome?token=${link?.[1]}`);
    await invited.getByLabel(/^New password\W*$/).fill('editor long password');
    await invited.getByLabel('New password, again').fill('editor long password');
    await invited.getByRole('button', { name: 'Save my password and sign in' }).click();
    await invited.getByRole('heading', { level: 1, name: `Welcome, ${name}` }).waitFor();
    const editorToken = await tokenOf(invited);
    const me = await gql<{ me: { role: string; modules: string[] } }>(
      stack.apiUrl,
      editorToken,
      '{ me { role modules } }',
    );
    expect(me.me).toEqual({ role: 'EDITOR', modules: ['core'] });
    expect(await mainNav(invited).getByRole('link', { name: 'Users and roles' }).count()).toBe(0);

    await page.reload();
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByRole('button', { name: `Deactivate: ${name}`, exact: true }).click();
    await page
      .getByRole('dialog', { name: `Deactivate ${name}?` })
      .getByRole('button', { name: 'Deactivate' })
      .click();
    await page.getByText(`${name} is deactivated.`).waitFor();
    const refused = await fetch(stack.apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editorToken}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(refused.status).toBe(401);
    await context.close();
  }, 120_000);

  it('finds one’s own change in the audit log, with its before and after', async () => {
    expect(createdProgramme).not.toBe('');
    await page.goto(`${SHELL_URL}/admin/programmes/${createdProgramme}`);
    await page.getByRole('heading', { level: 1, name: 'Edit programme' }).waitFor();
    const days = page.getByLabel('Maximum route length (days)');
    await waitForValue(days, '10');
    await days.fill('12');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Programmes' }).waitFor();

    const me = await gql<{ me: { id: string } }>(stack.apiUrl, token, '{ me { id } }');
    await page.goto(`${SHELL_URL}/admin/audit`);
    await page.getByLabel('Who', { exact: true }).selectOption(me.me.id);
    await page.getByLabel('Kind of record').fill('Programme');
    await page.getByLabel('What', { exact: true }).selectOption('UPDATE');
    await page.getByRole('main').getByRole('searchbox').fill(createdProgramme);
    const entry = page
      .getByRole('row')
      .filter({ hasText: createdProgramme })
      .filter({ hasText: 'Changed' });
    await eventually(async () => (await entry.count()) === 1, 'the one update of the programme');
    await entry.getByText(/\d+ fields?/).click();
    const field = entry
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'maxRouteDays' }) });
    expect((await field.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
      '10',
      '12',
    ]);
    await screenshot(page, 'admin-audit-diff');

    // The same filters, as CSV: one row per changed field.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      'at,actor_kind,actor_id,actor,action,entity_type,entity_id,field,before,after,request_id',
    );
    expect(
      lines.filter((l) => l.includes(`,UPDATE,Programme,${createdProgramme},maxRouteDays,10,12,`)),
    ).toHaveLength(1);
  }, 120_000);

  it('ranks a country’s learning needs with the keyboard and by dragging, and saves the order', async () => {
    // A country with at least two ranked needs in the demo data.
    const needs = await gql<{ learningNeeds: { edges: { node: { countryCode: string } }[] } }>(
      stack.apiUrl,
      token,
      '{ learningNeeds(first: 100) { edges { node { countryCode } } } }',
    );
    const counts = new Map<string, number>();
    for (const e of needs.learningNeeds.edges)
      counts.set(e.node.countryCode, (counts.get(e.node.countryCode) ?? 0) + 1);
    const code = [...counts].find(([, n]) => n >= 2)?.[0];
    expect(code).toBeDefined();
    const ranked = async () =>
      (
        await gql<{
          country: { learningNeeds: { rank: number; thematicArea: { name: string } }[] };
        }>(
          stack.apiUrl,
          token,
          'query($code: ID!) { country(code: $code) { learningNeeds { rank thematicArea { name } } } }',
          { code },
        )
      ).country.learningNeeds
        .sort((a, b) => a.rank - b.rank)
        .map((n) => n.thematicArea.name);
    const before = await ranked();

    await page.goto(`${SHELL_URL}/admin/learning-needs?country=${code}`);
    const items = page.locator('.admin-ranked__label');
    await eventually(async () => (await items.count()) === before.length, 'the ranked needs');
    // Keyboard: the first moves down one; the focus stays on its "Move down" button.
    await page.getByRole('button', { name: `Move down: ${before[0]}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await eventually(
      async () =>
        (await items.allTextContents()).join('|') ===
        [before[1], before[0], ...before.slice(2)].join('|'),
      'the keyboard move',
    );
    await eventually(
      async () =>
        (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ===
        `Move down: ${before[0]}`,
      'the focus to follow the moved need',
    );
    await page
      .getByText(`${before[0]} is now 2 of ${before.length}.`)
      .waitFor({ state: 'attached' });
    // Mouse: drag it back on top.
    await page
      .locator('.admin-ranked__item')
      .nth(1)
      .dragTo(page.locator('.admin-ranked__item').nth(0));
    await eventually(
      async () => (await items.allTextContents()).join('|') === before.join('|'),
      'the drag back',
    );
    // Then the last goes first, and the order is saved.
    const last = before[before.length - 1];
    for (let i = before.length - 1; i > 0; i--)
      await page.getByRole('button', { name: `Move up: ${last}`, exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Learning needs saved.').waitFor();
    expect(await ranked()).toEqual([last, ...before.slice(0, -1)]);
  }, 120_000);

  it('adds a thematic area, and refuses, in words, to delete one still in use', async () => {
    const code = `coastal-${stamp}`;
    const name = `Coastal livelihoods ${stamp}`;
    await page.goto(`${SHELL_URL}/admin/thematic-areas`);
    await page.getByLabel(/^Code\W*$/).fill(code);
    await page.getByLabel(/^Name \(English\)\W*$/).fill(name);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByText('Created.').waitFor();

    const used = await gql<{
      learningNeeds: { edges: { node: { thematicArea: { name: string; code: string } } }[] };
    }>(
      stack.apiUrl,
      token,
      '{ learningNeeds(first: 1) { edges { node { thematicArea { name code } } } } }',
    );
    const busy = used.learningNeeds.edges[0].node.thematicArea;
    await page.getByRole('button', { name: `Delete: ${busy.name}`, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete the thematic area ${busy.name}?` });
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await dialog
      .getByText(/^It is still used by .*\d+ learning needs?.*; change those first\.$/)
      .waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Delete: ${name}`, exact: true }).click();
    await page
      .getByRole('dialog', { name: `Delete the thematic area ${name}?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByText('Thematic area deleted.').waitFor();
    const left = await gql<{ thematicAreas: { edges: { node: { code: string } }[] } }>(
      stack.apiUrl,
      token,
      '{ thematicAreas(first: 100) { edges { node { code } } } }',
    );
    expect(left.thematicAreas.edges.map((e) => e.node.code)).not.toContain(code);
  }, 120_000);

  it('edits a criteria set’s weights with the total shown as one types, and keeps them', async () => {
    const readSet = async () =>
      (
        await gql<{ assessmentCriteria: { name: string; weight: number }[] }>(
          stack.apiUrl,
          token,
          '{ assessmentCriteria(setKey: "SUITABILITY_BOX") { name weight } }',
        )
      ).assessmentCriteria;
    const before = await readSet();
    const total = before.reduce((sum, c) => sum + c.weight, 0);
    const first = before[0];
    const changed = first.weight + 5;

    await page.goto(`${SHELL_URL}/admin/criteria?set=SUITABILITY_BOX`);
    await page.getByRole('heading', { level: 1, name: 'Assessment criteria' }).waitFor();
    const totalLine = page.getByRole('status').filter({ hasText: 'Total of the weights' });
    await totalLine.getByText(`Total of the weights: ${total}`, { exact: true }).waitFor();
    const field = page.getByLabel(first.name, { exact: true });
    await field.fill(String(changed));
    // Before anything is saved: the total and the row's share follow the typing.
    await totalLine.getByText(`Total of the weights: ${total + 5}`, { exact: true }).waitFor();
    await page
      .getByText(`${Math.round((changed / (total + 5)) * 100)}% of the score`, { exact: true })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Weights saved.').waitFor();
    expect((await readSet()).map((c) => c.weight)).toEqual([
      changed,
      ...before.slice(1).map((c) => c.weight),
    ]);

    await page.reload();
    await totalLine.getByText(`Total of the weights: ${total + 5}`, { exact: true }).waitFor();
    await waitForValue(page.getByLabel(first.name, { exact: true }), String(changed));
  }, 120_000);

  it('is not offered to an editor, and refuses them if they type its address', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const editor = await context.newPage();
    editor.setDefaultTimeout(10_000);
    await signIn(editor, 'editor@learningroutes.org');
    await mainNav(editor).getByRole('link').first().waitFor();
    expect(await mainNav(editor).getByRole('link', { name: 'API keys' }).count()).toBe(0);
    await editor.goto(`${SHELL_URL}/admin/api-keys`);
    await editor.getByText('Your role does not give access to this section.').waitFor();
    await context.close();
  }, 120_000);

  it('fits a phone: the programme form, keys, users, audit log, criteria weights and webhooks', async () => {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const phone = await context.newPage();
    phone.setDefaultTimeout(10_000);
    await signIn(phone, 'admin@learningroutes.org');
    await phone.goto(`${SHELL_URL}/admin/programmes/new`);
    await phone.getByRole('heading', { level: 1, name: 'New programme' }).waitFor();
    await expectPhoneReady(phone, 'admin-programme-form', [
      phone.getByRole('button', { name: 'Create', exact: true }),
    ]);
    await phone.goto(`${SHELL_URL}/admin/api-keys`);
    await phone.getByRole('heading', { level: 1, name: 'API keys' }).waitFor();
    await expectPhoneReady(phone, 'admin-api-keys', [
      phone.getByRole('button', { name: 'Create', exact: true }),
    ]);
    await phone.goto(`${SHELL_URL}/admin/users`);
    await phone.getByRole('heading', { level: 1, name: 'Users and roles' }).waitFor();
    await expectPhoneReady(phone, 'admin-users', [
      phone.getByRole('button', { name: 'Send the invitation' }),
    ]);
    await phone.goto(`${SHELL_URL}/admin/audit`);
    await phone.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await phone
      .getByText(/^\d+ fields?$/)
      .first()
      .waitFor();
    await expectPhoneReady(phone, 'admin-audit', [phone.getByRole('button', { name: 'Filters' })]);
    await phone.goto(`${SHELL_URL}/admin/criteria`);
    await phone.getByRole('heading', { level: 1, name: 'Assessment criteria' }).waitFor();
    await expectPhoneReady(phone, 'admin-criteria', [
      phone.getByRole('button', { name: 'Save', exact: true }),
    ]);
    await phone.goto(`${SHELL_URL}/admin/webhooks`);
    await phone.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await expectPhoneReady(phone, 'admin-webhooks', [
      phone.getByRole('button', { name: 'Create', exact: true }),
    ]);
    await context.close();
  }, 120_000);
});
