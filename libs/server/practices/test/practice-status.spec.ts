import { Role } from '@lr/server-core';
import { CHANGE_STATUS, changeStatus, completeAssessment, createPractice, dataOf, errorOf, finishSystematization, ok, practiceIn, startPracticesGateway, type PracticesGateway, whoIs, UNKNOWN_ID } from './practices-gateway';

const STATUSES = ['IDENTIFIED', 'UNDER_ASSESSMENT', 'SELECTED', 'REJECTED', 'SYSTEMATIZED', 'PUBLISHED'];
const LEGAL: [string, string][] = [
  ['IDENTIFIED', 'UNDER_ASSESSMENT'],
  ['UNDER_ASSESSMENT', 'SELECTED'],
  ['UNDER_ASSESSMENT', 'REJECTED'],
  ['SELECTED', 'SYSTEMATIZED'],
  ['SYSTEMATIZED', 'PUBLISHED'],
];
const ALLOWED: Record<string, string[]> = {
  IDENTIFIED: ['UNDER_ASSESSMENT'],
  UNDER_ASSESSMENT: ['SELECTED', 'REJECTED'],
  SELECTED: ['SYSTEMATIZED'],
  REJECTED: [],
  SYSTEMATIZED: ['PUBLISHED'],
  PUBLISHED: [],
};
const READ = `query($id: ID!) { practice(id: $id) { status allowedNextStatuses statusHistory { fromStatus toStatus reason changedBy } systematizationSteps { step status } } }`;

describe('practice status machine over the API', () => {
  let gw: PracticesGateway;
  let editor: string;

  beforeAll(async () => {
    gw = await startPracticesGateway();
    editor = await gw.tokenFor(Role.EDITOR, ['practices']);
  });
  afterAll(() => gw.close());

  it.each(LEGAL)('allows %s → %s when its prerequisites are met', async (from, to) => {
    const id = await practiceIn(gw, editor, from);
    if (to === 'SELECTED') await completeAssessment(gw, editor, id, 3);
    if (to === 'SYSTEMATIZED') await finishSystematization(gw, editor, id);
    const moved = dataOf(await changeStatus(gw, editor, id, to, 'committee decision'))['changePracticeStatus'];
    expect(moved.status).toBe(to);
    const [row] = await gw.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [id]);
    expect(row.status).toBe(to);
  });

  it.each(STATUSES.flatMap((from) => STATUSES.filter((to) => !LEGAL.some(([f, t]) => f === from && t === to)).map((to) => [from, to])))(
    'refuses %s → %s with PHASE_RULE naming the allowed moves',
    async (from, to) => {
      const id = await practiceIn(gw, editor, from);
      const error = errorOf(await changeStatus(gw, editor, id, to), 'PHASE_RULE');
      expect(error.extensions).toMatchObject({ from, to, allowed: ALLOWED[from] });
      for (const move of ALLOWED[from]) expect(error.message).toContain(move);
      const [row] = await gw.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [id]);
      expect(row.status).toBe(from);
    },
  );

  it('records every move with who made it and why, and offers the next moves', async () => {
    const id = await practiceIn(gw, editor, 'IDENTIFIED');
    dataOf(await changeStatus(gw, editor, id, 'UNDER_ASSESSMENT', '  nominated by the focal point  '));
    const me = await whoIs(gw, editor);
    const practice = await ok(gw, READ, { id }, { token: editor });
    expect(practice).toMatchObject({
      status: 'UNDER_ASSESSMENT',
      allowedNextStatuses: ['SELECTED', 'REJECTED'],
      statusHistory: [{ fromStatus: 'IDENTIFIED', toStatus: 'UNDER_ASSESSMENT', reason: 'nominated by the focal point', changedBy: me.displayName }],
      systematizationSteps: [],
    });
  });

  it('refuses SELECTED without a complete assessment, even with a draft', async () => {
    const id = await practiceIn(gw, editor, 'UNDER_ASSESSMENT');
    const error = errorOf(await changeStatus(gw, editor, id, 'SELECTED'), 'PHASE_RULE');
    expect(error.message).toMatch(/at least one complete assessment/);
    expect(error.extensions!['missing']).toEqual(['COMPLETE_ASSESSMENT']);
  });

  it('opens the six systematization steps when a practice is SELECTED', async () => {
    const id = await practiceIn(gw, editor, 'SELECTED');
    const practice = await ok(gw, READ, { id }, { token: editor });
    expect(practice.systematizationSteps).toEqual(
      ['DESK_REVIEW', 'IN_COUNTRY_INTERVIEWS', 'GLOBAL_EXPERT_INTERVIEWS', 'IN_COUNTRY_VISIT', 'VALIDATION', 'PEDAGOGICAL_MATERIALS'].map((step) => ({ step, status: 'NOT_STARTED' })),
    );
  });

  it('moves a practice only once when several callers change it at the same moment', async () => {
    const { id } = await createPractice(gw, editor);
    const responses = await Promise.all(Array.from({ length: 5 }, () => gw.graphql(CHANGE_STATUS, { id, to: 'UNDER_ASSESSMENT' }, { token: editor })));
    expect(responses.map((r) => (r.errors ? r.errors[0].extensions?.['code'] : 'ok')).sort()).toEqual(['PHASE_RULE', 'PHASE_RULE', 'PHASE_RULE', 'PHASE_RULE', 'ok']);
    const history = await gw.dataSource.query(`SELECT count(*)::int AS n FROM practice_status_change WHERE practice_id = $1`, [id]);
    expect(history[0].n).toBe(1);
  });

  it('answers NOT_FOUND for an unknown or malformed practice id', async () => {
    errorOf(await changeStatus(gw, editor, UNKNOWN_ID, 'UNDER_ASSESSMENT'), 'NOT_FOUND');
    errorOf(await changeStatus(gw, editor, 'nope', 'UNDER_ASSESSMENT'), 'NOT_FOUND');
  });
});
