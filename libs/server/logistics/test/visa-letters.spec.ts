import { Role } from '@lr/server-core';
import { constraintsOf, type TestGateway } from '@lr/server-core/testing';
import { adminToken, createApiKey, createRoute, errorOf, fieldsOf, logisticsEditor, ok, pdfText, startLogisticsGateway, UNKNOWN_ID } from './helpers';
import { download, participantUser, selectOnRoute, travellerOnRoute, UPDATE_TRAVELLER } from './travel-helpers';

const SAVE = `mutation($input: SaveVisaLetterTemplateInput!) { saveVisaLetterTemplate(input: $input) {
  id version hostCountryCode issuerName issuerAddress signatoryName signatoryTitle(lang: FR) body(lang: FR) bodyTranslations { en fr es } hostCountry { code } } }`;
const TEMPLATE = `query($c: String!) { visaLetterTemplate(hostCountryCode: $c) { id version body(lang: ES) signatoryTitleTranslations { en fr es } } }`;
const DELETE = `mutation($c: String!, $v: Int!) { deleteVisaLetterTemplate(hostCountryCode: $c, version: $v) }`;

const BODY = {
  en: 'We invite {name}, a national of {nationality}, born on {dateOfBirth}, passport {passportNumber}, to “{routeTitle}” in {city} from {startDate} to {endDate}.\n\nThe purpose of the visit is {purpose}.',
  fr: 'Nous invitons {name}, de nationalité {nationality}, né(e) le {dateOfBirth}, passeport {passportNumber}, à « {routeTitle} » à {city} du {startDate} au {endDate}.\n\nLa visite a pour objet de {purpose}.',
};

