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
 * empty one takes the responsible person of the objective's first activity. The objectives are
 * the plan's as they stand (0014, "Objectives added to or removed from an accepted plan"): one
 * removed since the version was frozen gets no indicator, and one added since gets one, with its
 * values now — so the tracked indicators are always the accepted plan's objectives.
 */
export async function trackPlanIndicators(ctx: RequestContext, planId: string): Promise<TrackedIndicator[]> {
  const plan = await finalObjectivesOf(ctx, planId);
  if (!plan) return [];
  const current = new Map((await currentObjectivesOf(ctx, plan.planId)).map((o) => [o.id, o]));
  const frozen = new Set(plan.objectives.map((o) => o.id));
  const objectives = [...plan.objectives.filter((o) => current.has(o.id)), ...[...current.values()].filter((o) => !frozen.has(o.id))];
  if (!objectives.length) return [];
  const route = await loadRoute(ctx, plan.routeId);
  if (!route) return [];
  const repo = ctx.repo(TrackedIndicator);
  const out: TrackedIndicator[] = [];
  for (const objective of objectives) {
    const existing = await repo.findOne({ where: { objectiveId: objective.id }, lock: { mode: 'pessimistic_write' } });
    // A first FINAL takes the accepted version's values.
    if (!existing) {
      out.push(await newIndicator(ctx, { planId: plan.planId, routeId: plan.routeId, programmeId: route.programmeId }, objective));
      continue;
    }
    const reported = await ctx.repo(ProgressReport).exists({ where: { indicatorId: existing.id } });
    if (!reported) Object.assign(existing, fromObjective(current.get(objective.id) ?? objective));
    existing.ownerPersonId ??= objective.ownerPersonId;
    out.push(await repo.save(existing));
  }
  return out;
}

/** Where a plan's indicators belong. */
interface PlanPlace {
  planId: string;
  routeId: string;
  programmeId: string;
}

/** A new indicator tracking `objective`, with its values and the owner it names. */
function newIndicator(ctx: RequestContext, place: PlanPlace, objective: FinalObjective): Promise<TrackedIndicator> {
  const repo = ctx.repo(TrackedIndicator);
  return repo.save(repo.create({ ...fromObjective(objective), ...place, objectiveId: objective.id, ownerPersonId: objective.ownerPersonId }));
}

/**
 * An objective added to an accepted plan (`planId` on `routeId`) starts being tracked at once,
 * as if it had been there at FINAL. Idempotent, keyed by the objective. Null when the route is gone.
 */
export async function trackAddedObjective(ctx: RequestContext, plan: { id: string; routeId: string }, objective: FinalObjective): Promise<TrackedIndicator | null> {
  const existing = await ctx.repo(TrackedIndicator).findOne({ where: { objectiveId: objective.id }, lock: { mode: 'pessimistic_write' } });
  if (existing) return existing;
  const route = await loadRoute(ctx, plan.routeId);
  return route ? newIndicator(ctx, { planId: plan.id, routeId: plan.routeId, programmeId: route.programmeId }, objective) : null;
}
