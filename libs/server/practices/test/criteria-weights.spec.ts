import { Role } from '@lr/server-core';
import { assertRealPostgres, tally } from '@lr/server-core/testing';
import { createProgramme, errorOf, fieldsOf, ok, startPracticesGateway, type PracticesGateway } from './practices-gateway';

const SET_WEIGHTS = `mutation($input: SetCriteriaWeightsInput!) { setCriteriaWeights(input: $input) { id code weight version } }`;
const SET = `query($setKey: String) { assessmentCriteria(setKey: $setKey) { id code weight version } }`;
const CREATE = `mutation($input: CreateAssessmentCriterionInput!) { createAssessmentCriterion(input: $input) { id code weight version } }`;

interface Row {
  id: string;
  code: string;
  weight: number;
  version: number;
}

/** A set's weights saved whole, in one transaction, on the real PostgreSQL. */
describe('setCriteriaWeights', () => {
  let gw: PracticesGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    assertRealPostgres(gw.database);
    admin = await gw.tokenFor(Role.ADMIN);
  });
  afterAll(() => gw.close());

  const readSet = async (setKey: string): Promise<Row[]> => ok(gw, SET, { setKey }, { token: admin });
  const rowsOf = (set: Row[], weight: (c: Row, i: number) => number) => set.map((c, i) => ({ criterionId: c.id, weight: weight(c, i), version: c.version }));

  it('saves every weight of a default set and returns them with new versions', async () => {
    const before = await readSet('SUITABILITY_BOX');
    const saved: Row[] = await ok(gw, SET_WEIGHTS, { input: { setKey: 'SUITABILITY_BOX', weights: rowsOf(before, (_, i) => 10 + i) } }, { token: admin });
    expect(saved.map((c) => c.weight)).toEqual(before.map((_, i) => 10 + i));
    const after = await readSet('SUITABILITY_BOX');
    expect(after.map((c) => c.weight)).toEqual(before.map((_, i) => 10 + i));
    expect(after.map((c) => c.version)).toEqual(before.map((c) => c.version + 1));
  });

  it('names the row of a weight out of range, of a criterion from another set, and what is missing', async () => {
    const set = await readSet('BEST_PRACTICE_7');
    const other = await readSet('SUITABILITY_BOX');
    const outOfRange = rowsOf(set, (_, i) => (i === 2 ? 101 : 5));
    expect(fieldsOf(await gw.graphql(SET_WEIGHTS, { input: { setKey: 'BEST_PRACTICE_7', weights: outOfRange } }, { token: admin })).map((f) => f.path)).toEqual([
      'input.weights.2.weight',
    ]);
    // The first criterion swapped for another set's, so the set's first criterion is missing.
    const foreign = [{ criterionId: other[0].id, weight: 5, version: other[0].version }, ...rowsOf(set.slice(1), () => 5)];
    const problems = fieldsOf(await gw.graphql(SET_WEIGHTS, { input: { setKey: 'BEST_PRACTICE_7', weights: foreign } }, { token: admin }));
    expect(problems.map((f) => f.path)).toEqual(['input.weights.0.criterionId', 'input.weights']);
    expect(problems[1].message).toContain(set[0].code);
    expect((await readSet('BEST_PRACTICE_7')).map((c) => c.weight)).toEqual(set.map((c) => c.weight));
  });

  it('changes nothing when one row is stale, even after earlier rows were written', async () => {
    const set = await readSet('BEST_PRACTICE_7');
    // Rows are written in id order: make the last one written stale, so the others were already saved in the transaction.
    const lastWritten = [...set].sort((a, b) => a.id.localeCompare(b.id)).at(-1)!.id;
    const weights = set.map((c) => ({ criterionId: c.id, weight: 40, version: c.id === lastWritten ? c.version + 7 : c.version }));
    const refused = errorOf(await gw.graphql(SET_WEIGHTS, { input: { setKey: 'BEST_PRACTICE_7', weights } }, { token: admin }), 'CONFLICT');
    expect(refused.extensions?.['id']).toBe(lastWritten);
    expect(await readSet('BEST_PRACTICE_7')).toEqual(set);
  });

  it('lets one of two concurrent edits of a set through and refuses the other whole', async () => {
    const set = await readSet('BEST_PRACTICE_7');
    const mine = rowsOf(set, () => 20);
    const theirs = rowsOf(set, (_, i) => 30 + i);
    const responses = await Promise.all([
      gw.graphql(SET_WEIGHTS, { input: { setKey: 'BEST_PRACTICE_7', weights: mine } }, { token: admin }),
      gw.graphql(SET_WEIGHTS, { input: { setKey: 'BEST_PRACTICE_7', weights: theirs } }, { token: admin }),
    ]);
    expect(tally(responses)).toEqual({ ok: 1, CONFLICT: 1 });
    const winner = responses[0].errors ? theirs : mine;
    // Never a mix of both edits.
    expect((await readSet('BEST_PRACTICE_7')).map((c) => c.weight)).toEqual(winner.map((w) => w.weight));
  });

  it('sets a programme’s own set by its programme, and refuses a set given twice or not at all', async () => {
    const programmeId = await createProgramme(gw, admin, 'Own criteria');
    const created: Row[] = [];
    for (const code of ['OWNERSHIP', 'REACH']) created.push(await ok(gw, CREATE, { input: { programmeId, code, name: { en: code }, weight: 1 } }, { token: admin }));
    const saved: Row[] = await ok(gw, SET_WEIGHTS, { input: { programmeId, weights: rowsOf(created, (_, i) => 70 - i * 40) } }, { token: admin });
    expect(saved.map((c) => [c.code, c.weight])).toEqual([['OWNERSHIP', 70], ['REACH', 30]]);
    const both = await gw.graphql(SET_WEIGHTS, { input: { programmeId, setKey: 'BEST_PRACTICE_7', weights: rowsOf(saved, () => 1) } }, { token: admin });
    expect(fieldsOf(both).map((f) => f.path)).toEqual(['input.setKey']);
    const unknown = await gw.graphql(SET_WEIGHTS, { input: { setKey: 'NO_SUCH_SET', weights: rowsOf(saved, () => 1) } }, { token: admin });
    expect(fieldsOf(unknown).map((f) => f.path)).toEqual(['input.setKey']);
  });

  it('is refused to a reviewer', async () => {
    const reviewer = await gw.tokenFor(Role.REVIEWER);
    const set = await readSet('SUITABILITY_BOX');
    errorOf(await gw.graphql(SET_WEIGHTS, { input: { setKey: 'SUITABILITY_BOX', weights: rowsOf(set, () => 1) } }, { token: reviewer }), 'FORBIDDEN');
    expect(await readSet('SUITABILITY_BOX')).toEqual(set);
  });
});
