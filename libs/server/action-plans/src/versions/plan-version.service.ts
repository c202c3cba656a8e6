import { findOrFail, isPartner, loadOne, NotFoundError, Service, ValidationError, type RequestContext } from '@lr/server-core';
import { assertMayReadPlan } from '../common/plan-access';
import { ActionPlan } from '../plans/action-plan.entity';
import { diffSnapshots, type PlanChange } from './plan-diff';
import { readSnapshot } from './plan-snapshot';
import { PlanVersion } from './plan-version.entity';

/** Submitted versions: read by whoever reads their plan, except partners (versions are working material). */
@Service()
export class PlanVersionService {
  /** The version, or NOT_FOUND (also when the caller may not read its plan). */
  async get(ctx: RequestContext, id: string): Promise<PlanVersion> {
    if (isPartner(ctx.principal)) throw new NotFoundError('PlanVersion', id);
    const version = await findOrFail(ctx, PlanVersion, id);
    const plan = await loadOne(ctx, ActionPlan, version.planId);
    if (!plan) throw new NotFoundError('PlanVersion', id);
    await assertMayReadPlan(ctx, plan).catch(() => {
      throw new NotFoundError('PlanVersion', id);
    });
    return version;
  }

  /** What changed from one version to another of the same plan (any two, in either order). */
  async diff(ctx: RequestContext, fromVersionId: string, toVersionId: string): Promise<PlanChange[]> {
    const [from, to] = await Promise.all([this.get(ctx, fromVersionId), this.get(ctx, toVersionId)]);
    if (from.planId !== to.planId) throw ValidationError.field('toVersionId', 'is a version of another plan: only versions of the same plan are compared', 'samePlan');
    return diffSnapshots(readSnapshot(from.snapshot), readSnapshot(to.snapshot));
  }
}
