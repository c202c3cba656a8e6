import type { Browser, Page } from 'playwright-core';
import { waitForValue } from '../src/browser';
import { closeHarness, openPhone, openSignedInHarness } from '../src/harness';
import { gql } from '../src/helpers';
import { expectPhoneReady } from '../src/phone';
import { SHELL_URL, type PortalStack } from '../src/stack';

interface ProgrammeCriteria {
  source: string;
  setKey: string;
  chosenSetKey: string | null;
  criteria: { id: string; code: string; weight: number }[];
}

// One programme's assessment criteria as an admin sets them up: from the fallback set to a chosen
// default set, then a set of its own whose weights are saved whole; deleting asks first.
describe('a programme’s assessment criteria in the admin section, in a real browser', () => {
  let stack: PortalStack;
  let browser: Browser;
  let page: Page;
  let token = '';
  const name = `Criteria programme ${Date.now().toString(36)}`;
  let programmeId = '';

  const stored = async (): Promise<ProgrammeCriteria> =>
    (
      await gql<{ programmeCriteria: ProgrammeCriteria }>(
        stack.apiUrl,
        token,
        'query($p: ID!) { programmeCriteria(programmeId: $p) { source setKey chosenSetKey criteria { id code weight } } }',
        { p: programmeId },
      )
    ).programmeCriteria;
  // By role: a required field's label text ends with a "*" that is hidden from its accessible name.
  const codeField = () => page.getByRole('textbox', { name: 'Code', exact: true });
  const totalLine = () => page.getByRole('status').filter({ hasText: 'Total of the weights' });

  beforeAll(async () => {
    ({ stack, browser, page, token } = await openSignedInHarness('admin@learningroutes.org'));
    programmeId = (
      await gql<{ createProgramme: { id: string } }>(
        stack.apiUrl,
        token,
        'mutation($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        { input: { name: { en: name }, startDate: '2031-01-01', endDate: '2031-12-31' } },
      )
    ).createProgramme.id;
  }, 180_000);

  afterAll(() => closeHarness({ stack, browser }), 120_000);

  it('opens from the programme and chooses a default set instead of the fallback', async () => {
    await page.goto(`${SHELL_URL}/admin/programmes/${programmeId}`);
    await page.getByRole('heading', { level: 1, name: 'Edit programme' }).waitFor();
    await page.getByRole('link', { name: 'Assessment criteria of this programme' }).click();
    await page.getByRole('heading', { level: 1, name: `Assessment criteria of ${name}` }).waitFor();
    await page
      .getByText(
        /has chosen no criteria, so it assesses practices with the default set used by every such programme: The seven characteristics of a best practice\./,
      )
      .waitFor();
    await page.getByText('It has no criteria of its own yet.').waitFor();

    await page.getByLabel('Criteria set').selectOption('SUITABILITY_BOX');
    await page.getByRole('button', { name: 'Use this set' }).click();
    await page.getByText('Default set chosen.').first().waitFor();
    await page
      .getByText(
        'This programme assesses practices with the default set it chose: The suitability box.',
      )
      .waitFor();
    // A default set is shown read only here: its weights count for every programme using it.
    await page.getByRole('heading', { name: 'Criteria of The suitability box' }).waitFor();
    const box = await gql<{ assessmentCriteria: { weight: number }[] }>(
      stack.apiUrl,
      token,
      '{ assessmentCriteria(setKey: "SUITABILITY_BOX") { weight } }',
    );
    const boxTotal = box.assessmentCriteria.reduce((sum, c) => sum + c.weight, 0);
    await page.getByText(`Total of the weights: ${boxTotal}`, { exact: true }).waitFor();
    expect(await stored()).toMatchObject({
      source: 'CHOSEN_SET',
      setKey: 'SUITABILITY_BOX',
      chosenSetKey: 'SUITABILITY_BOX',
    });
  }, 120_000);

  it('starts a set of its own, in three languages, with the API’s refusal of a code used twice in words', async () => {
    const add = async (
      code: string,
      en: string,
      weight: string,
      others: { fr?: string; es?: string; description?: string } = {},
    ) => {
      await codeField().fill(code);
      await page.getByRole('textbox', { name: 'Weight', exact: true }).fill(weight);
      await page.getByLabel('Name (English)').fill(en);
      if (others.fr) await page.getByLabel('Name (French)').fill(others.fr);
      if (others.es) await page.getByLabel('Name (Spanish)').fill(others.es);
      if (others.description)
        await page.getByLabel('Description (English)').fill(others.description);
      await page.getByRole('button', { name: 'Add the criterion' }).click();
    };
    await page.getByRole('heading', { name: 'Add a criterion of its own' }).waitFor();
    // Checked in the browser first, next to the field.
    await add('community ownership', 'Community ownership', '4');
    await page
      .getByText('Write 2 to 60 capitals, digits or underscores, starting with a letter.')
      .first()
      .waitFor();
    await add('COMMUNITY_OWNERSHIP', 'Community ownership', '4', {
      fr: 'Appropriation communautaire',
      es: 'Apropiación comunitaria',
      description: 'The community runs the practice itself.',
    });
    await page
      .getByText('This programme assesses practices with its own criteria, listed below.')
      .waitFor();
    // The form is empty again, ready for the next criterion.
    await waitForValue(codeField(), '');
    await add('REACH', 'Reach', '1');
    await totalLine().getByText('Total of the weights: 5', { exact: true }).waitFor();
    // Only the API knows the programme's codes: its field refusal is shown on the field, translated.
    await add('REACH', 'Reach again', '1');
    await page.getByText('The programme already has a criterion with this code.').first().waitFor();
    // Given up: the form back as it was, so leaving the page does not ask about unsaved changes.
    await codeField().fill('');
    await page.getByLabel('Name (English)').fill('');

    const own = await stored();
    expect(own).toMatchObject({
      source: 'OWN',
      setKey: 'PROGRAMME',
      chosenSetKey: 'SUITABILITY_BOX',
    });
    expect(own.criteria.map((c) => [c.code, c.weight])).toEqual([
      ['COMMUNITY_OWNERSHIP', 4],
      ['REACH', 1],
    ]);
    const texts = await gql<{
      programmeCriteria: { criteria: { nameTranslations: Record<string, string | null> }[] };
    }>(
      stack.apiUrl,
      token,
      'query($p: ID!) { programmeCriteria(programmeId: $p) { criteria { nameTranslations { en fr es } } } }',
      { p: programmeId },
    );
    expect(texts.programmeCriteria.criteria[0].nameTranslations).toEqual({
      en: 'Community ownership',
      fr: 'Appropriation communautaire',
      es: 'Apropiación comunitaria',
    });
  }, 120_000);

  it('shows the total change as a weight is typed, saves the weights, and keeps them after a reload', async () => {
    await totalLine().getByText('Total of the weights: 5', { exact: true }).waitFor();
    await page.getByLabel('Community ownership', { exact: true }).fill('9');
    await totalLine().getByText('Total of the weights: 10', { exact: true }).waitFor();
    await page.getByText('90% of the score', { exact: true }).waitFor();
    await page.getByText('10% of the score', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Weights saved.').first().waitFor();
    expect((await stored()).criteria.map((c) => c.weight)).toEqual([9, 1]);

    await page.reload();
    await totalLine().getByText('Total of the weights: 10', { exact: true }).waitFor();
    await waitForValue(page.getByLabel('Community ownership', { exact: true }), '9');
    await waitForValue(page.getByLabel('Reach', { exact: true }), '1');
  }, 120_000);

  it('edits a criterion’s name in another language', async () => {
    await page.getByRole('button', { name: 'Edit: Reach', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit the criterion Reach' }).waitFor();
    await page.getByLabel('Name (French)').fill('Portée');
    await page
      .getByRole('form', { name: 'Edit the criterion Reach' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    await page.getByText('Criterion saved.').first().waitFor();
    await page.getByRole('heading', { name: 'Add a criterion of its own' }).waitFor();
    const texts = await gql<{
      programmeCriteria: { criteria: { code: string; nameTranslations: { fr: string | null } }[] };
    }>(
      stack.apiUrl,
      token,
      'query($p: ID!) { programmeCriteria(programmeId: $p) { criteria { code nameTranslations { fr } } } }',
      { p: programmeId },
    );
    expect(
      texts.programmeCriteria.criteria.find((c) => c.code === 'REACH')?.nameTranslations.fr,
    ).toBe('Portée');
  }, 120_000);

  it('asks before deleting a criterion, and says in words why one already scored cannot go', async () => {
    await page.getByRole('button', { name: 'Delete: Reach', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the criterion Reach?' });
    await dialog.getByText(/cannot be deleted/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await stored()).criteria.map((c) => c.code)).toEqual(['COMMUNITY_OWNERSHIP', 'REACH']);

    await page.getByRole('button', { name: 'Delete: Reach', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText('Criterion deleted.').first().waitFor();
    await totalLine().getByText('Total of the weights: 9', { exact: true }).waitFor();
    expect((await stored()).criteria.map((c) => c.code)).toEqual(['COMMUNITY_OWNERSHIP']);

    // A submitted assessment scores the programme's remaining criterion: deleting it would change its result.
    const me = (await gql<{ me: { id: string } }>(stack.apiUrl, token, '{ me { id } }')).me.id;
    const practice = (
      await gql<{ createPractice: { id: string } }>(
        stack.apiUrl,
        token,
        'mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }',
        {
          input: { title: { en: `Scored practice ${name}` }, countryCode: 'PE', level: 'DISTRICT' },
        },
      )
    ).createPractice.id;
    const assessment = (
      await gql<{ assignAssessor: { id: string; version: number } }>(
        stack.apiUrl,
        token,
        'mutation($input: AssignAssessorInput!) { assignAssessor(input: $input) { id version } }',
        { input: { practiceId: practice, assessorId: me, programmeId } },
      )
    ).assignAssessor;
    const [criterion] = (await stored()).criteria;
    await gql(
      stack.apiUrl,
      token,
      'mutation($input: SaveAssessmentInput!) { saveAssessment(input: $input) { id } }',
      {
        input: {
          id: assessment.id,
          version: assessment.version,
          scores: [{ criterionId: criterion.id, score: 4, comment: 'Seen' }],
          submit: true,
        },
      },
    );

    await page.getByRole('button', { name: 'Delete: Community ownership', exact: true }).click();
    const scored = page.getByRole('dialog', { name: 'Delete the criterion Community ownership?' });
    await scored.getByRole('button', { name: 'Delete', exact: true }).click();
    await scored
      .getByText(
        'It is scored in 1 submitted assessment, so it cannot be deleted: that would change its result.',
      )
      .waitFor();
    await scored.getByRole('button', { name: 'Cancel' }).click();
    expect((await stored()).criteria.map((c) => c.code)).toEqual(['COMMUNITY_OWNERSHIP']);
  }, 120_000);

  it('copies the set a programme assesses with into its own, to adjust from there', async () => {
    const other = (
      await gql<{ createProgramme: { id: string } }>(
        stack.apiUrl,
        token,
        'mutation { createProgramme(input: { name: { en: "Copy programme" } }) { id } }',
      )
    ).createProgramme.id;
    await page.goto(`${SHELL_URL}/admin/programmes/${other}/criteria`);
    await page
      .getByRole('heading', { level: 1, name: 'Assessment criteria of Copy programme' })
      .waitFor();
    await page
      .getByRole('button', {
        name: 'Copy The seven characteristics of a best practice into its own set',
      })
      .click();
    await page
      .getByText('Criteria copied: the programme now assesses with its own set.')
      .first()
      .waitFor();
    const copied = await gql<{ programmeCriteria: ProgrammeCriteria }>(
      stack.apiUrl,
      token,
      'query($p: ID!) { programmeCriteria(programmeId: $p) { source setKey chosenSetKey criteria { id code weight } } }',
      { p: other },
    );
    expect(copied.programmeCriteria).toMatchObject({ source: 'OWN', setKey: 'PROGRAMME' });
    expect(copied.programmeCriteria.criteria).toHaveLength(7);
    // Its own rows now carry the edit and delete buttons.
    await page
      .getByRole('button', { name: /^Delete: / })
      .first()
      .waitFor();
  }, 120_000);

  it('fits a phone', async () => {
    const phone = await openPhone(browser, 'admin@learningroutes.org');
    await phone.goto(`${SHELL_URL}/admin/programmes/${programmeId}/criteria`);
    await phone
      .getByRole('heading', { level: 1, name: `Assessment criteria of ${name}` })
      .waitFor();
    await phone.getByText('Total of the weights: 9', { exact: true }).waitFor();
    await expectPhoneReady(phone, 'admin-programme-criteria', [
      phone.getByRole('button', { name: 'Use this set' }),
      phone.getByRole('button', { name: 'Delete: Community ownership', exact: true }),
      phone.getByRole('button', { name: 'Save', exact: true }),
      phone.getByRole('button', { name: 'Add the criterion' }),
    ]);
    await phone.context().close();
  }, 120_000);
});
