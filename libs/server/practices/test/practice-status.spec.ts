import { Role } from '@lr/server-core';
import {
  CHANGE_STATUS,
  changeStatus,
  completeAssessment,
  createPractice,
  dataOf,
  errorOf,
  fieldsOf,
  finishSystematization,
  ok,
  practiceIn,
  practiceVersion,
  startPracticesGateway,
  statusHistoryRows,
  type PracticesGateway,
  whoIs,
  UNKNOWN_ID,
} from './practices-gateway';

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
const READ = `query($id: ID!) { practice(id: $id) { status allowedNextStatuses statusHistory { from to reason changedBy } systematizationSteps { step status } } }`;

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
    const version = await practiceVersion(gw, id, { token: editor });
    const moved = dataOf(await changeStatus(gw, editor, id, to, 'committee decision'))['changePracticeStatus'];
    expect(moved).toMatchObject({ status: to, version: version + 1 });
    const [row] = await gw.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [id]);
    expect(row.status).toBe(to);
    const history = await statusHistoryRows(gw, id);
    expect(history[history.length - 1]).toMatchObject({ from_state: from, to_state: to, reason: 'committee decision' });
  });

  it.each(STATUSES.flatMap((from) => STATUSES.filter((to) => !LEGAL.some(([f, t]) => f === from && t === to)).map((to) => [from, to])))(
    'refuses %s → %s with PHASE_RULE naming the allowed moves',
    async (from, to) => {
      const id = await practiceIn(gw, editor, from);
      const historyBefore = await statusHistoryRows(gw, id);
      // A reason is given so that only the graph can refuse (a missing reason is refused otherwise).
      const error = errorOf(await changeStatus(gw, editor, id, to, 'committee decision'), 'PHASE_RULE');
      expect(error.extensions).toMatchObject({ from, to, allowed: ALLOWED[from] });
      const allowed = ALLOWED[from].length ? ALLOWED[from].join(' or ') : `none (the practice is ${from}, and no move from there is open to you)`;
      expect(error.message).toBe(from === to ? `The practice is already ${from}; allowed: ${allowed}` : `A practice cannot move from ${from} to ${to}; allowed: ${allowed}`);
      const [row] = await gw.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [id]);
      expect(row.status).toBe(from);
      expect(await statusHistoryRows(gw, id)).toEqual(historyBefore);
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
      statusHistory: [{ from: 'IDENTIFIED', to: 'UNDER_ASSESSMENT', reason: 'nominated by the focal point', changedBy: me.displayName }],
      systematizationSteps: [],
    });
  });

  it('refuses REJECTED without a reason (BAD_USER_INPUT on reason), and keeps the reason given', async () => {
    const id = await practiceIn(gw, editor, 'UNDER_ASSESSMENT');
    for (const reason of [undefined, '   ']) {
      expect(fieldsOf(await changeStatus(gw, editor, id, 'REJECTED', reason))).toEqual([
        { path: 'reason', message: 'is required to move a practice from UNDER_ASSESSMENT to REJECTED' },
      ]);
    }
    const [row] = await gw.dataSource.query(`SELECT status, version FROM practice WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'UNDER_ASSESSMENT', version: await practiceVersion(gw, id, { token: editor }) });
    expect((await statusHistoryRows(gw, id)).map((h) => h.to_state)).toEqual(['UNDER_ASSESSMENT']);

    dataOf(await changeStatus(gw, editor, id, 'REJECTED', ' Duplicates a practice already selected '));
    const practice = await ok(gw, READ, { id }, { token: editor });
    expect(practice).toMatchObject({ status: 'REJECTED', allowedNextStatuses: [] });
    expect(practice.statusHistory.map((h: { to: string; reason: string | null }) => [h.to, h.reason])).toEqual([
      ['UNDER_ASSESSMENT', null],
      ['REJECTED', 'Duplicates a practice already selected'],
    ]);
  });

  it('refuses a move from a stale version with CONFLICT and changes nothing', async () => {
    const { id, version } = await createPractice(gw, editor);
    dataOf(await gw.graphql(CHANGE_STATUS, { id, to: 'UNDER_ASSESSMENT', version }, { token: editor }));
    // Moving again from the version read before the first move.
    const stale = errorOf(await gw.graphql(CHANGE_STATUS, { id, to: 'REJECTED', version, reason: 'read long ago' }, { token: editor }), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ expectedVersion: version, currentVersion: version + 1 });
    const [row] = await gw.dataSource.query(`SELECT status, version FROM practice WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'UNDER_ASSESSMENT', version: version + 1 });
    expect((await statusHistoryRows(gw, id)).map((h) => [h.from_state, h.to_state])).toEqual([['IDENTIFIED', 'UNDER_ASSESSMENT']]);
    const audited = await gw.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'StateChange' AND changes->'recordId'->>'to' = $1`, [id]);
    expect(audited[0].n).toBe(1);
  });

  it('refuses SELECTED without a complete assessment, even with a draft', async () => {
    const id = await practiceIn(gw, editor, 'UNDER_ASSESSMENT');
    await ok(gw, `mutation($p: ID!, $u: ID!) { assignAssessor(input: { practiceId: $p, assessorId: $u }) { id } }`, { p: id, u: (await whoIs(gw, await gw.tokenFor(Role.REVIEWER))).id }, { token: editor });
    const error = errorOf(await changeStatus(gw, editor, id, 'SELECTED'), 'PHASE_RULE');
    expect(error.message).toBe('A practice needs at least one complete assessment (submitted, every criterion scored) before it is SELECTED');
    expect(error.extensions).toMatchObject({ from: 'UNDER_ASSESSMENT', to: 'SELECTED', allowed: ['SELECTED', 'REJECTED'], missing: ['COMPLETE_ASSESSMENT'] });
    const [row] = await gw.dataSource.query(`SELECT status FROM practice WHERE id = $1`, [id]);
    expect(row.status).toBe('UNDER_ASSESSMENT');
  });

  it('opens the six systematization steps when a practice is SELECTED', async () => {
    const id = await practiceIn(gw, editor, 'SELECTED');
    const practice = await ok(gw, READ, { id }, { token: editor });
    expect(practice.systematizationSteps).toEqual(
      ['DESK_REVIEW', 'IN_COUNTRY_INTERVIEWS', 'GLOBAL_EXPERT_INTERVIEWS', 'IN_COUNTRY_VISIT', 'VALIDATION', 'PEDAGOGICAL_MATERIALS'].map((step) => ({ step, status: 'NOT_STARTED' })),
    );
  });

  it('answers NOT_FOUND for an unknown or malformed practice id', async () => {
    errorOf(await changeStatus(gw, editor, UNKNOWN_ID, 'UNDER_ASSESSMENT'), 'NOT_FOUND');
    errorOf(await changeStatus(gw, editor, 'nope', 'UNDER_ASSESSMENT'), 'NOT_FOUND');
  });
});
