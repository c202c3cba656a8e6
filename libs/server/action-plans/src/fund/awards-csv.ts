import type { Response } from 'express';
import { assertAllowed, loadMany, loadOne, localize, requiredParam, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { ActionPlan } from '../plans/action-plan.entity';
import { Award } from './award.entity';
import { ActionFundService, money } from './fund.service';

interface AwardRow {
  award: Award;
  plan: ActionPlan | null;
  currency: string;
}

function columns(ctx: RequestContext): CsvColumn<AwardRow>[] {
  return [
    { header: 'award_id', value: (r) => r.award.id },
    { header: 'plan_id', value: (r) => r.award.planId },
    { header: 'plan', value: (r) => (r.plan ? localize(r.plan.title, ctx.language) : null) },
    { header: 'kind', value: (r) => r.award.kind },
    { header: 'amount', value: (r) => money(r.award.amountMinor, r.currency).amount },
    { header: 'currency', value: (r) => r.currency },
    { header: 'description', value: (r) => r.award.description },
    { header: 'awarded_at', value: (r) => r.award.createdAt },
  ];
}

/**
 * `GET /action-plans/awards.csv?routeId=…`: the awards of the route's action fund, oldest first,
 * as `routeActionFund { awards }` gives them (participants of other routes: NOT_FOUND, as the
 * fund; the fund's own read is the one query).
 */
export async function exportAwardsCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, ['READ'], 'awards.csv');
  const routeId = requiredParam(query, 'routeId', 'uuid');
  const fund = await new ActionFundService().get(ctx, routeId);
  // The order of `ActionFund.awards`: oldest first (a fund not stored yet has none).
  const awards = await loadMany(ctx, Award, fund.id, 'fundId', { order: { createdAt: 'ASC', id: 'ASC' } });
  const rows = await Promise.all(awards.map(async (award): Promise<AwardRow> => ({ award, plan: await loadOne(ctx, ActionPlan, award.planId), currency: fund.currency })));
  await streamCsv(res, { fileName: 'action-fund-awards.csv', columns: columns(ctx), rows });
}

/** The action fund's awards as CSV (issue 14). */
export function mountAwardsCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/action-plans/awards.csv',
    handle((req, res, ctx) => exportAwardsCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
