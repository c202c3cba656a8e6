import type { Browser, Page } from 'playwright-core';
import { accessibilityProblems } from '../src/browser';
import { closeHarness, openPhone, openSignedInHarness } from '../src/harness';
import { eventually, gql } from '../src/helpers';
import { expectPhoneReady } from '../src/phone';
import { SHELL_URL, type PortalStack } from '../src/stack';

const COMPOSITION_OF = `query($id: ID!) { routeComposition(routeId: $id) { settings { maxPeople maxGenderSharePercent } } routeActionFund(routeId: $id) { amount { amount currency } } }`;
const SETTING = `query($key: ID!) { platformSetting(key: $key) { value version } }`;

type RouteDefaults = {
  routeComposition: { settings: { maxPeople: number; maxGenderSharePercent: number } };
  routeActionFund: { amount: { amount: string; currency: string } };
};

// Run-time settings as an admin changes them: checked in the browser with the API's bounds,
// refused in words by the API where the browser cannot tell, saved at the version read, and
// copied onto routes made afterwards while existing routes keep theirs.
describe('admin settings in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';

  const composition = () => page.getByRole('form', { name: 'Composition of a new route' });
  const fund = () => page.getByRole('form', { name: 'Action fund of a new route' });

  async function createRoute(programmeId?: string): Promise<string> {
    const { programmes } = await gql<{ programmes: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      token,
      '{ programmes(first: 1) { edges { node { id } } } }',
    );
    const { createRoute } = await gql<{ createRoute: { id: string } }>(
      stack.apiUrl,
      token,
      'mutation($input: CreateRouteInput!) { createRoute(input: $input) { id } }',
      {
        input: {
          programmeId: programmeId ?? programmes.edges[0].node.id,
          title: { en: `Settings route ${Date.now()}` },
          hostCountryCode: 'PE',
          workingLanguages: ['EN'],
        },
      },
    );
    return createRoute.id;
  }

  beforeAll(async () => {
    ({ stack, browser, page, token } = await openSignedInHarness('admin@learningroutes.org'));
  }, 180_000);

  afterAll(() => closeHarness({ stack, browser }), 120_000);

  it('changes the defaults of new routes, checked as the API checks them, and leaves existing routes as they were', async () => {
    const before = await createRoute();
    await page.goto(`${SHELL_URL}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await composition()
      .getByText('Never changed: these are the defaults of the method’s guides.')
      .waitFor();

    // The browser knows the API's bounds.
    await composition().getByLabel('Largest share of one gender (%)').fill('30');
    await composition().getByLabel('People on the route in all').fill('30');
    await composition().getByRole('button', { name: 'Save' }).click();
    await composition().getByText('Enter a whole number from 34 to 100.').first().waitFor();
    await composition().getByLabel('Largest share of one gender (%)').fill('55');

    // A rule across fields only the API checks, refused in the reader's words at its field.
    await composition().getByLabel('Civil-society routes: participants, at least').fill('30');
    await composition().getByRole('button', { name: 'Save' }).click();
    await composition().getByText('The fewest cannot be above the most.').first().waitFor();
    await composition().getByLabel('Civil-society routes: participants, at least').fill('21');
    await composition().getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. Routes created from now on start with it.').first().waitFor();
    await composition()
      .getByText(/^Last changed by/)
      .waitFor();

    await fund().getByLabel('Amount').fill('15000');
    await fund().getByLabel('Currency').fill('eur');
    await fund().getByRole('button', { name: 'Save' }).click();
    await fund()
      .getByText(/^Last changed by/)
      .waitFor();

    const after = await createRoute();
    const older = await gql<RouteDefaults>(stack.apiUrl, token, COMPOSITION_OF, { id: before });
    const newer = await gql<RouteDefaults>(stack.apiUrl, token, COMPOSITION_OF, { id: after });
    expect([older.routeComposition.settings, older.routeActionFund.amount]).toEqual([
      { maxPeople: 26, maxGenderSharePercent: 60 },
      { amount: '12000.00', currency: 'USD' },
    ]);
    expect([newer.routeComposition.settings, newer.routeActionFund.amount]).toEqual([
      { maxPeople: 30, maxGenderSharePercent: 55 },
      { amount: '15000.00', currency: 'EUR' },
    ]);
  }, 120_000);

  it('refuses to overwrite a change another admin saved meanwhile, and offers to reload', async () => {
    await page.goto(`${SHELL_URL}/admin/settings`);
    await fund().getByLabel('Amount').waitFor();
    const { platformSetting } = await gql<{
      platformSetting: { value: Record<string, unknown>; version: number };
    }>(stack.apiUrl, token, SETTING, { key: 'action-plans.fundDefault' });
    await gql(
      stack.apiUrl,
      token,
      'mutation($input: UpdatePlatformSettingInput!) { updatePlatformSetting(input: $input) { version } }',
      {
        input: {
          key: 'action-plans.fundDefault',
          version: platformSetting.version,
          value: { fund: { amount: '11000', currency: 'EUR' } },
        },
      },
    );
    await fund().getByLabel('Amount').fill('9000');
    await fund().getByRole('button', { name: 'Save' }).click();
    await fund()
      .getByText('Someone saved this record after you opened it.', { exact: false })
      .waitFor();
    await fund().getByRole('button', { name: 'Reload' }).click();
    // The form comes back with what the other admin saved, at its version, to change again.
    await eventually(
      async () => (await fund().getByLabel('Amount').inputValue()) === '11000.00',
      'the other admin’s amount after reloading',
    );
  }, 60_000);

  it('gives one programme its own fund for its new routes, and takes it back to the platform’s after asking', async () => {
    const { createProgramme } = await gql<{ createProgramme: { id: string } }>(
      stack.apiUrl,
      token,
      'mutation { createProgramme(input: { name: { en: "Sahel nutrition" } }) { id } }',
    );
    const programmeId = createProgramme.id;
    await page.goto(`${SHELL_URL}/admin/programmes/${programmeId}`);
    await page.getByRole('link', { name: 'Defaults for its routes' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Defaults for the routes of Sahel nutrition' })
      .waitFor();
    await fund().getByText('Follows the platform’s value', { exact: false }).waitFor();
    await fund().getByText('Platform: EUR 11000.00').waitFor();
    await fund().getByLabel('Amount').fill('8000');
    await fund().getByLabel('Currency').fill('GBP');
    await fund().getByRole('button', { name: 'Save' }).click();
    await fund()
      .getByText(/^This programme’s own value, set by/)
      .waitFor();

    const fundOf = async (routeId: string) =>
      (await gql<RouteDefaults>(stack.apiUrl, token, COMPOSITION_OF, { id: routeId }))
        .routeActionFund.amount;
    expect(await fundOf(await createRoute(programmeId))).toEqual({
      amount: '8000.00',
      currency: 'GBP',
    });
    expect(await fundOf(await createRoute())).toEqual({ amount: '11000.00', currency: 'EUR' });

    await fund().getByRole('button', { name: 'Use the platform’s value' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Use the platform’s value for “Action fund of a new route”?',
    });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await fund()
      .getByText(/^This programme’s own value/)
      .waitFor();
    await fund().getByRole('button', { name: 'Use the platform’s value' }).click();
    await dialog.getByRole('button', { name: 'Use the platform’s value' }).click();
    await fund().getByText('Follows the platform’s value', { exact: false }).waitFor();
    expect(await fundOf(await createRoute(programmeId))).toEqual({
      amount: '11000.00',
      currency: 'EUR',
    });
  }, 120_000);

  it('fits a phone, and speaks French', async () => {
    const phone = await openPhone(browser, 'admin@learningroutes.org');
    await phone.goto(`${SHELL_URL}/admin/settings`);
    await phone.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expectPhoneReady(phone, 'admin-settings', [
      phone
        .getByRole('form', { name: 'Action fund of a new route' })
        .getByRole('button', { name: 'Save' }),
    ]);
    expect(await accessibilityProblems(phone)).toEqual([]);
    await phone.context().close();

    await page.goto(`${SHELL_URL}/admin/settings`);
    await page.getByRole('banner').getByLabel('Language', { exact: true }).selectOption('fr');
    await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
    const form = page.getByRole('form', { name: 'Composition d’une nouvelle route' });
    await form.getByLabel('Équipes nationales').fill('0');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await form.getByText('Saisissez un nombre entier de 1 à 50.').first().waitFor();
  }, 120_000);
});
