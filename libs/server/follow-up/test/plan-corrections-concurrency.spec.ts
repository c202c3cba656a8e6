import { assertRealPostgres, constraintsOf, outcome, type TestGateway } from '@lr/server-core/testing';
import { adminToken, finalPlan, ok, startFollowUpGateway } from './helpers';

/**
 * A plan's objective corrected while a progress report on its indicator is being written, on
 * the real PostgreSQL where the two transactions run side by side: the correction waits for the
 * report, sees it, and is refused — never copied over a line a report was measured against.
 * The same for the objective's removal, and a report never lands on a removed objective's indicator.
 */
describe('a correction racing a progress report', () => {
  let gw: TestGateway;
  let admin: string;

  beforeAll(async () => {
    gw = await startFollowUpGateway();
    assertRealPostgres(gw.database);
    admin = await adminToken(gw);
  });
  afterAll(() => gw?.close());

  it('waits for a report being written to the indicator, then refuses to move its line', async () => {
    const plan = await finalPlan(gw);
    const [objectiveId] = plan.objectiveIds;
    const [{ id: indicatorId }] = await gw.dataSource.query(`SELECT id FROM tracked_indicator WHERE objective_id = $1`, [objectiveId]);
    const { objectives } = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { objectives { id version } } }`, { id: plan.planId }, { token: admin });
    const { version } = objectives.find((o: { id: string }) => o.id === objectiveId);

    // A report in the making, as `reportProgress` writes it: the indicator read FOR SHARE, the row inserted, not yet committed.
    const reporter = gw.dataSource.createQueryRunner();
    await reporter.connect();
    try {
      await reporter.startTransaction();
      await reporter.query(`SELECT id FROM tracked_indicator WHERE id = $1 FOR SHARE`, [indicatorId]);
      await reporter.query(`INSERT INTO progress_report (indicator_id, value, reported_on, version) VALUES ($1, 2, '2023-06-30', 1)`, [indicatorId]);
      let settled = false;
      const correction = gw
        .graphql(`mutation($input: UpdatePlanObjectiveInput!) { updatePlanObjective(input: $input) { id targetValue } }`, { input: { id: objectiveId, version, targetValue: '9' } }, { token: admin })
        .finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false); // waiting for the indicator's lock
      await reporter.commitTransaction();
      const res = await correction;
      expect(outcome(res)).toBe('BAD_USER_INPUT');
      expect(constraintsOf(res).map((f) => f.constraint)).toEqual(['indicatorLineReported']);
    } finally {
      if (reporter.isTransactionActive) await reporter.rollbackTransaction();
      await reporter.release();
    }
    const [{ target }] = await gw.dataSource.query(`SELECT target_value::text AS target FROM tracked_indicator WHERE id = $1`, [indicatorId]);
    expect(Number(target)).toBe(5);
  });

  // The objective's removal (0014, "Objectives added to or removed from an accepted plan") against a report on its indicator.
  const REMOVE = `mutation($id: ID!, $v: Int!) { removePlanObjective(id: $id, version: $v) }`;
  const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`;
  const trackedObjective = async () => {
    const plan = await finalPlan(gw);
    const [objectiveId] = plan.objectiveIds;
    const [{ id: indicatorId }] = await gw.dataSource.query(`SELECT id FROM tracked_indicator WHERE objective_id = $1`, [objectiveId]);
    const { objectives } = await ok(gw, `query($id: ID!) { actionPlan(id: $id) { objectives { id version } } }`, { id: plan.planId }, { token: admin });
    return { objectiveId, indicatorId, version: objectives.find((o: { id: string }) => o.id === objectiveId).version as number };
  };
  const count = async (sql: string, id: string) => Number((await gw.dataSource.query(sql, [id]))[0].n);
  /** Waits until `n` sessions of this database wait for a lock (so who queued first is known, not guessed from a delay). */
  const lockWaiters = async (n: number) => {
    for (let tries = 0; tries < 100; tries++) {
      const [{ waiting }] = await gw.dataSource.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      if (waiting >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${n} sessions never came to wait for a lock`);
  };

  it('a removal waits for a report being written to the indicator, then is refused', async () => {
    const { objectiveId, indicatorId, version } = await trackedObjective();
    const reporter = gw.dataSource.createQueryRunner();
    await reporter.connect();
    try {
      await reporter.startTransaction();
      await reporter.query(`SELECT id FROM tracked_indicator WHERE id = $1 FOR SHARE`, [indicatorId]);
      await reporter.query(`INSERT INTO progress_report (indicator_id, value, reported_on, version) VALUES ($1, 2, '2023-06-30', 1)`, [indicatorId]);
      let settled = false;
      const removal = gw.graphql(REMOVE, { id: objectiveId, v: version }, { token: admin }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(settled).toBe(false); // waiting for the indicator's lock
      await reporter.commitTransaction();
      const res = await removal;
      expect(outcome(res)).toBe('BAD_USER_INPUT');
      expect(constraintsOf(res)).toEqual([{ path: 'id', constraint: 'objectiveHasReports' }]);
    } finally {
      if (reporter.isTransactionActive) await reporter.rollbackTransaction();
      await reporter.release();
    }
    expect(await count(`SELECT count(*) AS n FROM action_plan_objective WHERE id = $1`, objectiveId)).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM progress_report WHERE indicator_id = $1`, indicatorId)).toBe(1);
  });

  it('a report queued behind a removal finds no indicator, never a report on a deleted one', async () => {
    const { objectiveId, indicatorId, version } = await trackedObjective();
    // Something else holds the indicator's row, so the removal queues for it first, then the report behind it.
    const holder = gw.dataSource.createQueryRunner();
    await holder.connect();
    try {
      await holder.startTransaction();
      await holder.query(`SELECT id FROM tracked_indicator WHERE id = $1 FOR UPDATE`, [indicatorId]);
      const removal = gw.graphql(REMOVE, { id: objectiveId, v: version }, { token: admin });
      await lockWaiters(1);
      const report = gw.graphql(REPORT, { input: { indicatorId, value: '1', reportedOn: '2023-06-30' } }, { token: admin });
      await lockWaiters(2);
      await holder.commitTransaction();
      const [removed, reported] = await Promise.all([removal, report]);
      expect(removed.errors).toBeUndefined();
      expect(outcome(reported)).toBe('BAD_USER_INPUT');
      expect(constraintsOf(reported)).toEqual([{ path: 'input.indicatorId', constraint: 'indicatorExists' }]);
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect(await count(`SELECT count(*) AS n FROM tracked_indicator WHERE id = $1`, indicatorId)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM progress_report WHERE indicator_id = $1`, indicatorId)).toBe(0);
  });
});
