import { Role } from '@lr/server-core';
import { assertRealPostgres, constraintsOf } from '@lr/server-core/testing';
import { SAVE_ASSESSMENT, assignReviewer, createPractice, createProgramme, defaultCriteria, errorOf, ok, startPracticesGateway, UNKNOWN_ID, type PracticesGateway } from './practices-gateway';

const PROGRAMME_CRITERIA = `query($p: ID!) { programmeCriteria(programmeId: $p) { programmeId source setKey chosenSetKey criteria { id code weight version } } }`;
const CHOOSE = `mutation($p: ID!, $s: String!) { chooseProgrammeCriteriaSet(programmeId: $p, setKey: $s) { code } }`;
const CREATE = `mutation($input: CreateAssessmentCriterionInput!) { createAssessmentCriterion(input: $input) { id code weight version } }`;
const UPDATE = `mutation($input: UpdateAssessmentCriterionInput!) { updateAssessmentCriterion(input: $input) { id weight version } }`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteAssessmentCriterion(id: $id, version: $version) }`;
const SET_WEIGHTS = `mutation($input: SetCriteriaWeightsInput!) { setCriteriaWeights(input: $input) { id weight version } }`;

interface Row {
  id: string;
  code: string;
  weight: number;
  version: number;
}
interface ProgrammeCriteria {
  programmeId: string;
  source: string;
  setKey: string;
  chosenSetKey: string | null;
  criteria: Row[];
}

/** A programme's criteria with their source, and the default sets kept for admins; on the real PostgreSQL. */
describe('programmeCriteria and who changes the default sets', () => {
  let gw: PracticesGateway;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    assertRealPostgres(gw.database);
    admin = await gw.tokenFor(Role.ADMIN);
    editor = await gw.tokenFor(Role.EDITOR, ['practices', 'core']);
  });
  afterAll(() => gw.close());

  const read = (programmeId: string, token = editor): Promise<ProgrammeCriteria> => ok(gw, PROGRAMME_CRITERIA, { p: programmeId }, { token });
  const summary = (c: ProgrammeCriteria) => [c.source, c.setKey, c.chosenSetKey, c.criteria.map((r) => r.code)];

  it('says where the criteria come from: the fallback, then the chosen set, then its own, and back', async () => {
    const programmeId = await createProgramme(gw, editor, 'Source programme');
    const best = (await defaultCriteria(gw, editor)).map((c) => c.code);
    const box = (await defaultCriteria(gw, editor, 'SUITABILITY_BOX')).map((c) => c.code);
    expect(summary(await read(programmeId))).toEqual(['FALLBACK', 'BEST_PRACTICE_7', null, best]);
    // Choosing the fallback's set is still a choice: the programme keeps it if the fallback ever changes.
    await ok(gw, CHOOSE, { p: programmeId, s: 'BEST_PRACTICE_7' }, { token: editor });
    expect(summary(await read(programmeId))).toEqual(['CHOSEN_SET', 'BEST_PRACTICE_7', 'BEST_PRACTICE_7', best]);
    await ok(gw, CHOOSE, { p: programmeId, s: 'SUITABILITY_BOX' }, { token: editor });
    expect(summary(await read(programmeId))).toEqual(['CHOSEN_SET', 'SUITABILITY_BOX', 'SUITABILITY_BOX', box]);

    const own: Row = await ok(gw, CREATE, { input: { programmeId, code: 'REACH', name: { en: 'Reach', fr: 'Portée', es: 'Alcance' }, weight: 3 } }, { token: editor });
    const ownSet = await read(programmeId);
    // Its own criteria come first; the choice is kept for when they are gone.
    expect(summary(ownSet)).toEqual(['OWN', 'PROGRAMME', 'SUITABILITY_BOX', ['REACH']]);
    expect(ownSet.programmeId).toBe(programmeId);
    expect(await ok(gw, DELETE, { id: own.id, version: own.version }, { token: editor })).toBe(own.id);
    expect(summary(await read(programmeId))).toEqual(['CHOSEN_SET', 'SUITABILITY_BOX', 'SUITABILITY_BOX', box]);
  });

  it('answers NOT_FOUND for a programme that does not exist', async () => {
    errorOf(await gw.graphql(PROGRAMME_CRITERIA, { p: UNKNOWN_ID }, { token: editor }), 'NOT_FOUND');
  });

  it('refuses a practices editor every change to a default set, and changes nothing', async () => {
    const before = await defaultCriteria(gw, admin, 'SUITABILITY_BOX');
    const set: Row[] = await ok(gw, `{ assessmentCriteria(setKey: "SUITABILITY_BOX") { id code weight version } }`, {}, { token: admin });
    const weights = set.map((c) => ({ criterionId: c.id, weight: 9, version: c.version }));
    const refusals = [
      await gw.graphql(SET_WEIGHTS, { input: { setKey: 'SUITABILITY_BOX', weights } }, { token: editor }),
      await gw.graphql(UPDATE, { input: { id: set[0].id, version: set[0].version, weight: 9 } }, { token: editor }),
      await gw.graphql(DELETE, { id: set[0].id, version: set[0].version }, { token: editor }),
    ];
    for (const refused of refusals) expect(errorOf(refused, 'FORBIDDEN').message).toMatch(/Only admins may change a default criteria set/);
    expect(await defaultCriteria(gw, admin, 'SUITABILITY_BOX')).toEqual(before);
    // An admin may, as before.
    const saved: Row[] = await ok(gw, SET_WEIGHTS, { input: { setKey: 'SUITABILITY_BOX', weights } }, { token: admin });
    expect(saved.map((c) => c.weight)).toEqual(set.map(() => 9));
  });

  it('lets a practices editor build a programme’s own set and set its weights; a code is used once', async () => {
    const programmeId = await createProgramme(gw, editor, 'Editor’s own set');
    for (const code of ['REACH', 'COST']) await ok(gw, CREATE, { input: { programmeId, code, name: { en: code }, weight: 1 } }, { token: editor });
    const again = await gw.graphql(CREATE, { input: { programmeId, code: 'REACH', name: { en: 'Again' }, weight: 1 } }, { token: editor });
    expect(constraintsOf(again)).toEqual([{ path: 'input.code', constraint: 'codeTaken' }]);
    const own = (await read(programmeId)).criteria;
    const saved: Row[] = await ok(gw, SET_WEIGHTS, { input: { programmeId, weights: own.map((c, i) => ({ criterionId: c.id, weight: 60 + i * 10, version: c.version })) } }, { token: editor });
    expect(saved.map((c) => c.weight)).toEqual([60, 70]);
  });

  it('refuses to delete an own criterion a submitted assessment scored, counting those assessments', async () => {
    const programmeId = await createProgramme(gw, editor, 'Scored programme');
    const criterion: Row = await ok(gw, CREATE, { input: { programmeId, code: 'REACH', name: { en: 'Reach' }, weight: 2 } }, { token: editor });
    const { id: practiceId } = await createPractice(gw, editor);
    const { token, assessment } = await assignReviewer(gw, editor, practiceId, programmeId);
    await ok(gw, SAVE_ASSESSMENT, { input: { id: assessment.id, version: assessment.version, scores: [{ criterionId: criterion.id, score: 4, comment: 'Seen' }], submit: true } }, { token });
    const refused = errorOf(await gw.graphql(DELETE, { id: criterion.id, version: criterion.version }, { token: editor }), 'CONFLICT');
    expect(refused.extensions).toMatchObject({ criterionId: criterion.id, submittedAssessments: 1 });
    expect((await read(programmeId)).criteria.map((c) => c.id)).toEqual([criterion.id]);
  });

  it('starts a programme’s own set as a copy of a default set, once, even when two copies race', async () => {
    const COPY = `mutation($p: ID!, $s: String!) { copyCriteriaSetToProgramme(programmeId: $p, setKey: $s) { code weight programmeId setKey } }`;
    const programmeId = await createProgramme(gw, editor);
    const unknown = errorOf(await gw.graphql(COPY, { p: programmeId, s: 'NO_SUCH_SET' }, { token: editor }), 'BAD_USER_INPUT');
    expect(unknown.extensions!['fields']).toEqual([expect.objectContaining({ path: 'setKey' })]);

    const results = await Promise.all([0, 1].map(() => gw.graphql(COPY, { p: programmeId, s: 'SUITABILITY_BOX' }, { token: editor })));
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.['code'] : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const refused = results.find((r) => r.errors)!.errors![0];
    expect(refused.extensions).toMatchObject({ constraint: 'ownCriteriaExist' });

    const copied = results.find((r) => !r.errors)!.data!['copyCriteriaSetToProgramme'] as { code: string; weight: number; programmeId: string; setKey: string }[];
    const defaults = (await ok(gw, `query { assessmentCriteria(setKey: "SUITABILITY_BOX") { code weight } }`, {}, { token: editor })) as { code: string; weight: number }[];
    expect(copied.map(({ code, weight }) => ({ code, weight }))).toEqual(defaults);
    expect(new Set(copied.map((c) => `${c.programmeId}:${c.setKey}`))).toEqual(new Set([`${programmeId}:PROGRAMME`]));
    const now = await read(programmeId);
    expect(now.source).toBe('OWN');
    expect(now.criteria.map((c) => c.code)).toEqual(defaults.map((c) => c.code));
  });
});
