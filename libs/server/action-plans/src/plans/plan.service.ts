import {
  cleanLocalized,
  ConflictError,
  findOrFail,
  hasSearch,
  loadForUpdate,
  localize,
  localizedSortKey,
  paginate,
  PhaseRuleError,
  ReferenceCheck,
  searchTerm,
  Service,
  textMatches,
  type Connection,
  type RequestContext,
  type Selection,
} from '@lr/server-core';
import { DelegationRef, type Delegation } from '@lr/server-delegations';
import { PracticeRef } from '@lr/server-practices';
import { assertMayCreatePlanFor, assertMayEditPlan, assertMayReadPlan, scopePlans } from '../common/plan-access';
import { smartPassesCondition } from '../smart/smart-sql';
import { ActionPlan } from './action-plan.entity';
import type { ActionPlanFilter, ActionPlansArgs, CreateActionPlanInput, UpdateActionPlanInput } from './plan.inputs';
import { PlanStatus } from './plan-status';
import { assertAcceptedPlanStaysSmart } from './accepted-plan-rule';

/**
 * The plans `actionPlans(filter:)` lists (alias `ap`), limited to what the caller may read
 * (`scopePlans`). The route's plans CSV runs the same query.
 */
export async function plansQuery(ctx: RequestContext, f: ActionPlanFilter | undefined) {
  const q = ctx.repo(ActionPlan).createQueryBuilder('ap');
  if (f?.routeId) q.andWhere('ap.route_id = :routeId', { routeId: f.routeId });
  if (f?.delegationId) q.andWhere('ap.delegation_id = :delegationId', { delegationId: f.delegationId });
  if (f?.statuses?.length) q.andWhere('ap.status IN (:...statuses)', { statuses: f.statuses });
  if (f?.smartPasses !== undefined && f.smartPasses !== null) q.andWhere(`${f.smartPasses ? '' : 'NOT '}${smartPassesCondition('ap')}`);
  if (hasSearch(f?.search)) q.andWhere(textMatches('ap', { localized: ['title', 'innovations', 'context', 'expected_results'] }), { term: searchTerm(f.search) });
  await scopePlans(ctx, q, 'ap');
  return q;
}

@Service()
export class PlanService {
  /** A page of the plans the caller may read, by title in their language. */
  async list(ctx: RequestContext, args: ActionPlansArgs, selection?: Selection): Promise<Connection<ActionPlan>> {
    return paginate(await plansQuery(ctx, args.filter), args, { expression: localizedSortKey('ap', 'title', ctx.language), direction: 'ASC' }, selection);
  }

  /** NOT_FOUND also when the caller may not read it. */
  async get(ctx: RequestContext, id: string): Promise<ActionPlan> {
    const plan = await findOrFail(ctx, ActionPlan, id);
    await assertMayReadPlan(ctx, plan);
    return plan;
  }

  /** One plan per delegation: a second is refused with CONFLICT naming the first. */
  async create(ctx: RequestContext, input: CreateActionPlanInput): Promise<ActionPlan> {
    const check = new ReferenceCheck(ctx);
    const delegation = (await check.one(DelegationRef, input.delegationId, 'input.delegationId')) as Delegation | null;
    check.assertValid();
    await assertMayCreatePlanFor(ctx, delegation as Delegation);
    await check.many(PracticeRef, input.practiceIds, 'input.practiceIds');
    check.assertValid();
    const { id: delegationId, routeId, name } = delegation as Delegation;
    const existing = await ctx.repo(ActionPlan).findOne({ where: { delegationId }, select: { id: true, title: true } });
    if (existing) {
      throw new ConflictError(`The delegation ${name} already has an action plan: “${localize(existing.title, ctx.language)}” (${existing.id}); a delegation has one plan`, {
        existingPlanId: existing.id,
        path: 'input.delegationId',
      });
    }
    const repo = ctx.repo(ActionPlan);
    return repo.save(
      repo.create({
        routeId,
        delegationId,
        status: PlanStatus.DRAFT,
        language: input.language,
        title: cleanLocalized(input.title),
        practiceIds: [...(input.practiceIds ?? [])],
        innovations: cleanLocalized(input.innovations),
        context: cleanLocalized(input.context),
        expectedResults: cleanLocalized(input.expectedResults),
        versionCount: 0,
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateActionPlanInput): Promise<ActionPlan> {
    const plan = await loadForUpdate(ctx, ActionPlan, input.id, input.version);
    await assertMayEditPlan(ctx, plan);
    const check = new ReferenceCheck(ctx);
    await check.many(PracticeRef, input.practiceIds, 'input.practiceIds');
    check.assertValid();
    if (input.title) plan.title = cleanLocalized(input.title);
    if (input.language) plan.language = input.language;
    if (input.practiceIds) plan.practiceIds = [...input.practiceIds];
    // A text sent as null is emptied; one left out stays.
    if (input.innovations !== undefined) plan.innovations = cleanLocalized(input.innovations);
    if (input.context !== undefined) plan.context = cleanLocalized(input.context);
    if (input.expectedResults !== undefined) plan.expectedResults = cleanLocalized(input.expectedResults);
    const saved = await ctx.repo(ActionPlan).save(plan);
    await assertAcceptedPlanStaysSmart(ctx, saved);
    return saved;
  }

  /**
   * Only a DRAFT never submitted: once submitted, its versions (and the reviews of them) are the
   * record of what the delegation proposed. Its objectives, activities and history go with it.
   */
  async delete(ctx: RequestContext, id: string, version: number): Promise<string> {
    const plan = await loadForUpdate(ctx, ActionPlan, id, version);
    await assertMayEditPlan(ctx, plan);
    if (plan.status !== PlanStatus.DRAFT || plan.versionCount > 0) {
      throw new PhaseRuleError(
        `Only a DRAFT plan that was never submitted can be deleted; this one is ${plan.status} and was submitted ${plan.versionCount} time(s)`,
        plan.status,
        plan.status,
        [],
      );
    }
    await ctx.repo(ActionPlan).remove(plan);
    return id;
  }
}
