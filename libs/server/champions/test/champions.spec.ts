import { Role } from '@lr/server-core';
import type { TestGateway } from '@lr/server-core/testing';
import { createChampion, createPerson, insertPractice, linkPractice, addTraining, createRoute, startChampionsGateway } from './champions-gateway';
import { UNKNOWN_ID, errorOf, fieldsOf, ok } from './helpers';

const CREATE = `mutation($input: CreateChampionInput!) {
  createChampion(input: $input) {
    id version personId languages expertiseTags bio bioTranslations { en fr es } thematicAreas { code }
    consentToContact consentToContactDate consentToPhotograph consentToPhotographDate
    person { givenName contactConsent contactConsentDate } practices { id } trainings { id } trained averageRating feedbackCount
  }
}`;
const UPDATE = `mutation($input: UpdateChampionInput!) { updateChampion(input: $input) { id version languages expertiseTags bio consentToContact consentToContactDate } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteChampion(id: $id, version: $version) }`;
const today = () => new Date().toISOString().slice(0, 10);

describe('champions: create, update, delete', () => {
  let gw: TestGateway;
  let editor: string;
  let areaId: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['core', 'champions']);
    areaId = (await ok(gw, `mutation { createThematicArea(input: { code: "community-nutrition", name: { en: "Community nutrition" } }) { id } }`, {}, { token: editor })).id;
  });
  afterAll(() => gw.close());

  it('creates a champion with expertise, bio and consent dated today (recorded on the person); languages default to the person’s', async () => {
    const personId = await createPerson(gw, editor, { languages: ['es', 'qu'] });
    const champion = await ok(
      gw,
      CREATE,
      { input: { personId, thematicAreaIds: [areaId], expertiseTags: [' home visits ', 'Home visits', 'growth monitoring'], bio: { en: 'Health agent', es: ' Agente de salud ' }, consentToContact: true } },
      { token: editor, language: 'es' },
    );
    expect(champion).toMatchObject({
      version: 1,
      personId,
      languages: ['es', 'qu'],
      expertiseTags: ['home visits', 'growth monitoring'],
      bio: 'Agente de salud',
      bioTranslations: { en: 'Health agent', fr: null, es: 'Agente de salud' },
      thematicAreas: [{ code: 'community-nutrition' }],
      consentToContact: true,
      consentToContactDate: today(),
      consentToPhotograph: false,
      consentToPhotographDate: null,
      person: { givenName: 'Ana', contactConsent: true, contactConsentDate: today() },
      practices: [],
      trainings: [],
      trained: false,
      averageRating: null,
      feedbackCount: 0,
    });
  });

  it('keeps one champion record per person: a second one is a CONFLICT', async () => {
    const { personId, id } = await createChampion(gw, editor);
    const res = await gw.graphql(CREATE, { input: { personId } }, { token: editor });
    expect(errorOf(res, 'CONFLICT').extensions).toMatchObject({ championId: id });
  });

  it('reports every invalid field with its path', async () => {
    const res = await gw.graphql(
      CREATE,
      { input: { personId: UNKNOWN_ID, thematicAreaIds: [areaId, UNKNOWN_ID], consentToPhotograph: true, consentToPhotographDate: '2999-01-01' } },
      { token: editor },
    );
    expect(fieldsOf(res)).toEqual([
      { path: 'input.personId', message: `no person has the id ${UNKNOWN_ID}` },
      { path: 'input.thematicAreaIds.1', message: `no thematic area has the id ${UNKNOWN_ID}` },
      { path: 'input.consentToPhotographDate', message: 'cannot be in the future' },
    ]);
  });

  it('refuses malformed values before reaching the service', async () => {
    const personId = await createPerson(gw, editor);
    const res = await gw.graphql(CREATE, { input: { personId, languages: ['es', 'Spanish'], consentToPhotographDate: '2014-02-30' } }, { token: editor });
    expect(fieldsOf(res).map((f) => f.path).sort()).toEqual(['input.consentToPhotographDate', 'input.languages']);
  });

  it('updates fields, records when consent changes and bumps the version', async () => {
    const { id, version, personId } = await createChampion(gw, editor, { consentToContact: true });
    // An answer recorded earlier, as the person's own record says.
    await gw.dataSource.query(`UPDATE person SET contact_consent_date = '2014-05-01' WHERE id = $1`, [personId]);
    const updated = await ok(gw, UPDATE, { input: { id, version, languages: ['fr'], bio: { fr: 'Relais communautaire' }, consentToContact: false } }, { token: editor, language: 'fr' });
    expect(updated).toMatchObject({ version: version + 1, languages: ['fr'], bio: 'Relais communautaire', consentToContact: false, consentToContactDate: today() });
    // Sending the same answer again keeps the day it was given.
    const again = await ok(gw, UPDATE, { input: { id, version: version + 1, consentToContact: false } }, { token: editor });
    expect(again.consentToContactDate).toBe(today());
    // Consent is the person's: the core's person record says the same.
    expect(await ok(gw, `query($id: ID!) { person(id: $id) { contactConsent contactConsentDate } }`, { id: personId }, { token: editor })).toEqual({ contactConsent: false, contactConsentDate: today() });
  });

  it("reads contact consent from the person, whoever recorded it", async () => {
    const { id, personId } = await createChampion(gw, editor);
    const CONSENT = `query($id: ID!) { champion(id: $id) { consentToContact consentToContactDate } }`;
    expect(await ok(gw, CONSENT, { id }, { token: editor })).toEqual({ consentToContact: false, consentToContactDate: null });
    const { version } = await ok(gw, `query($id: ID!) { person(id: $id) { version } }`, { id: personId }, { token: editor });
    await ok(gw, `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { id: personId, version, contactConsent: true } }, { token: editor });
    expect(await ok(gw, CONSENT, { id }, { token: editor })).toEqual({ consentToContact: true, consentToContactDate: today() });
    // No copy of it is kept on the champion.
    const columns = await gw.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'champion' AND column_name LIKE 'consent_to_contact%'`);
    expect(columns).toEqual([]);
  });

  it('refuses a stale version with CONFLICT carrying the current one, and changes nothing', async () => {
    const { id, version } = await createChampion(gw, editor);
    await ok(gw, UPDATE, { input: { id, version, expertiseTags: ['first'] } }, { token: editor });
    const res = await gw.graphql(UPDATE, { input: { id, version, expertiseTags: ['second'] } }, { token: editor });
    expect(errorOf(res, 'CONFLICT').extensions).toMatchObject({ entity: 'Champion', id, expectedVersion: version, currentVersion: version + 1 });
    errorOf(await gw.graphql(DELETE, { id, version }, { token: editor }), 'CONFLICT');
    const [row] = await gw.dataSource.query(`SELECT expertise_tags, version FROM champion WHERE id = $1`, [id]);
    expect(row).toEqual({ expertise_tags: ['first'], version: version + 1 });
  });

  it('deletes a champion with their links, trainings and feedback, each in the audit trail', async () => {
    const { id, version, personId } = await createChampion(gw, editor);
    await linkPractice(gw, editor, id, await insertPractice(gw));
    await addTraining(gw, editor, id);
    const routeId = await createRoute(gw, editor);
    await ok(gw, `mutation($c: ID!, $r: ID!) { addChampionFeedback(input: { championId: $c, routeId: $r, rating: 4 }) { id } }`, { c: id, r: routeId }, { token: editor });
    expect(await ok(gw, DELETE, { id, version }, { token: editor })).toBe(id);
    for (const table of ['champion', 'champion_practice', 'champion_training', 'champion_feedback']) {
      const [{ n }] = await gw.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${table === 'champion' ? 'id' : 'champion_id'} = $1`, [id]);
      expect([table, n]).toEqual([table, 0]);
    }
    const audited = await gw.dataSource.query(`SELECT entity_type FROM audit_entry WHERE action = 'DELETE' AND request_id IS NOT NULL ORDER BY entity_type`);
    expect(audited.map((r: { entity_type: string }) => r.entity_type)).toEqual(expect.arrayContaining(['Champion', 'ChampionFeedback', 'ChampionPractice', 'ChampionTraining']));
    // The person stays: they are a core record, the champion role was removed.
    expect(await ok(gw, `query($id: ID!) { person(id: $id) { id } }`, { id: personId }, { token: editor })).toEqual({ id: personId });
    errorOf(await gw.graphql(`query($id: ID!) { champion(id: $id) { id } }`, { id }, { token: editor }), 'NOT_FOUND');
  });

  it('says NOT_FOUND for an unknown or malformed id', async () => {
    errorOf(await gw.graphql(`query($id: ID!) { champion(id: $id) { id } }`, { id: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
    errorOf(await gw.graphql(`query { champion(id: "nope") { id } }`, {}, { token: editor }), 'NOT_FOUND');
    errorOf(await gw.graphql(DELETE, { id: UNKNOWN_ID, version: 1 }, { token: editor }), 'NOT_FOUND');
  });
});
