import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityProblems, reactRenderers, screenshot } from '../src/browser';
import { closeHarness, expectAccessible, openHarness, optionValue } from '../src/harness';
import { eventually, gql, mainNav, signIn, tokenOf } from '../src/helpers';
import { expectPhoneReady, PHONE } from '../src/phone';
import { SHELL_URL, type PortalStack } from '../src/stack';

/** A phone held upright: participants use the portal on one. */

/** Two good rows, then one with three problems (an e-mail, a sector and a yes/no that are not). */
const CSV_HEADER = 'delegation,delegation_kind,delegation_country,email,given_name,family_name,gender,country,language,sector,position,decision_power,blogger';
const GOOD_ROW = 'KNV,,,amani.njoroge@example.org,Amani,Njoroge,FEMALE,KE,en,CIVIL_SOCIETY,Advocacy officer,MEDIUM,no';
const BAD_ROW = 'KNV,,,not-an-email,Baraka,Mutua,MALE,KE,en,ASTRONAUT,,,maybe';
const FIXED_ROW = 'KNV,,,baraka.mutua@example.org,Baraka,Mutua,MALE,KE,en,GOVERNMENT,,,no';

// The delegations section as an admin uses it (composition, bulk decisions, import, one
// participant, the route team), then as the demo participant, then on a phone.
describe('delegations section in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  const ids: Record<string, string> = {};

  beforeAll(async () => ({ stack, browser, page } = await openHarness()));
  afterAll(() => closeHarness({ stack, browser }));

  async function chooseRoute(target: Page, text: string | RegExp) {
    const route = target.getByLabel('Learning route', { exact: true });
    await route.selectOption(await optionValue(route, text));
  }

  const row = (table: Locator, name: string) => table.locator('tbody tr', { has: table.page().getByRole('link', { name, exact: true }) });

  it('shows every composition rule of the Peru route holding, and its five national teams', async () => {
    await signIn(page, 'admin@learningroutes.org');
    const token = await tokenOf(page);
    const data = await gql<{ peru: { edges: { node: { id: string } }[] }; zambia: { edges: { node: { id: string } }[] } }>(
      stack.apiUrl,
      token,
      `{ peru: routes(first: 1, filter: { search: "Peru" }) { edges { node { id } } }
         zambia: routes(first: 1, filter: { search: "Zambia" }) { edges { node { id } } } }`,
    );
    ids['peru'] = data.peru.edges[0].node.id;
    ids['zambia'] = data.zambia.edges[0].node.id;

    await mainNav(page).getByRole('link', { name: 'Delegations', exact: true }).click();
    await page.getByRole('heading', { name: 'Delegations', level: 1 }).waitFor();
    await page.getByText('Choose a learning route to work on.').waitFor();
    await chooseRoute(page, 'Learning Route Peru');
    await page.waitForFunction(() => location.search.includes('route='));

    const composition = page.getByRole('region', { name: 'Composition' });
    await composition.getByText('Every hard rule holds').waitFor();
    const rules = composition.getByRole('table', { name: 'Composition rules' });
    await rules.locator('tbody tr').first().waitFor();
    const states = await rules.locator('tbody tr td:nth-child(2)').allTextContents();
    // The route size, the number of teams, each team's size and government member, gender balance.
    expect(states.length).toBe(13);
    expect(states.every((s) => s.trim() === 'Holds')).toBe(true);
    expect(await rules.getByText('Nothing to do.').count()).toBe(13);

    const delegations = page.getByRole('table', { name: 'Delegations of the route' });
    await delegations.locator('tbody tr').nth(4).waitFor();
    expect(await delegations.locator('tbody tr').count()).toBe(5);
    const counts = await delegations.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(counts).toEqual(['3 of 3', '3 of 3', '3 of 3', '3 of 3', '3 of 3']);
    expect(await reactRenderers(page)).toHaveLength(1);
    await expectAccessible(page, 'delegations-01-composition');
  });

  it('refuses a bulk selection with a declined member, saying why on that row, and changes nothing', async () => {
    await mainNav(page).getByRole('link', { name: 'Participants', exact: true }).click();
    await page.getByRole('heading', { name: 'Participants', level: 1 }).waitFor();
    await chooseRoute(page, /Zambia/);
    const delegation = page.getByLabel('Delegation', { exact: true });
    await delegation.selectOption(await optionValue(delegation, 'KNV'));
    const table = page.getByRole('table', { name: 'Participants' });
    await eventually(async () => (await table.locator('tbody tr').count()) === 3 && (await table.getByRole('link', { name: 'Wanjiru Kamau' }).count()) === 1, 'the three members of KNV');

    // First a decision that goes through: Wanjiru is declined.
    const bulk = page.getByRole('group', { name: 'Decide for the chosen participants' });
    await page.getByRole('checkbox', { name: 'Choose Wanjiru Kamau' }).check();
    await bulk.getByText('1 chosen').waitFor();
    await bulk.getByRole('button', { name: 'Decline' }).click();
    const decline = page.getByRole('dialog', { name: 'Decline: 1 participant?' });
    await decline.getByRole('button', { name: 'Decline' }).click();
    await page.getByText('1 participant moved to “Declined”.').waitFor();
    await row(table, 'Wanjiru Kamau').getByText('Declined').waitFor();

    // Then all three at once: the declined one cannot be selected, so no one is.
    await page.getByRole('checkbox', { name: 'Choose every row on this page' }).check();
    await bulk.getByText('3 chosen').waitFor();
    await bulk.getByRole('button', { name: 'Select' }).click();
    const select = page.getByRole('dialog', { name: 'Select: 3 participants?' });
    await select.getByText('All or nothing').waitFor();
    await select.getByRole('button', { name: 'Select' }).click();
    await page.getByText('Nothing was changed: 1 participant of 3 cannot be moved to “Selected”').waitFor();
    await row(table, 'Wanjiru Kamau').getByText('Refused: cannot go from “Declined” to “Selected”; possible now: Withdrawn.').waitFor();
    for (const name of ['Otieno Ouma', 'Achieng Odhiambo']) {
      expect(await row(table, name).getByText('Nominated', { exact: true }).count()).toBe(1);
      expect(await row(table, name).getByText(/^Refused/).count()).toBe(0);
    }
    const token = await tokenOf(page);
    const after = await gql<{ participants: { edges: { node: { status: string; person: { fullName: string } } }[] } }>(
      stack.apiUrl,
      token,
      'query($routeId: ID!) { participants(first: 100, filter: { routeId: $routeId, search: "O" }) { edges { node { status person { fullName } } } } }',
      { routeId: ids['zambia'] },
    );
    const statusOf = (name: string) => after.participants.edges.find((e) => e.node.person.fullName === name)?.node.status;
    expect(statusOf('Otieno Ouma')).toBe('NOMINATED');
    expect(statusOf('Achieng Odhiambo')).toBe('NOMINATED');
    await expectAccessible(page, 'delegations-02-bulk-refused');
  });

  it('reports a bad file row by row in the reader’s language, imports nothing, then imports the corrected file', async () => {
    await mainNav(page).getByRole('link', { name: 'Import participants' }).click();
    await page.getByRole('heading', { name: 'Import participants', level: 1 }).waitFor();
    // The route chosen on the participants' list is remembered.
    await page.getByRole('heading', { name: /^Participants for .*Zambia/ }).waitFor();
    await page.getByRole('button', { name: 'Download the template (CSV)' }).waitFor();
    // The report is read in French: each problem is worded from its code, not the server's English.
    const picker = (label: string) => page.getByRole('banner').getByLabel(label);
    await picker('Language').selectOption('fr');
    const csvFr = page.getByLabel('Participants au format CSV');
    await csvFr.fill([CSV_HEADER, GOOD_ROW, BAD_ROW].join('\n'));
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await page.getByRole('heading', { name: 'Le fichier a 3 problèmes : rien n’a été importé' }).waitFor();
    const reportFr = page.getByRole('table', { name: 'Problèmes par ligne' });
    const cells = async (report: Locator, column: number) => (await report.locator(`tbody tr td:nth-child(${column})`).allTextContents()).map((s) => s.trim());
    const problems = async (report: Locator) => {
      const [columns, texts] = [await cells(report, 2), await cells(report, 3)];
      return Object.fromEntries(columns.map((c, i) => [c, texts[i]]));
    };
    expect(await cells(reportFr, 1)).toEqual(['3', '3', '3']);
    expect(await problems(reportFr)).toEqual({
      email: '« not-an-email » n’est pas une adresse électronique.',
      sector: 'Écrivez l’une de ces valeurs : GOVERNMENT, CIVIL_SOCIETY, UN, DONOR, BUSINESS, ACADEMIA.',
      blogger: 'Écrivez yes ou no.',
    });
    expect(await page.getByText('is not an e-mail address').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Importer', exact: true }).isDisabled()).toBe(true);
    await expectAccessible(page, 'delegations-03-import-report-fr');

    // Back in English, the same report follows the language.
    await picker('Langue').selectOption('en');
    await page.getByRole('heading', { name: 'The file has 3 problems: nothing was imported' }).waitFor();
    const report = page.getByRole('table', { name: 'Problems by row' });
    expect((await problems(report))['email']).toBe('“not-an-email” is not an e-mail address.');
    const csv = page.getByLabel('Participants as CSV');
    const token = await tokenOf(page);
    const nobody = await gql<{ participants: { totalCount: number } }>(stack.apiUrl, token, 'query($routeId: ID!) { participants(first: 1, filter: { routeId: $routeId, search: "Njoroge" }) { totalCount } }', {
      routeId: ids['zambia'],
    });
    expect(nobody.participants.totalCount).toBe(0);

    await csv.fill([CSV_HEADER, GOOD_ROW, FIXED_ROW].join('\n'));
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: 'The file is ready to import' }).waitFor();
    await page.getByText('2 rows: 2 participants added as nominated, 2 new people').first().waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Import 2 rows?' });
    await confirm.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('2 participants imported.').waitFor();
    const imported = await gql<{ participants: { edges: { node: { status: string } }[] } }>(
      stack.apiUrl,
      token,
      'query($routeId: ID!) { participants(first: 5, filter: { routeId: $routeId, search: "Njoroge" }) { edges { node { status } } } }',
      { routeId: ids['zambia'] },
    );
    expect(imported.participants.edges.map((e) => e.node.status)).toEqual(['NOMINATED']);
  });

  it('names the composition rule a bulk selection would break, on the refused row', async () => {
    // Wanjiru joins a Peru team that already has its three selected members: selecting her would make four.
    const token = await tokenOf(page);
    const setup = await gql<{ teams: { edges: { node: { id: string; name: string } }[] }; people: { edges: { node: { person: { id: string } } }[] } }>(
      stack.apiUrl,
      token,
      `query($routeId: ID!) { teams: delegations(first: 1, filter: { routeId: $routeId }) { edges { node { id name } } }
         people: participants(first: 1, filter: { search: "Wanjiru" }) { edges { node { person { id } } } } }`,
      { routeId: ids['peru'] },
    );
    const team = setup.teams.edges[0].node;
    await gql(stack.apiUrl, token, 'mutation($input: CreateParticipantInput!) { addParticipant(input: $input) { id } }', {
      input: { delegationId: team.id, personId: setup.people.edges[0].node.person.id, sector: 'CIVIL_SOCIETY' },
    });

    await page.goto(`${SHELL_URL}/delegations/participants?route=${ids['peru']}&delegation=${team.id}`);
    const table = page.getByRole('table', { name: 'Participants' });
    await eventually(async () => (await table.locator('tbody tr').count()) === 4 && (await table.getByRole('link', { name: 'Wanjiru Kamau' }).count()) === 1, `the members of ${team.name}`);
    await page.getByRole('checkbox', { name: 'Choose Wanjiru Kamau' }).check();
    await page.getByRole('group', { name: 'Decide for the chosen participants' }).getByRole('button', { name: 'Select' }).click();
    await page.getByRole('dialog', { name: 'Select: 1 participant?' }).getByRole('button', { name: 'Select' }).click();
    await page.getByText('Nothing was changed: 1 participant of 1 cannot be moved to “Selected”').waitFor();
    // The rule by the name the composition panel gives it.
    await row(table, 'Wanjiru Kamau').getByText('Refused: this would break the route’s composition (Team size); its composition panel says what to do.').waitFor();
    expect(await row(table, 'Wanjiru Kamau').getByText('Nominated', { exact: true }).count()).toBe(1);
    await screenshot(page, 'delegations-02b-bulk-rule');
  });

  it('records a consent, selects a participant and withdraws them with a reason, keeping the history', async () => {
    await page.goto(`${SHELL_URL}/delegations/participants?route=${ids['zambia']}&q=Ouma`);
    await page.getByRole('table', { name: 'Participants' }).getByRole('link', { name: 'Otieno Ouma' }).click();
    await page.getByRole('heading', { name: 'Otieno Ouma', level: 1 }).waitFor();

    const consents = page.getByRole('region', { name: 'Consents' });
    await consents.getByText('Personal data may be processed for the route: Not asked yet').waitFor();
    await consents.getByRole('group', { name: 'Personal data may be processed for the route' }).getByLabel('Given', { exact: true }).check();
    await consents.getByRole('button', { name: 'Save consents' }).click();
    await consents.getByText(/Personal data may be processed for the route: Given — recorded on .* by Ada Admin/).waitFor();

    const selection = page.getByRole('region', { name: 'Selection' });
    await selection.getByRole('button', { name: 'Select', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Select: Otieno Ouma?' });
    await dialog.getByRole('button', { name: 'Select', exact: true }).click();
    await page.getByText('Otieno Ouma: “Selected”.').waitFor();
    await selection.getByText('Now: Selected.').waitFor();

    await selection.getByRole('button', { name: 'Withdraw' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Withdraw Otieno Ouma?' });
    await withdraw.getByText('No one is waitlisted in this delegation').waitFor();
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await withdraw.getByText('Give a reason: it is kept in the history.').waitFor();
    await withdraw.getByLabel(/^Reason/).fill('Cannot travel on those dates.');
    await withdraw.getByRole('button', { name: 'Withdraw' }).click();
    await page.getByText('Otieno Ouma withdrawn.').waitFor();
    const history = page.getByRole('region', { name: 'Selection history' });
    await history.getByText(/Nominated → Selected by Ada Admin/).waitFor();
    await history.getByText(/Selected → Withdrawn by Ada Admin — “Cannot travel on those dates.”/).waitFor();
    expect(await selection.getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
    await expectAccessible(page, 'delegations-04-participant');

    await page.getByRole('link', { name: 'Edit application' }).click();
    await page.getByRole('heading', { name: 'Edit application', level: 1 }).waitFor();
    await eventually(async () => (await page.getByLabel('Position for this route').inputValue()) === 'Advocacy officer', 'the application to load');
    await page.getByLabel('Position for this route').fill('Budget tracking lead');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Otieno Ouma', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Profile' }).getByText('Budget tracking lead').waitFor();
  });

  it('finds participants from the header search', async () => {
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search the portal' });
    await palette.getByRole('combobox').fill('Odhiambo');
    const option = palette.getByRole('listbox').getByRole('group', { name: 'Participants' }).getByRole('option', { name: /Achieng Odhiambo/ });
    await option.click();
    await page.getByRole('heading', { name: 'Achieng Odhiambo', level: 1 }).waitFor();
    expect(page.url()).toContain('/delegations/participants/');
  });

  it('invites a participant to the portal, one after confirming and several at once, all or nothing', async () => {
    // Achieng Odhiambo's page, where the search above led.
    const account = page.getByRole('region', { name: 'Portal account' });
    await account.getByText('Not invited', { exact: true }).waitFor();
    await account.getByRole('button', { name: 'Invite to the portal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite Achieng Odhiambo to the portal?' });
    await dialog.getByText('valid 7 days').waitFor();
    await dialog.getByRole('button', { name: 'Invite to the portal' }).click();
    await page.getByText(/^Invitation sent to achieng\.odhiambo@example\.org \(in English\); the link works until .+\.$/).waitFor();
    await account.getByText('Invited', { exact: true }).waitFor();
    await account.getByRole('button', { name: 'Send a new invitation' }).waitFor();
    await expectAccessible(page, 'delegations-10-invited');

    // The two imported people at once; then someone withdrawn, which is refused, naming them.
    await page.goto(`${SHELL_URL}/delegations/participants?route=${ids['zambia']}`);
    const delegation = page.getByLabel('Delegation', { exact: true });
    await delegation.selectOption(await optionValue(delegation, 'KNV'));
    const table = page.getByRole('table', { name: 'Participants' });
    await eventually(async () => (await table.locator('tbody tr').count()) === 5 && (await table.getByRole('link', { name: 'Baraka Mutua' }).count()) === 1, 'the five members of KNV');
    const bulk = page.getByRole('group', { name: 'Decide for the chosen participants' });
    for (const name of ['Amani Njoroge', 'Baraka Mutua']) await page.getByRole('checkbox', { name: `Choose ${name}` }).check();
    await bulk.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('dialog', { name: 'Invite 2 participants to the portal?' }).getByRole('button', { name: 'Invite' }).click();
    await page.getByText(/^2 invitations sent; the links work until /).waitFor();
    for (const name of ['Amani Njoroge', 'Baraka Mutua']) await row(table, name).getByText('Invited', { exact: true }).waitFor();

    await page.getByRole('checkbox', { name: 'Choose Otieno Ouma' }).check();
    await bulk.getByRole('button', { name: 'Invite' }).click();
    const refused = page.getByRole('dialog', { name: 'Invite 1 participant to the portal?' });
    await refused.getByRole('button', { name: 'Invite' }).click();
    await refused.getByText('Otieno Ouma: Their selection has ended (declined or withdrawn)', { exact: false }).waitFor();
    await refused.getByRole('button', { name: 'Cancel' }).click();
    expect(await row(table, 'Otieno Ouma').getByText('Not invited', { exact: true }).count()).toBe(1);

    // Those invited who have not signed up yet, found by their account and invited again at once.
    await page.getByLabel('Portal account', { exact: true }).selectOption('INVITED');
    await eventually(async () => (await row(table, 'Otieno Ouma').count()) === 0, 'the list without the member never invited');
    const rows = await table.locator('tbody tr').allTextContents();
    // Only the invited who have not signed up: Amani and Baraka among them, each marked Invited.
    expect(rows.filter((r) => /Amani Njoroge|Baraka Mutua/.test(r))).toHaveLength(2);
    expect(rows.every((r) => r.includes('Invited'))).toBe(true);
    for (const name of ['Amani Njoroge', 'Baraka Mutua']) await page.getByRole('checkbox', { name: `Choose ${name}` }).check();
    await bulk.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('dialog', { name: 'Invite 2 participants to the portal?' }).getByRole('button', { name: 'Invite' }).click();
    await page.getByText(/^2 invitations sent; the links work until /).waitFor();
    await page.getByLabel('Portal account', { exact: true }).selectOption('');
  });

  it('manages the route team: a role change with Undo, removal only after confirming, an addition', async () => {
    await mainNav(page).getByRole('link', { name: 'Route team' }).click();
    await page.getByRole('heading', { name: 'Route team', level: 1 }).waitFor();
    await chooseRoute(page, 'Learning Route Peru');
    const team = page.getByRole('table', { name: 'Route team' });
    await team.getByRole('link', { name: 'Carolina Fuentes' }).waitFor();
    expect(await team.getByLabel('Role of Carolina Fuentes in the team').inputValue()).toBe('PROJECT_LEADER');

    await team.getByLabel('Role of David Otieno in the team').selectOption('LOGISTICS_COORDINATOR');
    await page.getByText('David Otieno is now Logistics coordinator.').waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByText('David Otieno is Methodological coordinator again.').waitFor();
    await eventually(async () => (await team.getByLabel('Role of David Otieno in the team').inputValue()) === 'METHODOLOGICAL_COORDINATOR', 'the role to be restored');

    await team.getByRole('button', { name: 'Remove Valeria Rojas Salinas from the team' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove from the route team?' });
    await confirm.getByText('Valeria Rojas Salinas (Translator) will no longer travel').waitFor();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await team.getByRole('link', { name: 'Valeria Rojas Salinas' }).count()).toBe(1);

    const form = page.getByRole('form', { name: 'Add to the team' });
    await form.getByLabel('Find a person').fill('Marchand');
    const person = form.getByRole('combobox', { name: /^Person/ });
    await person.selectOption(await optionValue(person, 'Hélène Marchand'));
    await form.getByRole('combobox', { name: /^Role in the team/ }).selectOption('COMMUNICATIONS');
    await form.getByRole('button', { name: 'Add to the team' }).click();
    // Hélène is in the Peru team already: a person is on a route once, said next to the person.
    await form.getByText('This person is in the route team of this route.', { exact: true }).waitFor();
    await form.getByLabel('Find a person').fill('Huamaní');
    await person.selectOption(await optionValue(person, 'Marleni Huamaní Cárdenas'));
    await form.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByText('Added to the route team.').waitFor();
    await team.getByRole('link', { name: 'Marleni Huamaní Cárdenas' }).waitFor();
    await expectAccessible(page, 'delegations-05-team');
  });

  it('creates, edits and deletes a delegation, asking first, and refuses to delete one with members', async () => {
    await mainNav(page).getByRole('link', { name: 'Delegations', exact: true }).click();
    await page.getByRole('heading', { name: 'Delegations', level: 1 }).waitFor();
    await chooseRoute(page, /Zambia/);
    await page.getByRole('link', { name: 'New delegation' }).click();
    await page.getByRole('heading', { name: 'New delegation', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByText('Give the delegation a name.').first().waitFor();
    await page.getByText('Choose the kind of delegation.').first().waitFor();
    await page.getByRole('textbox', { name: /^Name/ }).fill('Mozambique Nutrition Voices');
    await page.getByRole('combobox', { name: /^Kind/ }).selectOption('CIVIL_SOCIETY_ALLIANCE');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('heading', { name: 'Mozambique Nutrition Voices', level: 1 }).waitFor();
    await page.getByText('No one in this delegation yet').waitFor();
    await expectAccessible(page, 'delegations-07-delegation');

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit delegation', level: 1 }).waitFor();
    await eventually(async () => (await page.getByRole('textbox', { name: /^Name/ }).inputValue()) === 'Mozambique Nutrition Voices', 'the form to fill in');
    await page.getByLabel('Notes').fill('Joins if funding is confirmed.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Mozambique Nutrition Voices', level: 1 }).waitFor();
    await page.getByText('Joins if funding is confirmed.').waitFor();

    await page.getByRole('button', { name: 'Delete delegation' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this delegation?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('Delegation “Mozambique Nutrition Voices” deleted.').waitFor();
    await page.getByRole('heading', { name: 'Delegations', level: 1 }).waitFor();
    const delegations = page.getByRole('table', { name: 'Delegations of the route' });
    await delegations.getByRole('link', { name: 'KNV' }).waitFor();
    expect(await delegations.getByRole('link', { name: 'Mozambique Nutrition Voices' }).count()).toBe(0);

    await delegations.getByRole('link', { name: 'KNV' }).click();
    await page.getByRole('heading', { name: 'KNV', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Delete delegation' }).click();
    const refuse = page.getByRole('dialog', { name: 'Delete this delegation?' });
    await refuse.getByText('“KNV” still has 5 members').waitFor();
    await refuse.getByRole('button', { name: 'Delete' }).click();
    await refuse.getByRole('alert').waitFor();
    await refuse.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: 'KNV', level: 1 }).waitFor();
  });

  it('shows the composition targets of a civil-society route, checking numbers before saving', async () => {
    await page.goto(`${SHELL_URL}/delegations?route=${ids['zambia']}`);
    await page.getByRole('region', { name: 'Composition' }).getByRole('link', { name: 'Composition targets' }).click();
    await page.getByRole('heading', { name: 'Composition targets', level: 1 }).waitFor();
    await eventually(async () => (await page.getByLabel(/^Fewest selected participants/).inputValue()) === '21', 'the targets to load');
    expect(await page.getByRole('combobox', { name: /^Kind of route/ }).inputValue()).toBe('CIVIL_SOCIETY');
    await page.getByLabel(/^Most selected participants/).fill('many');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Give a whole number.').first().waitFor();
    await expectAccessible(page, 'delegations-08-targets');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { name: 'Delegations', level: 1 }).waitFor();
  });

  it('lists the outbox for the admin', async () => {
    await mainNav(page).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('heading', { name: 'Outbox', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Outbox' }).waitFor();
    await expectAccessible(page, 'delegations-09-outbox');
  });

  it('shows the demo participant only their own participation, which they edit themselves', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const participant = await context.newPage();
    participant.setDefaultTimeout(10_000);
    await signIn(participant, 'participant@learningroutes.org');
    const nav = mainNav(participant);
    await nav.getByRole('link', { name: 'My participation' }).waitFor();
    for (const name of ['Participants', 'Route team', 'Import participants', 'Outbox']) {
      expect(await nav.getByRole('link', { name, exact: true }).count()).toBe(0);
    }
    await nav.getByRole('link', { name: 'My participation' }).click();
    await participant.getByRole('heading', { name: 'My participation', level: 1 }).waitFor();
    await participant.getByRole('region', { name: 'Your route' }).getByText(/Learning Route Peru/).waitFor();
    const delegation = participant.getByRole('region', { name: /^Your delegation: / });
    await delegation.waitFor();
    expect(await delegation.getByRole('list', { name: 'Members of your delegation' }).getByRole('listitem').count()).toBe(2);

    const motivation = participant.getByLabel('Motivation');
    await motivation.fill('I want to see how district committees keep every sector at the table.');
    await participant.getByRole('button', { name: 'Save my application' }).click();
    await participant.getByText('Your application was saved.').waitFor();

    const consents = participant.getByRole('region', { name: 'Your consents' });
    await consents.getByRole('group', { name: 'May appear in photos, videos and posts' }).getByLabel('I do not consent').check();
    await consents.getByRole('button', { name: 'Save consents' }).click();
    await participant.getByText('Your consents were saved.').waitFor();
    await consents.getByText(/May appear in photos, videos and posts: Refused — recorded on/).waitFor();
    await expectAccessible(participant, 'delegations-06-participant-own');

    // The organisers' pages are not theirs: any other address of the section leads back here.
    await participant.goto(`${SHELL_URL}/delegations/participants`);
    await participant.getByRole('heading', { name: 'My participation', level: 1 }).waitFor();
    await participant.reload();
    await eventually(async () => (await participant.getByLabel('Motivation').inputValue()).startsWith('I want to see how district committees'), 'the saved motivation');
    await context.close();
  });

  it('works on a phone, for the admin and for the participant', async () => {
    const phone: BrowserContext = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const small = await phone.newPage();
    small.setDefaultTimeout(10_000);

    const phoneReady = (name: string, actions: Locator[]) => expectPhoneReady(small, `delegations-${name}`, actions);

    await signIn(small, 'admin@learningroutes.org');
    await small.goto(`${SHELL_URL}/delegations?route=${ids['peru']}`);
    await small.getByRole('heading', { name: 'Delegations', level: 1 }).waitFor();
    await small.getByRole('region', { name: 'Composition' }).getByText('Every hard rule holds').waitFor();
    await small.getByRole('table', { name: 'Delegations of the route' }).locator('tbody tr').nth(4).waitFor();
    await phoneReady('composition', [small.getByRole('link', { name: 'New delegation' })]);

    await small.goto(`${SHELL_URL}/delegations/participants?route=${ids['peru']}`);
    await small.getByRole('table', { name: 'Participants' }).locator('tbody tr').nth(2).waitFor();
    const bulk = small.getByRole('group', { name: 'Decide for the chosen participants' });
    await phoneReady('participants', [bulk.getByRole('button', { name: 'Select' }), bulk.getByRole('button', { name: 'Decline' })]);

    await small.getByRole('table', { name: 'Participants' }).getByRole('link').first().click();
    await small.getByRole('region', { name: 'Selection history' }).waitFor();
    await phoneReady('participant', [small.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Withdraw' })]);

    await small.goto(`${SHELL_URL}/delegations/import?route=${ids['zambia']}`);
    await small.getByRole('heading', { name: 'Import participants', level: 1 }).waitFor();
    await phoneReady('import', [small.getByRole('button', { name: 'Check the file' })]);

    await small.goto(`${SHELL_URL}/delegations/team?route=${ids['peru']}`);
    await small.getByRole('table', { name: 'Route team' }).getByRole('link', { name: 'Carolina Fuentes' }).waitFor();
    await phoneReady('team', [small.getByRole('button', { name: 'Add to the team' })]);
    await phone.close();

    const participantPhone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const own = await participantPhone.newPage();
    own.setDefaultTimeout(10_000);
    await signIn(own, 'participant@learningroutes.org');
    await own.goto(`${SHELL_URL}/delegations`);
    await own.getByRole('heading', { name: 'My participation', level: 1 }).waitFor();
    await own.getByRole('region', { name: 'Your route' }).waitFor();
    const width = await own.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(width.page).toBeLessThanOrEqual(width.screen);
    const save = own.getByRole('button', { name: 'Save my application' });
    await save.scrollIntoViewIfNeeded();
    expect(Math.round((await save.boundingBox())?.height ?? 0)).toBeGreaterThanOrEqual(40);
    expect(await accessibilityProblems(own)).toEqual([]);
    await screenshot(own, 'delegations-phone-participant-own');
    await participantPhone.close();
  });
});
