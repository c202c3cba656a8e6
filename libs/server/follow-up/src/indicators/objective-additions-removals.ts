import { ValidationError, type RecordChange, type RequestContext } from '@lr/server-core';
import { currentObjectivesOf, type ActionPlan } from '@lr/server-action-plans';
import { ProgressReport } from '../progress/progress-report.entity';
import { TRACKED } from './objective-corrections';
import { trackAddedObjective } from './plan-indicators';
import { TrackedIndicator } from './tracked-indicator.entity';

/**
 * An objective was added to a plan (`recordChanged`, kind `added`, from action plans): if the
 * plan is accepted (FINAL or AWARDED), its indicator is tracked at once, with the values the
 * objective states, in the addition's transaction — as if it had been there when the plan
 * became FINAL (0014, "Objectives added to or removed from an accepted plan").
 */
export async function followObjectiveAdded(ctx: RequestContext, plan: ActionPlan, change: RecordChange): Promise<void> {
  if (change.kind !== 'added' || change.part !== 'objective' || !TRACKED.includes(plan.status)) return;
  const objective = (await currentObjectivesOf(ctx, plan.id)).find((o) => o.id === change.id);
  if (objective) await trackAddedObjective(ctx, plan, objective);
}

/**
 * An objective was removed from a plan (kind `removed`): the indicator tracked from it goes too,
 * deleted rather than archived — nothing was measured on it, and the audit keeps its last values.
 * Once it has a progress report (verified or not) the removal is refused whole (BAD_USER_INPUT on
 * `id`, constraint `objectiveHasReports`, the message saying how many), since deleting the
 * indicator would delete those reports and keeping it would track an objective the plan no
 * longer has. Any plan status: only accepted plans have tracked objectives. The indicator's row
 * is locked first, and reporting reads it `FOR SHARE`: a report being written makes the removal
 * wait and then refuses it; a report after the removal finds no indicator.
 */
export async function followObjectiveRemoved(ctx: RequestContext, _plan: ActionPlan, change: RecordChange): Promise<void> {
  if (change.kind !== 'removed' || change.part !== 'objective') return;
  const repo = ctx.repo(TrackedIndicator);
  const indicator = await repo.findOne({ where: { objectiveId: change.id }, lock: { mode: 'pessimistic_write' } });
  if (!indicator) return;
  const reports = await ctx.repo(ProgressReport).count({ where: { indicatorId: indicator.id } });
  if (reports) {
    const why = `cannot be removed: follow-up tracks this objective's indicator and has ${reports} progress report${reports === 1 ? '' : 's'} on it`;
    throw ValidationError.field('id', why, 'objectiveHasReports');
  }
  await repo.remove(indicator);
}
