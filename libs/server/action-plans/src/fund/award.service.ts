import { isUUID } from 'class-validator';
import {
  loadForUpdate,
  lockRow,
  NotFoundError,
  PhaseRuleError,
  Service,
  sumMinor,
  toMinorUnits,
  ValidationError,
  type RequestContext,
} from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { PlanWorkflowService } from '../plans/plan-workflow.service';
import { PlanStatus } from '../plans/plan-status';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { VOTABLE_STATUSES } from './ballot-rules';
import { AboveFundError } from './fund-errors';
import { ActionFundService, money } from './fund.service';
import type { RecordAwardInput } from './fund.inputs';

/** Plans that may receive an award: the accepted ones (the same as those a ballot may choose). */
const AWARDABLE = VOTABLE_STATUSES;

/**
 * Awards from a route's fund (admins decide: it is the programme's money, 000 §45). Every award
 * and removal locks the fund row first, then sums; so the awards of a fund never add up to more
 * than the fund, however many admins award at once. Locks are always taken fund first, then
 * award, then plan, so two of these never wait on each other in opposite orders.
 */
@Service()
export class AwardService {
  constructor(
    private readonly funds: ActionFundService,
    private readonly workflow: PlanWorkflowService,
  ) {}

  async record(ctx: RequestContext, input: RecordAwardInput): Promise<Award> {
    const amountMinor = toMinorUnits(input.amount, 'input.amount');
    if (BigInt(amountMinor) <= 0n) throw ValidationError.field('input.amount.amount', 'must be more than 0', 'positive');
    const found = isUUID(input.planId) ? await ctx.repo(ActionPlan).findOne({ where: { id: input.planId }, select: { id: true, routeId: true } }) : null;
    if (!found) throw ValidationError.field('input.planId', `no action plan has the id ${input.planId}`);

    const fund = await this.funds.lock(ctx, found.routeId);
    const plan = await lockRow(ctx, ActionPlan, found.id);
    if (!AWARDABLE.includes(plan.status)) {
      throw new PhaseRuleError(`Only a FINAL or AWARDED plan receives awards; this plan is ${plan.status}`, plan.status, PlanStatus.AWARDED, []);
    }
    if (input.amount.currency !== fund.currency) {
      throw ValidationError.field('input.amount.currency', `must be the fund's currency, ${fund.currency}`, 'fundCurrency');
    }
    const remaining = BigInt(fund.amountMinor) - BigInt(await this.awardedUnderLock(ctx, fund));
    if (BigInt(amountMinor) > remaining) throw new AboveFundError(money(remaining, fund.currency));

    const awards = ctx.repo(Award);
    const award = await awards.save(awards.create({ fundId: fund.id, planId: plan.id, kind: input.kind, amountMinor, description: input.description.trim() }));
    // The first award makes the plan AWARDED, through the plans' workflow and machine (history, audit).
    if (plan.status === PlanStatus.FINAL) await this.workflow.move(ctx, plan.id, PlanStatus.AWARDED, plan.version);
    return award;
  }

  /**
   * Removes an award (a mistake, a grant withdrawn). Removing a plan's last award takes it back
   * from AWARDED to FINAL through the plan's machine, with the reason given, so a plan is
   * AWARDED exactly while it has awards.
   */
  async remove(ctx: RequestContext, id: string, version: number, reason?: string | null): Promise<string> {
    const found = isUUID(id) ? await ctx.repo(Award).findOne({ where: { id }, select: { id: true, fundId: true } }) : null;
    if (!found) throw new NotFoundError('Award', id);
    await lockRow(ctx, ActionFund, found.fundId);
    const award = await loadForUpdate(ctx, Award, id, version);
    const awards = ctx.repo(Award);
    await awards.remove(award);
    if (!(await awards.existsBy({ planId: award.planId }))) {
      const plan = await lockRow(ctx, ActionPlan, award.planId);
      if (plan.status === PlanStatus.AWARDED) {
        await this.workflow.move(ctx, plan.id, PlanStatus.FINAL, plan.version, reason?.trim() || 'Its last award was removed');
      }
    }
    return id;
  }

  /** The fund's awards added up; call it holding the fund's lock, so no award comes in between. */
  private async awardedUnderLock(ctx: RequestContext, fund: ActionFund): Promise<string> {
    const rows = await ctx.repo(Award).find({ where: { fundId: fund.id }, select: { id: true, amountMinor: true } });
    return sumMinor(rows.map((r) => r.amountMinor));
  }
}