/** Normalises the spacing a PDF's text extraction leaves between words and lines. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('visa letters', () => {
  let gw: TestGateway;
  let admin: string;
  let editor: string;

  const template = (hostCountryCode: string, extra: Record<string, unknown> = {}) => ({
    hostCountryCode,
    issuerName: 'Ministerio de Desarrollo e Inclusión Social',
    issuerAddress: 'Av. Paseo de la República 3101\nSan Isidro, Lima',
    signatoryName: 'Rosa Quispe Huamán',
    signatoryTitle: { en: 'Host focal point', fr: 'Point focal du pays hôte' },
    body: BODY,
    ...extra,
  });

  beforeAll(async () => {
    gw = await startLogisticsGateway();
    admin = await adminToken(gw);
    editor = await logisticsEditor(gw);
  });
  afterAll(() => gw?.close());

  describe('templates', () => {
    it('are created per host country, read in each language, and changed at the version read', async () => {
      const created = await ok(gw, SAVE, { input: template('BO', { body: { ...BODY, es: 'Invitamos a {name}.' } }) }, { token: editor });
      expect(created).toMatchObject({ version: 1, hostCountryCode: 'BO', signatoryTitle: 'Point focal du pays hôte', body: BODY.fr, hostCountry: { code: 'BO' } });
      expect(await ok(gw, TEMPLATE, { c: 'bo' }, { token: await gw.tokenFor(Role.VIEWER) })).toMatchObject({ id: created.id, body: 'Invitamos a {name}.', signatoryTitleTranslations: { en: 'Host focal point', fr: 'Point focal du pays hôte', es: null } });
      expect(await ok(gw, TEMPLATE, { c: 'CL' }, { token: editor })).toBeNull();
      expect(await ok(gw, `{ visaLetterPlaceholders }`, {}, { token: editor })).toEqual(['name', 'passportNumber', 'nationality', 'dateOfBirth', 'routeTitle', 'startDate', 'endDate', 'city', 'purpose']);

      // Saving as if creating, when one exists, or at a stale version: CONFLICT, nothing lost.
      expect(errorOf(await gw.graphql(SAVE, { input: template('BO') }, { token: editor }), 'CONFLICT').extensions).toMatchObject({ currentVersion: 1 });
      const changed = await ok(gw, SAVE, { input: template('BO', { version: 1, signatoryName: 'Ana Torres' }) }, { token: editor });
      expect(changed).toMatchObject({ version: 2, signatoryName: 'Ana Torres', bodyTranslations: { en: BODY.en, fr: BODY.fr, es: null } });
      errorOf(await gw.graphql(SAVE, { input: template('BO', { version: 1 }) }, { token: editor }), 'CONFLICT');
      const list = await ok(gw, `{ visaLetterTemplates { hostCountryCode } }`, {}, { token: editor });
      expect(list).toContainEqual({ hostCountryCode: 'BO' });

      errorOf(await gw.graphql(DELETE, { c: 'BO', v: 1 }, { token: editor }), 'CONFLICT');
      expect(await ok(gw, DELETE, { c: 'BO', v: 2 }, { token: editor })).toBe(created.id);
      expect(await ok(gw, TEMPLATE, { c: 'BO' }, { token: editor })).toBeNull();
      // Saving at a version when it is gone is not silently a creation.
      errorOf(await gw.graphql(SAVE, { input: template('BO', { version: 2 }) }, { token: editor }), 'CONFLICT');
    });

    it('refuse unknown placeholders by name, stray braces, a missing English body, blanks and unknown countries', async () => {
      const res = await gw.graphql(
        SAVE,
        { input: template('XX', { issuerName: '  ', body: { fr: 'Nous invitons {nom}, passeport {passportNumber}.', es: 'Invitamos a {name' } }) },
        { token: editor },
      );
      expect(fieldsOf(res)).toEqual([
        { path: 'input.issuerName', message: 'must not be blank' },
        { path: 'input.body.en', message: 'is required: letters fall back to English for travellers whose language has no version' },
        { path: 'input.body.fr', message: expect.stringMatching(/^\{nom\} is not a placeholder; use \{name\}, \{passportNumber\}, \{nationality\}/) },
        { path: 'input.body.es', message: 'has a brace that opens or closes no placeholder' },
        { path: 'input.hostCountryCode', message: 'no country has the code XX' },
      ]);
      expect(constraintsOf(res)).toEqual([
        { path: 'input.issuerName', constraint: 'isNotEmpty' },
        { path: 'input.body.en', constraint: 'englishBody' },
        { path: 'input.body.fr', constraint: 'knownPlaceholders' },
        { path: 'input.body.es', constraint: 'matchedBraces' },
        { path: 'input.hostCountryCode', constraint: undefined },
      ]);
    });

    it('are written by admins and logistics editors only', async () => {
      for (const token of [await gw.tokenFor(Role.VIEWER), await gw.tokenFor(Role.EDITOR, ['delegations'])]) {
        errorOf(await gw.graphql(SAVE, { input: template('EC') }, { token }), 'FORBIDDEN');
      }
      expect((await ok(gw, SAVE, { input: template('EC') }, { token: admin })).version).toBe(1);
    });
  });

  describe('the letter', () => {
    let routeId: string;
    const details = { passportNumber: 'gt 7654321', passportExpiry: '2030-01-31', nationalityCode: 'GT', dateOfBirth: '1985-07-14' };

    beforeAll(async () => {
      await ok(gw, SAVE, { input: template('PE') }, { token: admin });
      routeId = (await createRoute(gw, { startDate: '2025-05-12', endDate: '2025-05-19' })).id;
      const settings = await ok(gw, `query($r: ID!) { routeLogistics(routeId: $r) { version } }`, { r: routeId }, { token: editor });
      await ok(gw, `mutation($i: UpdateRouteLogisticsInput!) { updateRouteLogistics(input: $i) { id } }`, { i: { routeId, version: settings.version, capitalCity: 'Lima' } }, { token: editor });
    });

    it("is a PDF in the traveller's language: letterhead, their name and passport, the route's dates written in French, the signatory", async () => {
      const t = await travellerOnRoute(gw, routeId, 'GT', { ...details, letterLanguage: 'FR' });
      const { url } = { url: (await ok(gw, `query($id: ID!) { traveller(id: $id) { visaLetterUrl } }`, { id: t.id }, { token: editor })).visaLetterUrl };
      const res = await download(gw, url, editor);
      expect(res.status).toBe(200);
      expect(res.contentType).toBe('application/pdf');
      expect(res.disposition).toMatch(/^attachment; filename="visa-letter-traveller-person-\d+-\d+\.pdf"$/);
      const person = await ok(gw, `query($id: ID!) { person(id: $id) { givenName familyName } }`, { id: t.personId }, { token: admin });
      const { text, pages } = await pdfText(res.bytes);
      const letter = flat(text);
      expect(pages).toBe(1);
      for (const expected of [
        'Ministerio de Desarrollo e Inclusión Social',
        'San Isidro, Lima',
        `${person.givenName} ${person.familyName}`,
        'GT7654321',
        'de nationalité Guatemala',
        'né(e) le 14 juillet 1985',
        'du 12 mai 2025 au 19 mai 2025',
        'à Lima',
        'section consulaire',
        'Madame, Monsieur,',
        'participer, en tant que membre d’une délégation invitée',
        'Rosa Quispe Huamán',
        'Point focal du pays hôte',
      ]) {
        expect(letter).toContain(expected);
      }
      expect(letter).not.toMatch(/\{\w+\}/);
    });

    it('falls back to English when the template has no version in their language', async () => {
      const t = await travellerOnRoute(gw, routeId, 'BJ', { ...details, letterLanguage: 'ES' });
      const letter = flat((await pdfText((await download(gw, `/logistics/travellers/${t.id}/visa-letter.pdf`, admin)).bytes)).text);
      expect(letter).toContain('from 12 May 2025 to 19 May 2025');
      expect(letter).toContain('Dear Sir or Madam,');
    });

    it('is refused, naming the missing passport fields, while passport details are missing', async () => {
      const t = await travellerOnRoute(gw, routeId, 'TZ', { nationalityCode: 'TZ' });
      const res = await download(gw, `/logistics/travellers/${t.id}/visa-letter.pdf`, editor);
      expect(res.status).toBe(400);
      const [error] = res.json().errors;
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fields.map((f: { path: string; message: string }) => [f.path, f.message])).toEqual([
        ['passportNumber', "is missing: the visa letter prints the traveller's passport number"],
        ['dateOfBirth', "is missing: the visa letter prints the traveller's date of birth"],
      ]);
    });

    it('is refused clearly when the host country has no template', async () => {
      const senegal = (await createRoute(gw, { hostCountryCode: 'SN' })).id;
      const t = await travellerOnRoute(gw, senegal, 'GT', details);
      const res = await download(gw, `/logistics/travellers/${t.id}/visa-letter.pdf`, editor);
      expect(res.status).toBe(409);
      const [error] = res.json().errors;
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', missing: ['VISA_LETTER_TEMPLATE'], hostCountryCode: 'SN' });
      expect(error.message).toMatch(/^Senegal \(SN\) has no visa letter template yet/);
    });

    it('is for admins, logistics editors and the traveller themself; NOT_FOUND to those who may not read the record', async () => {
      const t = await travellerOnRoute(gw, routeId, 'LA', details);
      const path = `/logistics/travellers/${t.id}/visa-letter.pdf`;
      expect((await download(gw, path, await participantUser(gw, t.personId))).status).toBe(200);
      const viewer = await download(gw, path, await gw.tokenFor(Role.VIEWER));
      expect([viewer.status, viewer.json().errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      expect((await download(gw, path, await gw.tokenFor(Role.EDITOR, ['delegations']))).status).toBe(403);
      const someoneElse = await selectOnRoute(gw, (await createRoute(gw)).id);
      expect((await download(gw, path, await participantUser(gw, someoneElse.personId))).status).toBe(404);
      const { key } = await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA']);
      const partner = await fetch(`${gw.url}${path}`, { headers: { 'x-api-key': key } });
      expect(partner.status).toBe(404);
      expect((await download(gw, path)).status).toBe(401);
      expect((await download(gw, `/logistics/travellers/${UNKNOWN_ID}/visa-letter.pdf`, admin)).status).toBe(404);
    });

    it('is not offered once the passport details are cleared', async () => {
      const t = await travellerOnRoute(gw, routeId, 'SL', details);
      expect((await download(gw, `/logistics/travellers/${t.id}/visa-letter.pdf`, admin)).status).toBe(200);
      await ok(gw, UPDATE_TRAVELLER, { input: { id: t.id, version: t.version, nationalityCode: null } }, { token: admin });
      const res = await download(gw, `/logistics/travellers/${t.id}/visa-letter.pdf`, admin);
      expect(res.json().errors[0].extensions.fields).toEqual([expect.objectContaining({ path: 'nationalityCode' })]);
    });
  });
});
