import type { RequestContext } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { readPlanItems } from '../plans/plan-items';
import { PlanVersion } from './plan-version.entity';
import { snapshotOf } from './plan-snapshot';

/**
 * Freezes the plan as its next version (1, 2, …) — texts, practices, objectives, activities —
 * in the transaction that moves it to SUBMITTED (the machine's `onEnter`), so whoever submits,
 * and however, the version is exactly what was submitted. The table refuses any later UPDATE.
 */
export async function freezeVersion(ctx: RequestContext, plan: ActionPlan): Promise<PlanVersion> {
  const { objectives, activities } = await readPlanItems(ctx, plan.id);
  const number = plan.versionCount + 1;
  const repo = ctx.repo(PlanVersion);
  const version = await repo.save(
    repo.create({
      planId: plan.id,
      number,
      submittedBy: ctx.principal.kind === 'user' ? ctx.principal.userId : null,
      snapshot: snapshotOf(plan, objectives, activities) as unknown as Record<string, unknown>,
    }),
  );
  plan.versionCount = number;
  await ctx.repo(ActionPlan).save(plan);
  return version;
}
