import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { gql, signIn, tokenOf } from '../src/helpers';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

// One export per section (issue 14, docs/decisions/0017-exports-and-bulk-actions.md): the shared
// "Export CSV" button downloads what the list's filters show, through the section's signed-in fetch.
describe('CSV exports in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let peru = '';

  beforeAll(async () => {
    stack = await startPortalStack();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, 'admin@learningroutes.org');
    const routes = await gql<{ routes: { edges: { node: { id: string } }[] } }>(stack.apiUrl, await tokenOf(page), '{ routes(first: 1, filter: { hostCountryCode: "PE" }) { edges { node { id } } } }');
    peru = routes.routes.edges[0].node.id;
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /**
   * Clicks the button, waits for the browser's download, and gives back its name (from the
   * answer's Content-Disposition) and lines. Every export goes through the shared helper, so
   * every file starts with a BOM.
   */
  async function exportFrom(button: string): Promise<{ name: string; lines: string[] }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const text = readFileSync((await download.path()) as string, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    return { name: download.suggestedFilename(), lines: text.slice(1).split('\r\n').filter(Boolean) };
  }

  it('routes: the routes the host-country filter shows', async () => {
    await page.goto(`${SHELL_URL}/routes?host=PE`);
    await page.getByRole('heading', { name: 'Learning routes', level: 1 }).waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('routes.csv');
    expect(csv.lines[0]).toBe('route_id,title,programme,host_country_code,host_country,phase,start_date,end_date,working_languages,thematic_areas');
    expect(csv.lines.length).toBeGreaterThan(1);
    // The filter applies: every route is hosted in Peru.
    const rows = parse(csv.lines.join('\r\n')) as string[][];
    expect(rows.slice(1).every((row) => row[3] === 'PE')).toBe(true);
  });

  it('practices', async () => {
    await page.goto(`${SHELL_URL}/practices?status=PUBLISHED`);
    await page.getByRole('table', { name: 'Best practices' }).waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('practices.csv');
    expect(csv.lines[0].startsWith('practice_id,title,country_code')).toBe(true);
  });

  it('champions', async () => {
    await page.goto(`${SHELL_URL}/champions`);
    await page.getByRole('table', { name: 'Champions' }).waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('champions.csv');
    expect(csv.lines[0]).toBe('champion_id,given_name,family_name,country_code,languages,expertise,thematic_areas,trained,consent_to_photograph,email,phone');
    expect(csv.lines.length).toBeGreaterThan(1);
  });

  it('delegations: the participants of the chosen route', async () => {
    await page.goto(`${SHELL_URL}/delegations/participants?route=${peru}`);
    await page.getByRole('table', { name: 'Participants' }).waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('participants.csv');
    expect(csv.lines[0]).toBe('participant_id,given_name,family_name,route,delegation,delegation_country_code,sector,position,roles,status,checked_in_at,email,phone');
    expect(csv.lines.length).toBeGreaterThan(1);
  });

  it('logistics: the travellers of the chosen route', async () => {
    await page.goto(`${SHELL_URL}/logistics/travel?route=${peru}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('travellers.csv');
    expect(csv.lines[0]).toBe('traveller_id,given_name,family_name,route,travel_status,visa_status,nationality_code,passport_number,passport_expiry,date_of_birth,insurance,insured_until,letter_language');
  });

  it('action plans: the plans of the chosen route', async () => {
    await page.goto(`${SHELL_URL}/action-plans?route=${peru}`);
    await page.getByRole('table', { name: 'Action plans of the route' }).waitFor();
    const csv = await exportFrom('Download the plans shown (CSV)');
    expect(csv.name).toMatch(/^action-plans-.*\.csv$/);
    expect(csv.lines[0].startsWith('plan_id,delegation,country_code')).toBe(true);
  });

  it('follow-up: the indicators of the chosen route', async () => {
    await page.goto(`${SHELL_URL}/follow-up?route=${peru}`);
    await page.getByRole('heading', { name: 'Indicators', level: 1 }).waitFor();
    const csv = await exportFrom('Export CSV');
    expect(csv.name).toBe('indicators.csv');
    expect(csv.lines[0]).toBe('indicator_id,name,route,owner,unit,baseline_value,baseline_date,target_value,target_date,last_verified_value,last_verified_on,progress_share,status');
  });
});
