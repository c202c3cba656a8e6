import type { RequestContext } from '@lr/server-core';
import { loadRoute } from '@lr/server-core-domain';
import { isUUID } from 'class-validator';
import { awardedMinor, fundOf } from './fund.service';

/** An amount in integer minor units of a currency. */
export interface MinorMoney {
  minorUnits: string;
  currency: string;
}

/**
 * A route's action fund for other modules (logistics shows it as the route's ACTION_FUND budget
 * line): the whole fund and what its awards add up to. Every route has a fund — USD 12,000 until
 * an admin changes it (000 §45) — so a route whose fund was never touched answers that default,
 * not null; null means there is no such route.
 */
export async function actionFundOf(ctx: RequestContext, routeId: string): Promise<{ amount: MinorMoney; awarded: MinorMoney } | null> {
  if (!isUUID(routeId) || !(await loadRoute(ctx, routeId))) return null;
  const fund = await fundOf(ctx, routeId);
  return {
    amount: { minorUnits: fund.amountMinor, currency: fund.currency },
    awarded: { minorUnits: await awardedMinor(ctx, fund.id), currency: fund.currency },
  };
}
