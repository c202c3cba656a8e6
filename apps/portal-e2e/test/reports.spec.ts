import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { gql, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The reports as an admin reads them: the demo's Peru route report with a figure from each
// module, its workbook downloaded; the programme's report from the programmes list; on a phone.
describe('reports in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let peru = '';
  let programme = '';

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

  /** A figure of the report: the value next to its label in a part. */
  const figure = (part: string, label: string) =>
    page
      .getByRole('region', { name: part })
      .locator('dl > div', { has: page.locator('dt', { hasText: label }) })
      .locator('dd');

  it("opens the Peru route's report tab and sees its figures from every module", async () => {
    await signIn(page, 'admin@learningroutes.org');
    const data = await gql<{
      routes: { edges: { node: { id: string; programme: { id: string } } }[] };
    }>(
      stack.apiUrl,
      await tokenOf(page),
      '{ routes(first: 1, filter: { search: "Peru" }) { edges { node { id programme { id } } } } }',
    );
    peru = data.routes.edges[0].node.id;
    programme = data.routes.edges[0].node.programme.id;
    await page.goto(`${SHELL_URL}/routes/${peru}`);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('heading', { name: 'Participants and delegations' }).waitFor();
    expect(await figure('Participants and delegations', 'Participants').textContent()).toBe('15');
    expect(await figure('Agenda as run', 'Days').textContent()).toBe('8');
    expect(await figure('Action plans and awards', 'Plans').textContent()).toBe('5');
    await page
      .getByRole('region', { name: 'Survey results' })
      .getByText('66.7 % answered (10 of 15)')
      .waitFor();
    await page
      .getByRole('region', { name: 'Budget: planned vs actual' })
      .getByRole('rowheader', { name: 'Action fund' })
      .waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'reports-01-route');
  });

  it('downloads the workbook: a valid xlsx from the API', async () => {
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/reports/routes/${peru}/report.xlsx`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download workbook' }).click(),
    ]);
    expect([response.status(), response.headers()['content-type']]).toEqual([200, XLSX]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // An xlsx is a zip archive: it starts with "PK".
    expect(
      readFileSync((await download.path()) as string)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });

  it('downloads the PDF in the language picked', async () => {
    await page.getByLabel('PDF language').selectOption('es');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes(`/reports/routes/${peru}/report.pdf?lang=es`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect([
      response.status(),
      response.headers()['content-type'],
      response.headers()['content-language'],
    ]).toEqual([200, 'application/pdf', 'es']);
  });

  it("opens the programme's report from the programmes list", async () => {
    await page.goto(`${SHELL_URL}/routes/programmes`);
    await page.locator(`a[href$="/programmes/${programme}/report"]`).click();
    await page.getByRole('heading', { level: 1, name: /^Report: / }).waitFor();
    await page
      .getByRole('region', { name: 'Routes' })
      .getByRole('link', { name: /Peru/ })
      .waitFor();
    expect(
      Number(await figure('Participants and delegations', 'Participants').textContent()),
    ).toBeGreaterThanOrEqual(15);
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('fits a phone, its download buttons within reach', async () => {
    const phone = await browser.newPage({ viewport: PHONE, acceptDownloads: true });
    phone.setDefaultTimeout(10_000);
    await signIn(phone, 'admin@learningroutes.org');
    await phone.goto(`${SHELL_URL}/routes/${peru}/report`);
    await phone.getByRole('heading', { name: 'Participants and delegations' }).waitFor();
    await expectPhoneReady(phone, 'route report', [
      phone.getByRole('button', { name: 'Download PDF' }),
      phone.getByRole('button', { name: 'Download workbook' }),
    ]);
    await screenshot(phone, 'reports-02-phone');
    await phone.close();
  });
});
