import { Role } from '@lr/server-core';
import { ASSIGN, completeAssessment, createPractice, ok, startPracticesGateway, whoIs, type PracticesGateway } from './practices-gateway';

const PRACTICES = `query($sort: PracticeSort, $after: String, $filter: PracticeFilter) {
  practices(first: 2, after: $after, sort: $sort, filter: $filter) { edges { node { title score } } pageInfo { endCursor hasNextPage } }
}`;

describe('practices sorted by score', () => {
  let gw: PracticesGateway;
  let editor: string;
  let ids: Record<string, string>;

  /** Every practice of the list in order (walking its pages two at a time), as "title score". */
  async function order(token: string, direction: 'ASC' | 'DESC'): Promise<string[]> {
    const rows: string[] = [];
    let after: string | null = null;
    do {
      const page: { edges: { node: { title: string; score: number | null } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } = await ok(
        gw,
        PRACTICES,
        { sort: { field: 'SCORE', direction }, after, filter: { search: 'Scored' } },
        { token },
      );
      rows.push(...page.edges.map((e) => `${e.node.title} ${e.node.score ?? '-'}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return rows;
  }

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices']);
    ids = {};
    for (const title of ['Scored high', 'Scored low', 'Scored mixed', 'Scored never']) {
      ids[title] = (await createPractice(gw, editor, { title: { en: title } })).id;
    }
    await completeAssessment(gw, editor, ids['Scored high'], 5);
    await completeAssessment(gw, editor, ids['Scored low'], 1);
    // Two assessors: the score is the mean of their weighted means.
    await completeAssessment(gw, editor, ids['Scored mixed'], 2);
    await completeAssessment(gw, editor, ids['Scored mixed'], 4);
  });
  afterAll(() => gw.close());

  it('puts the best first, or the weakest first, and the unscored last either way, page after page', async () => {
    expect(await order(editor, 'DESC')).toEqual(['Scored high 5', 'Scored mixed 3', 'Scored low 1', 'Scored never -']);
    expect(await order(editor, 'ASC')).toEqual(['Scored low 1', 'Scored mixed 3', 'Scored high 5', 'Scored never -']);
  });

  it('gives nothing away to an assessor who has not submitted, nor to reviewers: hidden scores sort as unscored', async () => {
    const reviewer = await gw.tokenFor(Role.REVIEWER);
    const me = await whoIs(gw, reviewer);
    await ok(gw, ASSIGN, { input: { practiceId: ids['Scored high'], assessorId: me.id } }, { token: editor });
    const seen = await order(reviewer, 'DESC');
    // A reviewer sees no score but after submitting their own (and none of practices they do not
    // assess): every practice sorts as unscored, so the order tells them nothing either.
    expect([...seen].sort()).toEqual(['Scored high -', 'Scored low -', 'Scored mixed -', 'Scored never -']);
    // The editor still sees the scores' order.
    expect(await order(editor, 'DESC')).toEqual(['Scored high 5', 'Scored mixed 3', 'Scored low 1', 'Scored never -']);
  });
});
