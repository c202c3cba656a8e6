import { isUUID } from 'class-validator';
import {
  loadMany,
  loadOne,
  lockRow,
  moneyFromMinor,
  NotFoundError,
  readSetting,
  ReferenceCheck,
  Service,
  StaleVersionError,
  sumMinor,
  toMinorUnits,
  ValidationError,
  type Money,
  type RequestContext,
} from '@lr/server-core';
import { RouteRef, routeSettingScopes } from '@lr/server-core-domain';
import { ActionFund } from './action-fund.entity';
import { Award } from './award.entity';
import { assertRouteVisible } from './fund-access';
import { fundDefaultSetting, fundIdOf } from './fund-defaults';
import { VotingStatus } from './fund-enums';
import { BelowAwardedError } from './fund-errors';
import type { UpdateActionFundInput } from './fund.inputs';

/**
 * The fund a route made today starts with (`fundDefaultSetting`: its programme's, else the platform's), under
 * the id its row has. Only routes made before funds were stored on creation read it unstored.
 */
export async function defaultFundOf(ctx: RequestContext, routeId: string): Promise<ActionFund> {
  const { fund } = await readSetting(ctx, fundDefaultSetting, await routeSettingScopes(ctx, routeId));
  const now = new Date();
  return Object.assign(new ActionFund(), {
    id: fundIdOf(routeId),
    routeId,
    amountMinor: toMinorUnits(fund, 'fund'),
    currency: fund.currency,
    votingStatus: VotingStatus.NOT_OPEN,
    votingOpenedAt: null,
    votingClosedAt: null,
    // The version the row is stored with, so a change sent against the default is not stale.
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}

/** Stores a route's fund from today's default (a new route; the caller knows it has none). */
export async function storeDefaultFund(ctx: RequestContext, routeId: string): Promise<void> {
  const repo = ctx.repo(ActionFund);
  await repo.save(Object.assign(repo.create(), { ...(await defaultFundOf(ctx, routeId)), createdAt: undefined, updatedAt: undefined, version: undefined }));
}

/** The stored fund of a route, or its default; one statement per batch of routes. */
export async function fundOf(ctx: RequestContext, routeId: string): Promise<ActionFund> {
  return (await loadOne(ctx, ActionFund, routeId, { by: 'routeId' })) ?? defaultFundOf(ctx, routeId);
}

/** The total of a fund's awards, in minor units of its currency. */
export async function awardedMinor(ctx: RequestContext, fundId: string): Promise<string> {
  const awards = await loadMany(ctx, Award, fundId, 'fundId', { reads: ['amountMinor'] });
  return sumMinor(awards.map((a) => a.amountMinor));
}

export const money = (minorUnits: string | bigint, currency: string): Money => moneyFromMinor(String(minorUnits), currency) as Money;

@Service()
export class ActionFundService {
  /** The route's fund for a reader (a participant, of their own routes only). */
  async get(ctx: RequestContext, routeId: string): Promise<ActionFund> {
    await assertRouteVisible(ctx, routeId);
    return fundOf(ctx, routeId);
  }

  /**
   * Stores the route's fund with its default if it is not stored yet. Two first uses at once
   * (two awards on a fresh route) take turns on a transaction-scoped advisory lock named after
   * the route, so the row is created once and audited once; later uses skip the lock.
   */
  async ensureStored(ctx: RequestContext, routeId: string, routePath?: string): Promise<void> {
    const repo = ctx.repo(ActionFund);
    if (isUUID(routeId)) {
      if (await repo.existsBy({ routeId })) return;
      await ctx.entityManager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`action_fund:${routeId}`]);
      if (await repo.existsBy({ routeId })) return;
    }
    // An input's route is checked as a field of the form; an argument's is simply not found.
    const check = new ReferenceCheck(ctx);
    const route = await check.one(RouteRef, routeId, routePath ?? 'routeId');
    if (!route && !routePath) throw new NotFoundError('LearningRoute', routeId);
    check.assertValid();
    await storeDefaultFund(ctx, routeId);
  }

  /**
   * Locks the route's fund row (FOR UPDATE), storing it first if need be. Every award and every
   * change of the amount takes this lock before it sums the awards, so two admins can never
   * both spend the last dollars: the second sums after the first committed.
   */
  async lock(ctx: RequestContext, routeId: string, routePath?: string): Promise<ActionFund> {
    await this.ensureStored(ctx, routeId, routePath);
    return lockRow(ctx, ActionFund, fundIdOf(routeId));
  }

  /** Changes the fund's amount (admins): never below what it has already awarded. */
  async update(ctx: RequestContext, input: UpdateActionFundInput): Promise<ActionFund> {
    const amountMinor = toMinorUnits(input.amount, 'input.amount');
    const fund = await this.lock(ctx, input.routeId, 'input.routeId');
    if (fund.version !== input.version) throw new StaleVersionError('ActionFund', fund.id, input.version, fund.version);
    const awards = await ctx.repo(Award).find({ where: { fundId: fund.id }, select: { id: true, amountMinor: true } });
    if (awards.length && input.amount.currency !== fund.currency) {
      throw ValidationError.field('input.amount.currency', `must stay ${fund.currency}: the fund's awards are in ${fund.currency}`, 'sameCurrencyAsAwards');
    }
    const awarded = sumMinor(awards.map((a) => a.amountMinor));
    if (BigInt(amountMinor) < BigInt(awarded)) throw new BelowAwardedError(money(awarded, fund.currency));
    fund.amountMinor = amountMinor;
    fund.currency = input.amount.currency;
    return ctx.repo(ActionFund).save(fund);
  }
}
