import { isUUID } from 'class-validator';
import { In } from 'typeorm';
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

export interface RoutePlans {
  plans: ReportPlan[];
  awards: ReportAward[];
  fund: { amountMinor: string; currency: string };
}

/**
 * A route's plans as the caller may read them (the module's row rules: partners read FINAL and
 * AWARDED plans only), with the awards of those plans and the fund's currency and amount, for
 * reports. Three statements.
 */
export async function routePlansOf(ctx: RequestContext, routeId: string): Promise<RoutePlans> {
  return (await plansOfRoutes(ctx, [routeId])).get(routeId) as RoutePlans;
}

/**
 * `routePlansOf` for several routes (a programme's report): plans, funds (the request's
 * DataLoader) and awards in one statement each for all of them. Every route is in the map;
 * a malformed id has no plans and an empty fund, as it always had.
 */
export async function plansOfRoutes(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, RoutePlans>> {
  const ids = [...new Set(routeIds)].filter((id) => isUUID(id));
  const out = new Map<string, RoutePlans>(routeIds.map((id) => [id, { plans: [], awards: [], fund: { amountMinor: '0', currency: 'USD' } }]));
  if (!ids.length) return out;
  const q = ctx.repo(ActionPlan).createQueryBuilder('p').select(['p.id', 'p.routeId', 'p.delegationId', 'p.title', 'p.status']).where('p.route_id IN (:...routeIds)', { routeIds: ids }).orderBy('p.id', 'ASC');
  const [plans, funds] = await Promise.all([(await scopePlans(ctx, q, 'p')).getMany(), Promise.all(ids.map((id) => fundOf(ctx, id)))]);
  const visible = new Set(plans.map((p) => p.id));
  const awards = await ctx.repo(Award).find({ where: { fundId: In(funds.map((f) => f.id)) }, select: { id: true, fundId: true, planId: true, kind: true, amountMinor: true }, order: { id: 'ASC' } });
  const routeOfFund = new Map(funds.map((f, i) => [f.id, ids[i]]));
  funds.forEach((f, i) => ((out.get(ids[i]) as RoutePlans).fund = { amountMinor: f.amountMinor, currency: f.currency }));
  for (const p of plans) out.get(p.routeId)?.plans.push({ id: p.id, delegationId: p.delegationId, title: p.title, status: p.status });
  for (const a of awards) {
    if (visible.has(a.planId)) out.get(routeOfFund.get(a.fundId) as string)?.awards.push({ planId: a.planId, kind: a.kind, amountMinor: a.amountMinor });
  }
  return out;
}
