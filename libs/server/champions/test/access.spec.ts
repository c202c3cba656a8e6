import { Role } from '@lr/server-core';
import type { RequestOptions, TestGateway } from '@lr/server-core/testing';
import { addTraining, createChampion, createPerson, createRoute, insertPractice, linkPractice, startChampionsGateway } from './champions-gateway';
import { createApiKey, dataOf, errorOf, ok } from './helpers';

describe('who may read and write champions', () => {
  let gw: TestGateway;
  let admin: string;
  let champion: { id: string; version: number };
  let training: { id: string; version: number };
  let practiceId: string;
  let routeId: string;
  let personId: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    practiceId = await insertPractice(gw);
    routeId = await createRoute(gw, admin);
    champion = await createChampion(gw, admin);
    await linkPractice(gw, admin, champion.id, practiceId);
    training = await addTraining(gw, admin, champion.id);
    personId = await createPerson(gw, admin);
  });
  afterAll(() => gw.close());

  const count = async (table: string) => (await gw.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const TABLES = ['champion', 'champion_practice', 'champion_training', 'champion_feedback', 'audit_entry'];

  /** Every mutation an editor of champions may run, with valid arguments. */
  const editorMutations: [string, string, () => Record<string, unknown>][] = [
    ['createChampion', `mutation($p: ID!) { createChampion(input: { personId: $p }) { id } }`, () => ({ p: personId })],
    ['updateChampion', `mutation($id: ID!, $v: Int!) { updateChampion(input: { id: $id, version: $v, expertiseTags: ["x"] }) { id } }`, () => ({ id: champion.id, v: champion.version })],
    ['linkChampionPractice', `mutation($c: ID!, $p: ID!) { linkChampionPractice(input: { championId: $c, practiceId: $p, role: OFFICIAL }) { id } }`, () => ({ c: champion.id, p: practiceId })],
    ['unlinkChampionPractice', `mutation($c: ID!, $p: ID!) { unlinkChampionPractice(championId: $c, practiceId: $p) }`, () => ({ c: champion.id, p: practiceId })],
    ['addChampionTraining', `mutation($c: ID!) { addChampionTraining(input: { championId: $c, topic: "T", date: "2014-01-01" }) { id } }`, () => ({ c: champion.id })],
    ['updateChampionTraining', `mutation($id: ID!, $v: Int!) { updateChampionTraining(input: { id: $id, version: $v, topic: "U" }) { id } }`, () => ({ id: training.id, v: training.version })],
    ['deleteChampionTraining', `mutation($id: ID!, $v: Int!) { deleteChampionTraining(id: $id, version: $v) }`, () => ({ id: training.id, v: training.version })],
    ['deleteChampion', `mutation($id: ID!, $v: Int!) { deleteChampion(id: $id, version: $v) }`, () => ({ id: champion.id, v: champion.version })],
  ];
  const feedback: [string, string, () => Record<string, unknown>] = [
    'addChampionFeedback',
    `mutation($c: ID!, $r: ID!) { addChampionFeedback(input: { championId: $c, routeId: $r, rating: 5 }) { id } }`,
    () => ({ c: champion.id, r: routeId }),
  ];

  async function expectRefused(options: RequestOptions, code: string, mutations = editorMutations) {
    const before = await Promise.all(TABLES.map(count));
    for (const [name, query, variables] of mutations) {
      const res = await gw.graphql(query, variables(), options);
      expect([name, res.errors?.map((e) => e.extensions?.['code'])]).toEqual([name, [code]]);
    }
    expect(await Promise.all(TABLES.map(count))).toEqual(before);
  }

  const READS = `query($id: ID!) { champions(first: 10) { totalCount } champion(id: $id) { id } championFeedback(championId: $id, first: 5) { totalCount } }`;

  describe.each([Role.VIEWER, Role.REVIEWER, Role.PARTICIPANT])('a %s', (role) => {
    it('reads champions, feedback and readiness but is FORBIDDEN on every editing mutation', async () => {
      const token = await gw.tokenFor(role);
      expect(dataOf(await gw.graphql(READS, { id: champion.id }, { token }))['champions'].totalCount).toBe(1);
      await ok(gw, `query($r: ID!) { championReadiness(routeId: $r) { championCount } }`, { r: routeId }, { token });
      await expectRefused({ token }, 'FORBIDDEN');
    });
  });

  it('a viewer may not leave feedback; participants, reviewers and editors of any module may', async () => {
    await expectRefused({ token: await gw.tokenFor(Role.VIEWER) }, 'FORBIDDEN', [feedback]);
    for (const token of [await gw.tokenFor(Role.PARTICIPANT), await gw.tokenFor(Role.REVIEWER), await gw.tokenFor(Role.EDITOR, ['core'])]) {
      await ok(gw, feedback[1], feedback[2](), { token });
    }
  });

  it('an editor of another module is FORBIDDEN on every editing mutation', async () => {
    const token = await gw.tokenFor(Role.EDITOR, ['core', 'practices']);
    const res = await gw.graphql(editorMutations[0][1], editorMutations[0][2](), { token });
    expect(errorOf(res, 'FORBIDDEN').message).toMatch(/createChampion/);
    await expectRefused({ token }, 'FORBIDDEN');
  });

  it('an API key reads but is FORBIDDEN on every mutation, including feedback and readiness', async () => {
    const apiKey = (await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA'])).key;
    expect(dataOf(await gw.graphql(READS, { id: champion.id }, { apiKey }))['champions'].totalCount).toBe(1);
    errorOf(await gw.graphql(`query($r: ID!) { championReadiness(routeId: $r) { championCount } }`, { r: routeId }, { apiKey }), 'FORBIDDEN');
    await expectRefused({ apiKey }, 'FORBIDDEN', [...editorMutations, feedback]);
  });

  it('an anonymous caller is UNAUTHENTICATED on reads and writes', async () => {
    errorOf(await gw.graphql(`{ champions(first: 1) { totalCount } }`), 'UNAUTHENTICATED');
    await expectRefused({}, 'UNAUTHENTICATED', [...editorMutations, feedback]);
  });

  it('an editor of champions and an admin run every editing mutation', async () => {
    const editor = await gw.tokenFor(Role.EDITOR, ['champions']);
    for (const token of [editor, admin]) {
      personId = await createPerson(gw, admin);
      champion = await createChampion(gw, admin);
      training = await addTraining(gw, admin, champion.id);
      for (const [name, query, variables] of editorMutations) {
        const res = await gw.graphql(query, variables(), { token });
        expect([name, res.errors]).toEqual([name, undefined]);
        if (name === 'updateChampion') champion.version += 1;
        if (name === 'updateChampionTraining') training.version += 1;
      }
    }
  });
});

