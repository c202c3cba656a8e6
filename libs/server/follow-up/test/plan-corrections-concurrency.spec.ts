import { assertRealPostgres, constraintsOf, outcome, type TestGateway } from '@lr/server-core/testing';
import { adminToken, finalPlan, ok, startFollowUpGateway } from './helpers';

/**
 * A plan's objective corrected while a progress report on its indicator is being written, on
 * the real PostgreSQL where the two transactions run side by side: the correction waits for the
 * report, sees it, and is refused — never copied over a line a report was measured against.
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
});
