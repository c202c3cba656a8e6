import { moneyFromMinor, Service, type Money, type RequestContext } from '@lr/server-core';
import { actionFundOf } from '@lr/server-action-plans';
import { getProgramme, getRoute, routesOfProgramme, type LearningRoute } from '@lr/server-core-domain';
import { BudgetLine } from './budget-line.entity';
import { burnPercent, routeFigures, scopeFigures, type Amount, type BudgetFacts, type CostInCurrency, type Figures, type RouteFund, type ScopeFigures } from './budget-figures';
import type { BudgetFigures, ProgrammeBudget, RouteBudget } from './budget-summary.types';
import { ExchangeRate } from './exchange-rate.entity';
import { currencyOf } from './programme-currency';

/**
 * Gathers what the budget figures are made of, in a handful of statements: lines, expenses,
 * and the routes' travel legs and stays summed per currency in SQL (bigint columns added up
 * exactly: `sum` of bigint is numeric, read as text), then converts in TypeScript with the kit's
 * functions (see budget-figures.ts). No float is involved anywhere.
 */
@Service()
export class BudgetSummaryService {
  async routeBudget(ctx: RequestContext, routeId: string): Promise<RouteBudget> {
    const route = await getRoute(ctx, routeId);
    const programme = await getProgramme(ctx, route.programmeId);
    const currency = currencyOf(programme, 'routeId');
    const { facts, lines } = await this.facts(ctx, programme.id, currency, [route.id], route.id);
    return this.routeAnswer(route, facts, lines);
  }

