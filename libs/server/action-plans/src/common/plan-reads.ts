import { isUUID } from 'class-validator';
import type { LocalizedValue, RequestContext } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanStatus } from '../plans/plan-status';
import { readSnapshot } from '../versions/plan-snapshot';
import { PlanVersion } from '../versions/plan-version.entity';

/** An objective of a plan as its latest submitted version holds it (what follow-up tracks). */
export interface FinalObjective {
  id: string;
  /** 1 for the plan's first objective. */
  position: number;
  statement: LocalizedValue;
  indicator: LocalizedValue;
  unit: string | null;
  baselineValue: string | null;
  baselineDate: string | null;
  targetValue: string | null;
  targetDate: string | null;
  /** The responsible person of the objective's first activity (by position), if any. */
  ownerPersonId: string | null;
}

export interface FinalObjectives {
  planId: string;
  routeId: string;
  status: PlanStatus;
  objectives: FinalObjective[];
}

/**
 * A plan's objectives for other modules (follow-up turns them into tracked indicators when the
 * plan becomes FINAL), read from its latest submitted version: the text reviewers accepted,
 * not later edits. Null when there is no such plan or it was never submitted. No access check:
 * callers run it on behalf of the system (a reaction to the plan's move) or check access themselves.
 */
export async function finalObjectivesOf(ctx: RequestContext, planId: string): Promise<FinalObjectives | null> {
  if (!isUUID(planId)) return null;
  const plan = await ctx.repo(ActionPlan).findOne({ where: { id: planId }, select: { id: true, routeId: true, status: true } });
  if (!plan) return null;
  const version = await ctx.repo(PlanVersion).findOne({ where: { planId }, order: { number: 'DESC' } });
  if (!version) return null;
  const snapshot = readSnapshot(version.snapshot);
  const activities = [...snapshot.activities].sort((a, b) => a.position - b.position);
  const objectives = [...snapshot.objectives]
    .sort((a, b) => a.position - b.position)
    .map((o) => ({
      id: o.id,
      position: o.position,
      statement: o.statement ?? {},
      indicator: o.indicator ?? {},
      unit: o.unit ?? null,
      baselineValue: o.baselineValue,
      baselineDate: o.baselineDate,
      targetValue: o.targetValue,
      targetDate: o.targetDate,
      ownerPersonId: activities.find((a) => a.objectiveId === o.id && a.responsiblePersonId)?.responsiblePersonId ?? null,
    }));
  return { planId: plan.id, routeId: plan.routeId, status: plan.status, objectives };
}
