import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems, launchBrowser, screenshot } from '../src/browser';
import { SHELL_URL, startPortalStack, type PortalStack } from '../src/stack';

const TITLE = 'Community growth monitoring with local radio';
const PERU_ROUTE = 'Learning Route Peru: multi-sectoral nutrition at district level';
const STEPS = [
  'Desk review',
  'In-country interviews',
  'Global expert interviews',
  'In-country visit',
  'Validation',
  'Pedagogical materials',
];
const CSV_HEADER =
  'practice_id,title,country_code,locality,level,status,thematic_areas,practice_score,complete_assessments,assessment_id,assessor,assessment_status,submitted_at,assessment_score,criterion_code,criterion_name,criterion_weight,criterion_score,comment';

// A new practice walks the whole way, IDENTIFIED to PUBLISHED, as the demo admin would take it.
describe('practices section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;

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

  async function expectAccessible(name: string) {
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, name);
  }
  const nav = () => page.getByRole('navigation', { name: 'Main navigation' });
  const tabs = () => page.getByRole('navigation', { name: 'Practice sections' });
  /** Waits until the table shows only published practices (the filtered page has loaded); returns how many. */
  async function onlyPublishedRows(): Promise<number> {
    const handle = await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('table tbody tr')];
      const published = rows.filter((r) => r.textContent?.includes('Published'));
      return rows.length > 0 && published.length === rows.length ? rows.length : false;
    });
    return (await handle.jsonValue()) as number;
  }
  /** Confirms a status move in its dialog; returns the dialog (which stays open with the refusal, if any). */
  async function confirmMove(to: string) {
    await page.getByRole('button', { name: `Move to ${to}` }).click();
    const dialog = page.getByRole('dialog', { name: `Move the practice to ${to}?` });
    await dialog.getByRole('button', { name: `Move to ${to}` }).click();
    return dialog;
  }

  it('signs in and lists the practices', async () => {
    await page.goto(SHELL_URL);
    await page.getByLabel('E-mail').fill('admin@learningroutes.org');
    await page.getByLabel('Password').fill('learning-routes-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as Ada Admin (Administrator)').waitFor();
    await nav().getByRole('link', { name: 'Practices', exact: true }).click();
    await page.getByRole('heading', { name: 'Best practices', level: 1 }).waitFor();
    await page.getByRole('table').locator('tbody tr a').first().waitFor();
    await expectAccessible('practices-01-list');
  });

  it('filters, saves the filters as a view and applies it again', async () => {
    await page.getByLabel('Status').selectOption('PUBLISHED');
    const published = await onlyPublishedRows();
    await page.getByText('Saved views (0)').click();
    await page.getByLabel('View name').fill('Published ones');
    await page.getByRole('button', { name: 'Save current filters' }).click();
    await page.getByText('View “Published ones” saved.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !location.search.includes('status='));
    await page.getByRole('button', { name: 'Apply Published ones' }).click();
    await page.waitForFunction(() => location.search.includes('status=PUBLISHED'));
    expect(await page.getByLabel('Status').inputValue()).toBe('PUBLISHED');
    expect(await onlyPublishedRows()).toBe(published);
  });

  it('exports the filtered list as CSV', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('practices.csv');
    const text = readFileSync((await download.path()) as string, 'utf8');
    // A BOM first (the shared CSV helper's, so Excel reads accents right), then the rows.
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = text.slice(1).split('\r\n').filter(Boolean);
    expect(header).toBe(CSV_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes(',PUBLISHED,'))).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
  });

  it('creates a practice', async () => {
    await page.getByRole('link', { name: 'New practice' }).click();
    await page.getByRole('heading', { name: 'New practice', level: 1 }).waitFor();
    await page.getByLabel('Title (English)').fill(TITLE);
    await page.getByLabel('Title (Spanish)').fill('Monitoreo comunitario del crecimiento con radio local');
    await page.getByLabel(/^Country/).selectOption('PE');
    await page.getByLabel(/^Level/).selectOption('COMMUNITY');
    await page.getByLabel(/^Locality/).fill('Huanta');
    await page.getByRole('checkbox', { name: /Demonstration of results/ }).check();
    await page.getByRole('checkbox', { name: /Tracking of domestic and external funding/ }).check();
    await page.getByLabel('Summary (English)').fill('Community radios announce growth-monitoring days and share results.');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await page.getByText('Created.').waitFor();
  });

  it('moves it to assessment, and explains why it cannot be selected yet', async () => {
    await confirmMove('Under assessment');
    await page.getByText('The practice is now Under assessment.').waitFor();
    const dialog = await confirmMove('Selected');
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Not yet: first it needs at least one complete assessment');
    await expectAccessible('practices-02-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('assigns the admin as assessor, who fills in and submits the assessment', async () => {
    await tabs().getByRole('link', { name: 'Assessments' }).click();
    await tabs().locator('a[aria-current="page"]', { hasText: 'Assessments' }).waitFor();
    await page.getByLabel('Assessor', { exact: true }).selectOption({ label: 'Ada Admin (Administrator)' });
    await page.getByRole('button', { name: 'Assign assessor' }).click();
    await page.getByText('Assessor assigned.').waitFor();
    await page.getByRole('link', { name: 'Fill in the assessment' }).click();
    await page.getByRole('heading', { name: `Assessment of “${TITLE}”`, level: 1 }).waitFor();
    const scores = page.getByLabel(/— score \(0-5\)/);
    await scores.first().waitFor();
    const count = await scores.count();
    expect(count).toBeGreaterThan(3);
    // A draft with one score, then a refused submit names each unscored criterion.
    await scores.nth(0).selectOption('4');
    await page.getByLabel(/— comment/).first().fill('Radio reaches remote hamlets.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved.').waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    // Every unscored criterion at once: next to each field, and in the summary that takes the focus.
    const summary = page.getByRole('alert').filter({ hasText: `${count - 1} problems to fix` });
    await summary.waitFor();
    expect(await summary.getByRole('link', { name: /Give a score from 0 to 5 before submitting\./ }).count()).toBe(count - 1);
    expect(await page.locator('.lr-field__error', { hasText: 'Give a score from 0 to 5 before submitting.' }).count()).toBe(count - 1);
    expect(await scores.nth(1).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible('practices-03-assessment-form');
    for (let i = 1; i < count; i++) await scores.nth(i).selectOption(String(3 + (i % 3)));
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Assessment submitted.').waitFor();
    await page.getByRole('group', { name: 'Weighted mean per criterion (submitted assessments)' }).waitFor();
    await page.getByRole('img', { name: /out of 5 \(weight \d+\)/ }).first().waitFor();
    await page.getByText('Submitted', { exact: true }).waitFor();
    await expectAccessible('practices-04-assessments');
  });

  it('selects it, and explains what systematizing still needs', async () => {
    await tabs().getByRole('link', { name: 'Overview' }).click();
    await confirmMove('Selected');
    await page.getByText('The practice is now Selected.').waitFor();
    const dialog = await confirmMove('Systematized');
    const refusal = dialog.getByRole('alert');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('the Desk review step done');
    expect(text).toContain('a case document');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('completes the six steps and adds a case document', async () => {
    await tabs().getByRole('link', { name: 'Systematization' }).click();
    for (const step of STEPS) {
      const form = page.getByRole('form', { name: step });
      await form.getByLabel('Status').selectOption('DONE');
      await form.getByRole('button', { name: `Save ${step}` }).click();
      await page.getByRole('heading', { name: `${step} — Done` }).waitFor();
    }
    await expectAccessible('practices-05-systematization');

    await tabs().getByRole('link', { name: 'Materials' }).click();
    await page.getByRole('heading', { name: 'Add a material' }).waitFor();
    // A file of the wrong type is refused next to the file field.
    await page.getByLabel('Title').fill('Notes');
    await page.getByRole('radio', { name: 'A file' }).check();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('notes') });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.locator('.lr-field__error', { hasText: 'Files of type text/plain cannot be uploaded' }).waitFor();
    // A PDF is uploaded, then downloaded again.
    await page.getByLabel('Title').fill('Field notes');
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'field-notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% field notes\n') });
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Material added.').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Field notes' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('field-notes.pdf');
    expect(readFileSync((await download.path()) as string, 'utf8')).toContain('field notes');
    // The case document, by link.
    await page.getByRole('radio', { name: 'A link' }).check();
    await page.getByLabel('Title').fill('Case study: radio and growth monitoring');
    await page.getByLabel('Kind').selectOption('CASE_DOCUMENT');
    await page.getByLabel('Link (URL)').fill('https://example.org/cases/radio-growth-monitoring.pdf');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('cell', { name: 'Case study: radio and growth monitoring', exact: true }).waitFor();
    await expectAccessible('practices-06-materials');

    await tabs().getByRole('link', { name: 'Champions' }).click();
    await page.getByRole('heading', { name: 'Champions', level: 2 }).waitFor();
  });

  it('systematizes and publishes it', async () => {
    await tabs().getByRole('link', { name: 'Overview' }).click();
    await confirmMove('Systematized');
    await page.getByText('The practice is now Systematized.').waitFor();
    await confirmMove('Published');
    await page.getByText('The practice is now Published.').waitFor();
    await page.getByText('No further move: this status is final.').waitFor();
    await page.getByText(/Systematized → Published by Ada Admin/).waitFor();
    await expectAccessible('practices-07-practice-page');
  });

  it('ranks and recommends practices for the Peru route, with reasons', async () => {
    await nav().getByRole('link', { name: 'Ranking & recommendations' }).click();
    await page.getByRole('heading', { name: 'Ranking & recommendations', level: 1 }).waitFor();
    await page.getByLabel('Route').selectOption({ label: PERU_ROUTE });
    await page.getByRole('heading', { name: 'Ranking of candidate practices' }).waitFor();
    await page.locator('option[value="BJ"]').waitFor({ state: 'attached' });
    await page.getByLabel('Visiting countries').selectOption(['BJ', 'GH']);
    await page.waitForFunction(() => location.search.includes('visiting=BJ%2CGH') || location.search.includes('visiting=BJ,GH'));
    const recommendations = page.getByRole('region', { name: 'Recommendations' }).or(page.locator('section[aria-labelledby="recommendations-heading"]'));
    const ours = recommendations.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await ours.getByText(/meets Demonstration of results .* \(rank \d+ for (Benin|Ghana)\)/).first().waitFor();
    await recommendations.getByText(/meets .* \(rank \d+ for Ghana\)/).first().waitFor();
    expect(await page.getByRole('table').getByRole('link', { name: TITLE }).count()).toBe(1);
    await expectAccessible('practices-08-matching');
    await ours.getByRole('button', { name: `Attach as case: ${TITLE}` }).click();
    await page.getByText('Attached as a case of the route.').waitFor();
    await ours.getByText('Case of this route').waitFor();
  });
});
