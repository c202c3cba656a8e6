import type { RequestContext } from '@lr/server-core';
import { loadRoute } from '@lr/server-core-domain';
import { currentObjectivesOf, finalObjectivesOf, type FinalObjective } from '@lr/server-action-plans';
import { ProgressReport } from '../progress/progress-report.entity';
import { TrackedIndicator } from './tracked-indicator.entity';

/** The indicator's values as the plan's objective states them. */
function fromObjective(o: FinalObjective): Partial<TrackedIndicator> {
  return {
    name: o.indicator,
    objective: o.statement,
    unit: o.unit,
    baselineValue: o.baselineValue,
    baselineDate: o.baselineDate,
    targetValue: o.targetValue,
    targetDate: o.targetDate,
  };
}

/**
 * When an action plan becomes FINAL, each of its objectives' indicators becomes a tracked
 * indicator (values from the plan's latest submitted version, the one reviewers accepted), in
 * the move's transaction. Idempotent, keyed by the objective: a plan that goes FINAL → AWARDED →
 * FINAL again makes no duplicates. On such a return, an indicator nobody has reported on yet
 * takes the plan's values again (they are the plan's word) — as the objective states them now,
 * corrections since acceptance included, not the frozen version's; one with reports keeps its
 * values, since they are what the reports were measured against. An owner set by an editor is kept; an
 * empty one takes the responsible person of the objective's first activity.
 */
export async function trackPlanIndicators(ctx: RequestContext, planId: string): Promise<TrackedIndicator[]> {
  const plan = await finalObjectivesOf(ctx, planId);
  if (!plan || !plan.objectives.length) return [];
  const route = await loadRoute(ctx, plan.routeId);
  if (!route) return [];
  const repo = ctx.repo(TrackedIndicator);
  const out: TrackedIndicator[] = [];
  // Read only on a return (indicators exist already): a first FINAL takes the accepted version.
  let current: Map<string, FinalObjective> | undefined;
  for (const objective of plan.objectives) {
    const existing = await repo.findOne({ where: { objectiveId: objective.id }, lock: { mode: 'pessimistic_write' } });
    if (!existing) {
      out.push(
        await repo.save(
          repo.create({
            ...fromObjective(objective),
            programmeId: route.programmeId,
            routeId: plan.routeId,
            planId: plan.planId,
            objectiveId: objective.id,
            ownerPersonId: objective.ownerPersonId,
          }),
        ),
      );
      continue;
    }
    const reported = await ctx.repo(ProgressReport).exists({ where: { indicatorId: existing.id } });
    current ??= new Map((await currentObjectivesOf(ctx, plan.planId)).map((o) => [o.id, o]));
    if (!reported) Object.assign(existing, fromObjective(current.get(objective.id) ?? objective));
    existing.ownerPersonId ??= objective.ownerPersonId;
    out.push(await repo.save(existing));
  }
  return out;
}
