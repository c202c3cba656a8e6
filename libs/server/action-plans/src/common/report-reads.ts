import { isUUID } from 'class-validator';
import type { LocalizedValue, RequestContext } from '@lr/server-core';
import type { AwardKind } from '../fund/fund-enums';
import { Award } from '../fund/award.entity';
import { fundOf } from '../fund/fund.service';
import { ActionPlan } from '../plans/action-plan.entity';
import type { PlanStatus } from '../plans/plan-status';
import { scopePlans } from './plan-access';

export interface ReportPlan {
  id: string;
  delegationId: string;
  title: LocalizedValue;
  status: PlanStatus;
}

export interface ReportAward {
  planId: string;
  kind: AwardKind;
  /** Minor units of the fund's currency. */
  amountMinor: string;
}

/**
 * A route's plans as the caller may read them (the module's row rules: partners read FINAL and
 * AWARDED plans only), with the awards of those plans and the fund's currency and amount, for
 * reports. Three statements.
 */
export async function routePlansOf(
  ctx: RequestContext,
  routeId: string,
): Promise<{ plans: ReportPlan[]; awards: ReportAward[]; fund: { amountMinor: string; currency: string } }> {
  if (!isUUID(routeId)) return { plans: [], awards: [], fund: { amountMinor: '0', currency: 'USD' } };
  const q = ctx.repo(ActionPlan).createQueryBuilder('p').select(['p.id', 'p.delegationId', 'p.title', 'p.status']).where('p.route_id = :routeId', { routeId }).orderBy('p.id', 'ASC');
  const [plans, fund] = await Promise.all([(await scopePlans(ctx, q, 'p')).getMany(), fundOf(ctx, routeId)]);
  const visible = new Set(plans.map((p) => p.id));
  const awards = await ctx.repo(Award).find({ where: { fundId: fund.id }, select: { id: true, planId: true, kind: true, amountMinor: true }, order: { id: 'ASC' } });
  return {
    plans: plans.map((p) => ({ id: p.id, delegationId: p.delegationId, title: p.title, status: p.status })),
    awards: awards.filter((a) => visible.has(a.planId)).map((a) => ({ planId: a.planId, kind: a.kind, amountMinor: a.amountMinor })),
    fund: { amountMinor: fund.amountMinor, currency: fund.currency },
  };
}
