import { ValidationError, type RecordChange, type RequestContext } from '@lr/server-core';
import { currentObjectivesOf, PlanStatus, type ActionPlan, type FinalObjective } from '@lr/server-action-plans';
import { ProgressReport } from '../progress/progress-report.entity';
import { toScaled } from './decimal';
import { TrackedIndicator } from './tracked-indicator.entity';

/** The plans whose objectives are tracked: a plan's indicators are made when it becomes FINAL. */
export const TRACKED: readonly PlanStatus[] = [PlanStatus.FINAL, PlanStatus.AWARDED];

/** Each objective field, and the tracked indicator's field that carries it. */
const CARRIED: Record<string, keyof FinalObjective & keyof TrackedIndicator> = {
  unit: 'unit',
  baselineValue: 'baselineValue',
  baselineDate: 'baselineDate',
  targetValue: 'targetValue',
  targetDate: 'targetDate',
};
const TEXTS: Record<string, 'name' | 'objective'> = { indicator: 'name', statement: 'objective' };

/** The line progress is measured against: moving it once reports exist would rewrite what they say. */
const LINE = ['baselineValue', 'baselineDate', 'targetValue', 'targetDate'] as const;

const sameValue = (a: string | null, b: string | null) => (a === null || b === null ? a === b : toScaled(a) === toScaled(b));
const sameLineField = (field: (typeof LINE)[number], a: string | null, b: string | null) => (field.endsWith('Value') ? sameValue(a, b) : a === b);

/**
 * An accepted (FINAL or AWARDED) plan's objective was corrected (`recordChanged` from action
 * plans): its tracked indicator follows, in the correction's transaction, so the two never
 * disagree. The rule (0014, "Corrections of an accepted plan"): texts and unit always follow; a
 * baseline or target follows while the indicator has no progress report, and is refused once it
 * has one (BAD_USER_INPUT on each moved field, constraint `indicatorLineReported`), since the
 * reports — verified or still waiting — were measured against the old line. The whole correction
 * rolls back with the refusal. The indicator's row is locked first; reporting reads it `FOR SHARE`,
 * so a report cannot slip in between the check and the copy.
 */
export async function followObjectiveCorrection(ctx: RequestContext, plan: ActionPlan, change: RecordChange): Promise<void> {
  // Additions and removals are `objective-additions-removals.ts`'s.
  if ((change.kind ?? 'changed') !== 'changed' || change.part !== 'objective' || !TRACKED.includes(plan.status)) return;
  const repo = ctx.repo(TrackedIndicator);
  const indicator = await repo.findOne({ where: { objectiveId: change.id }, lock: { mode: 'pessimistic_write' } });
  if (!indicator) return;
  const objective = (await currentObjectivesOf(ctx, plan.id)).find((o) => o.id === change.id);
  if (!objective) return;

  const moved = LINE.filter((field) => change.fields.includes(field) && !sameLineField(field, indicator[field], objective[field]));
  if (moved.length) {
    const reports = await ctx.repo(ProgressReport).count({ where: { indicatorId: indicator.id } });
    if (reports) {
      const why = `cannot change: follow-up tracks this indicator and has ${reports} progress report${reports === 1 ? '' : 's'} measured against its baseline and target`;
      throw new ValidationError(moved.map((field) => ({ path: `input.${field}`, message: why, constraint: 'indicatorLineReported' })));
    }
  }
  for (const field of change.fields) {
    if (field in TEXTS) indicator[TEXTS[field]] = objective[field as 'indicator' | 'statement'];
    else if (field in CARRIED) Object.assign(indicator, { [CARRIED[field]]: objective[CARRIED[field]] });
  }
  await repo.save(indicator);
}
