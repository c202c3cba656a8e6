import { isUUID } from 'class-validator';
import { In } from 'typeorm';
import { isPartner, localize, NotFoundError, type Language, type RequestContext } from '@lr/server-core';
import { loadCountry, loadRoute, type LearningRoute } from '@lr/server-core-domain';
import { delegationOf } from '@lr/server-delegations';
import { readableRouteIds } from '../common/plan-access';
import { Award } from '../fund/award.entity';
import type { ActionPlan } from '../plans/action-plan.entity';
import type { ActionPlanFilter } from '../plans/plan.inputs';
import { plansQuery } from '../plans/plan.service';
import { PlanActivity } from '../plans/plan-activity.entity';
import { PlanObjective } from '../plans/plan-objective.entity';
import { PlanReview } from '../reviews/plan-review.entity';
import type { Recommendation } from '../reviews/recommendation';
import { smartCheck } from '../smart/smart-check';
import type { RoutePlanRow } from './route-plans-csv';

/** Plans read and written per round: a route has a few dozen at most, so usually one round. */
export const CSV_BATCH = 100;

/**
 * NOT_FOUND for a route that does not exist, or that a PARTICIPANT user does not take part in
 * (its existence is not told). Checked before the file starts, so a refusal is a JSON error.
 */
export async function readableRoute(ctx: RequestContext, routeId: string): Promise<LearningRoute> {
  const route = isUUID(routeId) ? await loadRoute(ctx, routeId) : null;
  const readable = await readableRouteIds(ctx);
  if (!route || (readable !== null && !readable.has(routeId))) throw new NotFoundError('LearningRoute', routeId);
  return route;
}

const groupBy = <T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

/** The newest review of each plan (of any version): one statement for a batch. */
async function latestReviews(ctx: RequestContext, planIds: string[]): Promise<Map<string, { recommendation: Recommendation; createdAt: Date }>> {
  const rows = await ctx
    .repo(PlanReview)
    .createQueryBuilder('r')
    .select(['r.id', 'r.planId', 'r.recommendation', 'r.createdAt'])
    .distinctOn(['r.plan_id'])
    .where('r.plan_id = ANY(:planIds)', { planIds })
    .orderBy('r.plan_id')
    .addOrderBy('r.created_at', 'DESC')
    .addOrderBy('r.id', 'DESC')
    .getMany();
  return new Map(rows.map((r) => [r.planId, r]));
}

/** The awards of a batch of plans, each in its fund's currency (same module: the fund's records). */
async function awardsOf(ctx: RequestContext, planIds: string[]): Promise<Map<string, RoutePlanRow['awards']>> {
  const rows = await ctx
    .repo(Award)
    .createQueryBuilder('a')
    .innerJoinAndSelect('a.fund', 'f')
    .where('a.plan_id = ANY(:planIds)', { planIds })
    .orderBy('a.created_at', 'ASC')
    .addOrderBy('a.id', 'ASC')
    .getMany();
  const byPlan = groupBy(rows, (a) => a.planId);
  return new Map([...byPlan].map(([planId, awards]) => [planId, awards.map((a) => ({ kind: a.kind, amount: { currency: a.fund?.currency ?? '', minorUnits: a.amountMinor } }))]));
}

/** One batch of plans as rows: four statements (items, reviews, awards) plus the loaders' for names. */
async function rowsOf(ctx: RequestContext, plans: ActionPlan[], language: Language): Promise<RoutePlanRow[]> {
  const ids = plans.map((p) => p.id);
  const [objectives, activities, reviews, awards] = await Promise.all([
    ctx.repo(PlanObjective).find({ where: { planId: In(ids) }, order: { position: 'ASC' } }),
    ctx.repo(PlanActivity).find({ where: { planId: In(ids) }, order: { position: 'ASC' } }),
    // Partners read no reviews (the API's `reviews` is null for them): the column stays empty.
    isPartner(ctx.principal) ? new Map<string, { recommendation: Recommendation; createdAt: Date }>() : latestReviews(ctx, ids),
    awardsOf(ctx, ids),
  ]);
  const objectivesOf = groupBy(objectives, (o) => o.planId);
  const activitiesOf = groupBy(activities, (a) => a.planId);
  return Promise.all(
    plans.map(async (plan): Promise<RoutePlanRow> => {
      const delegation = await delegationOf(ctx, plan.delegationId);
      const country = delegation?.countryCode ? await loadCountry(ctx, delegation.countryCode) : null;
      const planObjectives = objectivesOf.get(plan.id) ?? [];
      const planActivities = activitiesOf.get(plan.id) ?? [];
      const smart = smartCheck(plan, planObjectives, planActivities);
      const latest = reviews.get(plan.id);
      return {
        planId: plan.id,
        delegation: delegation?.name ?? null,
        countryCode: delegation?.countryCode ?? null,
        country: country ? localize(country.name, language) : null,
        title: localize(plan.title, language),
        language: plan.language,
        status: plan.status,
        versionCount: plan.versionCount,
        smartPasses: smart.passes,
        smartFailingItems: smart.items.length,
        objectives: planObjectives.length,
        activities: planActivities.length,
        activityBudget: planActivities.flatMap((a) => (a.budgetMinor !== null && a.budgetCurrency ? [{ currency: a.budgetCurrency, minorUnits: a.budgetMinor }] : [])),
        latestRecommendation: latest?.recommendation ?? null,
        latestReviewAt: latest?.createdAt ?? null,
        awards: awards.get(plan.id) ?? [],
      };
    }),
  );
}

/**
 * A route's plans the caller may read (participants: their routes'; partners: FINAL and AWARDED
 * ones) among those the list's filters pick, as CSV rows, batch by batch, ordered by delegation
 * name. The list's own query (with `scopePlans`) picks them, so the file never shows a plan the
 * API would not.
 */
export async function* routePlanRows(ctx: RequestContext, routeId: string, language: Language, filter: ActionPlanFilter = {}): AsyncGenerator<RoutePlanRow[]> {
  // The list's own query (issue 14): the filters of `actionPlans(filter:)`, on this route.
  const plans = await (await plansQuery(ctx, { ...filter, routeId })).getMany();
  const names = new Map(await Promise.all(plans.map(async (p) => [p.id, (await delegationOf(ctx, p.delegationId))?.name ?? ''] as const)));
  const nameOf = (plan: ActionPlan) => names.get(plan.id) ?? '';
  plans.sort((a, b) => nameOf(a).localeCompare(nameOf(b), language) || a.id.localeCompare(b.id));
  for (let start = 0; start < plans.length; start += CSV_BATCH) yield rowsOf(ctx, plans.slice(start, start + CSV_BATCH), language);
}