describe("partners' API keys", () => {
  let gw: TestGateway;
  let admin: string;
  let apiKey: string;
  let published: string;
  let draft: string;
  let both: string;
  let draftOnly: string;
  let unlinked: string;

  beforeAll(async () => {
    gw = await startChampionsGateway();
    admin = await gw.tokenFor(Role.ADMIN);
    apiKey = (await createApiKey(gw, admin, ['READ', 'PERSONAL_DATA'])).key;
    published = await insertPractice(gw, 'PUBLISHED' as never);
    draft = await insertPractice(gw, 'SYSTEMATIZED' as never);
    both = (await createChampion(gw, admin, {}, { familyName: 'Both' })).id;
    draftOnly = (await createChampion(gw, admin, {}, { familyName: 'DraftOnly' })).id;
    unlinked = (await createChampion(gw, admin, {}, { familyName: 'Unlinked' })).id;
    await linkPractice(gw, admin, both, published, 'LEADER');
    await linkPractice(gw, admin, both, draft, 'IMPLEMENTER');
    await linkPractice(gw, admin, draftOnly, draft, 'LEADER');
    await addTraining(gw, admin, both);
  });
  afterAll(() => gw.close());

  const LIST = `query($filter: ChampionFilter) { champions(first: 10, filter: $filter) { totalCount edges { node { id trained trainings { id } practices { role practiceId } } } } }`;

  it('list only champions linked to a published practice, and only those links', async () => {
    const list = await ok(gw, LIST, {}, { apiKey });
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node).toEqual({ id: both, trained: true, trainings: null, practices: [{ role: 'LEADER', practiceId: published }] });
    expect((await ok(gw, LIST, { filter: { practiceId: draft } }, { apiKey })).totalCount).toBe(0);
    // Signed-in users see everyone.
    expect((await ok(gw, LIST, {}, { token: await gw.tokenFor(Role.VIEWER) })).totalCount).toBe(3);
  });

  it('get NOT_FOUND for a champion without a published practice, and for their feedback', async () => {
    for (const id of [draftOnly, unlinked]) {
      errorOf(await gw.graphql(`query($id: ID!) { champion(id: $id) { id } }`, { id }, { apiKey }), 'NOT_FOUND');
      errorOf(await gw.graphql(`query($id: ID!) { championFeedback(championId: $id, first: 5) { totalCount } }`, { id }, { apiKey }), 'NOT_FOUND');
    }
    expect(await ok(gw, `query($id: ID!) { champion(id: $id) { id } }`, { id: both }, { apiKey })).toEqual({ id: both });
  });

  it('see no champions of an unpublished practice through the practice', async () => {
    const res = await ok(gw, `query($id: ID!) { champion(id: $id) { practices { practice { champions { champion { id } } } } } }`, { id: both }, { apiKey });
    expect(res.practices).toEqual([{ practice: { champions: [{ champion: { id: both } }] } }]);
  });
});