  async programmeBudget(ctx: RequestContext, programmeId: string): Promise<ProgrammeBudget> {
    const programme = await getProgramme(ctx, programmeId);
    const currency = currencyOf(programme, 'programmeId');
    const routes = (await routesOfProgramme(ctx, programmeId)).sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id.localeCompare(b.id));
    const { facts, lines } = await this.facts(
      ctx,
      programmeId,
      currency,
      routes.map((r) => r.id),
      null,
    );
    const all = scopeFigures(facts, facts.lines, routes.map((r) => r.id));
    const own = scopeFigures(facts, facts.lines.filter((l) => l.routeId === null), []);
    const budget = programme.budgetMinor !== null ? BigInt(programme.budgetMinor) : null;
    return {
      ...this.figuresAnswer(all, currency, lines),
      programmeId,
      programme,
      budget: moneyFromMinor(programme.budgetMinor, currency),
      unallocated: money(budget === null || all.planned === null ? null : budget - all.planned, currency),
      programmeLevel: this.figuresAnswer(own, currency, lines),
      routes: routes.map((route) => this.routeAnswer(route, facts, lines)),
    };
  }

  private routeAnswer(route: LearningRoute, facts: BudgetFacts, lines: Map<string, BudgetLine>): RouteBudget {
    const figures = routeFigures(facts, route.id);
    return {
      ...this.figuresAnswer(figures, facts.currency, lines),
      routeId: route.id,
      route,
      travellers: figures.travellers,
      costPerTraveller: money(figures.costPerTraveller, facts.currency),
    };
  }

  private figuresAnswer(scope: ScopeFigures, currency: string, lines: Map<string, BudgetLine>): BudgetFigures {
    return {
      ...parts(scope, currency),
      currency,
      categories: scope.categories.map((c) => ({
        ...parts(c, currency),
        category: c.category,
        lines: c.lines.map((l) => ({ ...plannedActual(l, currency), line: lines.get(l.line.id) as BudgetLine, expenseCount: l.expenseCount })),
      })),
      missingRates: scope.missingRates,
      problem: scope.missingRates.length
        ? `No planning exchange rate to ${currency} for ${scope.missingRates.join(', ')}: the totals that need ${scope.missingRates.length === 1 ? 'it' : 'them'} stay empty until setExchangeRate gives ${scope.missingRates.length === 1 ? 'one' : 'them'}`
        : null,
    };
  }

  /** The programme's rates and lines (all, or one route's), their expenses, and the routes' travel, stay and traveller figures. */
  private async facts(ctx: RequestContext, programmeId: string, currency: string, routeIds: string[], onlyRoute: string | null): Promise<{ facts: BudgetFacts; lines: Map<string, BudgetLine> }> {
    const q = ctx.entityManager;
    const [rates, lines, expenses, travel, stays, travellers, funds] = await Promise.all([
      ctx.repo(ExchangeRate).find({ where: { programmeId } }),
      ctx.repo(BudgetLine).find({ where: onlyRoute ? { routeId: onlyRoute } : { programmeId }, order: { label: 'ASC', id: 'ASC' } }),
      q.query(
        `SELECT e.budget_line_id, e.amount_minor::text AS amount_minor, e.currency, e.exchange_rate::text AS exchange_rate
           FROM expense e JOIN budget_line l ON l.id = e.budget_line_id
          WHERE ${onlyRoute ? 'l.route_id' : 'l.programme_id'} = $1`,
        [onlyRoute ?? programmeId],
      ) as Promise<{ budget_line_id: string; amount_minor: string; currency: string; exchange_rate: string }[]>,
      q.query(
        `SELECT route_id, cost_currency AS currency, sum(cost_minor)::text AS minor FROM travel_leg
          WHERE route_id = ANY($1::uuid[]) AND cost_minor IS NOT NULL GROUP BY route_id, cost_currency`,
        [routeIds],
      ) as Promise<{ route_id: string; currency: string; minor: string }[]>,
      q.query(
        `SELECT route_id, nightly_rate_currency AS currency, sum((check_out - check_in)::bigint * nightly_rate_minor)::text AS minor FROM stay
          WHERE route_id = ANY($1::uuid[]) AND nightly_rate_minor IS NOT NULL GROUP BY route_id, nightly_rate_currency`,
        [routeIds],
      ) as Promise<{ route_id: string; currency: string; minor: string }[]>,
      q.query(`SELECT route_id, count(*)::int AS n FROM traveller WHERE route_id = ANY($1::uuid[]) GROUP BY route_id`, [routeIds]) as Promise<{ route_id: string; n: number }[]>,
      routeFunds(ctx, routeIds),
    ]);
    const costs = (rows: { route_id: string; currency: string; minor: string }[]): CostInCurrency[] => rows.map((r) => ({ routeId: r.route_id, currency: r.currency, minor: r.minor }));
    return {
      facts: {
        currency,
        rates: new Map(rates.map((r) => [r.currency, r.rate])),
        lines: lines.map((l) => ({ id: l.id, routeId: l.routeId, category: l.category, plannedMinor: l.plannedMinor, currency: l.currency })),
        expenses: expenses.map((e) => ({ budgetLineId: e.budget_line_id, amountMinor: e.amount_minor, currency: e.currency, exchangeRate: e.exchange_rate })),
        travel: costs(travel),
        stays: costs(stays),
        travellers: new Map(travellers.map((t) => [t.route_id, t.n])),
        funds,
      },
      lines: new Map(lines.map((l) => [l.id, l])),
    };
  }
}

/** Each route's action fund, read through the action-plans module's public entry. */
async function routeFunds(ctx: RequestContext, routeIds: readonly string[]): Promise<RouteFund[]> {
  const funds = await Promise.all(routeIds.map(async (routeId) => ({ routeId, fund: await actionFundOf(ctx, routeId) })));
  return funds.flatMap(({ routeId, fund }) =>
    fund ? [{ routeId, currency: fund.amount.currency, amountMinor: fund.amount.minorUnits, awardedMinor: fund.awarded.minorUnits }] : [],
  );
}

function money(amount: Amount, currency: string): Money | null {
  return amount === null ? null : moneyFromMinor(amount.toString(), currency);
}

function plannedActual(f: Figures, currency: string) {
  return { planned: money(f.planned, currency), actual: money(f.actual, currency), variance: money(f.variance, currency), burnPercent: burnPercent(f.actual, f.planned) };
}

function parts(f: Figures, currency: string) {
  return { ...plannedActual(f, currency), fromExpenses: money(f.fromExpenses, currency) as Money, fromTravel: money(f.fromTravel, currency), fromStays: money(f.fromStays, currency), fromActionFund: money(f.fromActionFund, currency) };
}
