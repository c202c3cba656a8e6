import { isUUID } from 'class-validator';
import { isPartner, localize, NotFoundError, type Language, type RequestContext } from '@lr/server-core';
import { loadCountry, loadOrganisation, loadPerson, loadRoute } from '@lr/server-core-domain';
import { delegationOf } from '@lr/server-delegations';
import { assertMayReadPlan } from '../common/plan-access';
import { ActionPlan } from '../plans/action-plan.entity';
import { visiblePractices } from '../plans/plan-fields.resolver';
import { readPlanItems } from '../plans/plan-items';
import { PlanReview } from '../reviews/plan-review.entity';
import { smartCheck } from '../smart/smart-check';
import { readSnapshot, snapshotOf, type ActivitySnapshot, type PlanSnapshot } from '../versions/plan-snapshot';
import { PlanVersion } from '../versions/plan-version.entity';
import type { PlanPrint, PrintedActivity } from './plan-print';

/** Who is responsible for an activity, in words: the person (not for partners) and the organisation. */
async function responsibleOf(ctx: RequestContext, a: ActivitySnapshot): Promise<string | null> {
  const [person, organisation] = await Promise.all([
    a.responsiblePersonId && !isPartner(ctx.principal) ? loadPerson(ctx, a.responsiblePersonId) : null,
    a.responsibleOrganisationId ? loadOrganisation(ctx, a.responsibleOrganisationId) : null,
  ]);
  const name = person ? `${person.givenName} ${person.familyName}` : null;
  if (name && organisation) return `${name} (${organisation.name})`;
  return name ?? organisation?.name ?? null;
}

/**
 * What to print of a plan: the version asked for, else its latest; a plan never submitted
 * prints its current draft. The caller must be able to read the plan (NOT_FOUND otherwise, as
 * the API answers). Partners read only the accepted version of FINAL and AWARDED plans — no
 * earlier versions, no reviews, no responsible persons — as the API shows them.
 */
async function versionToPrint(ctx: RequestContext, plan: ActionPlan, number: number | undefined): Promise<{ version: PlanVersion | null; snapshot: PlanSnapshot }> {
  if (number === undefined && plan.versionCount === 0) {
    const { objectives, activities } = await readPlanItems(ctx, plan.id);
    return { version: null, snapshot: snapshotOf(plan, objectives, activities) };
  }
  const wanted = number ?? plan.versionCount;
  const hidden = isPartner(ctx.principal) && wanted !== plan.versionCount;
  const version = hidden ? null : await ctx.repo(PlanVersion).findOne({ where: { planId: plan.id, number: wanted } });
  if (!version) throw new NotFoundError('PlanVersion', `${wanted} of plan ${plan.id}`);
  return { version, snapshot: readSnapshot(version.snapshot) };
}

/**
 * Reads everything a plan's PDF shows, in `language` (default: the language the printed version
 * was written in). The SMART check is that of what is printed, so a version's PDF says what its
 * reviewers saw.
 */
export async function readPlanPrint(ctx: RequestContext, planId: string, options: { version?: number; language?: Language } = {}): Promise<PlanPrint> {
  const plan = isUUID(planId) ? await ctx.repo(ActionPlan).findOne({ where: { id: planId } }) : null;
  if (!plan) throw new NotFoundError('ActionPlan', planId);
  await assertMayReadPlan(ctx, plan);
  const { version, snapshot } = await versionToPrint(ctx, plan, options.version);
  const language = options.language ?? snapshot.language;
  const text = (value: Parameters<typeof localize>[0]) => localize(value, language);

  const [route, delegation, practices, reviews, responsibles] = await Promise.all([
    loadRoute(ctx, plan.routeId),
    delegationOf(ctx, plan.delegationId),
    visiblePractices(ctx, snapshot.practiceIds),
    version && !isPartner(ctx.principal) ? ctx.repo(PlanReview).find({ where: { versionId: version.id }, order: { createdAt: 'ASC', id: 'ASC' } }) : [],
    Promise.all(snapshot.activities.map((a) => responsibleOf(ctx, a))),
  ]);
  const country = delegation?.countryCode ? await loadCountry(ctx, delegation.countryCode) : null;
  const smart = smartCheck({ language }, snapshot.objectives, snapshot.activities);

  return {
    language,
    title: text(snapshot.title) ?? '',
    delegation: delegation?.name ?? null,
    country: country ? text(country.name) : (delegation?.countryCode ?? null),
    route: route ? text(route.title) : null,
    status: plan.status,
    version: version ? { number: version.number, submittedAt: version.submittedAt } : null,
    context: text(snapshot.context),
    innovations: text(snapshot.innovations),
    practices: practices.map((p) => text(p.title) ?? '').filter(Boolean),
    objectives: snapshot.objectives.map((o) => ({
      statement: text(o.statement),
      indicator: text(o.indicator),
      baselineValue: o.baselineValue,
      baselineDate: o.baselineDate,
      targetValue: o.targetValue,
      targetDate: o.targetDate,
      unit: o.unit,
    })),
    activities: snapshot.activities.map(
      (a, i): PrintedActivity => ({
        description: text(a.description),
        responsible: responsibles[i],
        startDate: a.startDate,
        dueDate: a.dueDate,
        resources: a.resources,
        budget: a.budgetMinor !== null && a.budgetCurrency ? { minorUnits: a.budgetMinor, currency: a.budgetCurrency } : null,
      }),
    ),
    expectedResults: text(snapshot.expectedResults),
    smart: { passes: smart.passes, items: smart.items.map(({ path, rule }) => ({ path, rule })) },
    reviews: reviews.map((r) => ({ reviewerName: r.reviewerName, recommendation: r.recommendation, summary: r.summary, at: r.createdAt, comments: r.comments })),
  };
}
