import { convertMinor } from '@lr/server-core';
import { BudgetCategory } from './budget-category';

/**
 * Planned against actual, exactly, in the programme's currency: integer minor units as bigint,
 * converted with the kit's `convertMinor` (rates are decimal strings; nothing is ever a float).
 *
 * Where rounding happens, once each:
 * - a planned line is converted on its own, at the programme's planning rate for its currency;
 * - an expense is converted on its own, at the rate it was recorded with (the figure shown next
 *   to it), and lines add those up;
 * - a route's travel legs and stays are added up per currency (exactly, in their own minor units)
 *   and each sum is converted once at the planning rate: they were never typed as expenses, so
 *   they have no rate of their own.
 * Categories, routes and the programme add these converted figures, so every total is the sum
 * of the figures listed under it, to the penny.
 *
 * A figure that needs a planning rate the programme lacks is null, and so is every total it is
 * part of; the currencies are listed in `missingRates`.
 */

/** Minor units; null when a planning rate is missing. */
export type Amount = bigint | null;

export interface PlannedLine {
  id: string;
  routeId: string | null;
  category: BudgetCategory;
  plannedMinor: string;
  currency: string;
}

export interface RecordedExpense {
  budgetLineId: string;
  amountMinor: string;
  currency: string;
  exchangeRate: string;
}

/** A route's travel-leg or stay costs in one currency, summed exactly. */
export interface CostInCurrency {
  routeId: string;
  currency: string;
  minor: string;
}

export interface BudgetFacts {
  /** The programme's currency. */
  currency: string;
  /** The programme's planning rates: currency → programme currency units per unit. */
  rates: ReadonlyMap<string, string>;
  lines: readonly PlannedLine[];
  expenses: readonly RecordedExpense[];
  travel: readonly CostInCurrency[];
  stays: readonly CostInCurrency[];
  /** Route id → its Traveller rows. */
  travellers: ReadonlyMap<string, number>;
  /** The routes' action funds (the action-plans module): what each holds and has awarded. */
  funds: readonly RouteFund[];
}

/** A route's action fund in its own currency: the ACTION_FUND category's plan and actual. */
export interface RouteFund {
  routeId: string;
  currency: string;
  amountMinor: string;
  awardedMinor: string;
}

export interface Figures {
  planned: Amount;
  /** Expenses recorded against the lines, each at its own rate. */
  fromExpenses: bigint;
  /** Travel legs' costs (TRAVEL only), at planning rates. */
  fromTravel: Amount;
  /** Stays' costs (ACCOMMODATION only), at planning rates. */
  fromStays: Amount;
  /** Awards from the routes' action funds (ACTION_FUND only), at planning rates. */
  fromActionFund: Amount;
  /** fromExpenses + fromTravel + fromStays + fromActionFund. */
  actual: Amount;
  /** planned − actual: what is left (negative when overspent). */
  variance: Amount;
}

export interface LineFigures extends Figures {
  line: PlannedLine;
  expenseCount: number;
}

export interface CategoryFigures extends Figures {
  category: BudgetCategory;
  lines: LineFigures[];
}

export interface ScopeFigures extends Figures {
  categories: CategoryFigures[];
  /** Currencies met without a planning rate, sorted. */
  missingRates: string[];
}

export interface RouteFigures extends ScopeFigures {
  routeId: string;
  travellers: number;
  /** actual / travellers, rounded half away from zero; null without travellers or without an actual. */
  costPerTraveller: Amount;
}

/** numerator / denominator (denominator > 0), rounded half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const quotient = (abs * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** The sum, or null when any part is null. */
export function sumAmounts(values: readonly Amount[]): Amount {
  let total = 0n;
  for (const value of values) {
    if (value === null) return null;
    total += value;
  }
  return total;
}

const minus = (a: Amount, b: Amount): Amount => (a === null || b === null ? null : a - b);

/**
 * actual as a percentage of planned with one decimal ("87.5"), rounded half away from zero;
 * null when nothing is planned or a figure is missing.
 */
export function burnPercent(actual: Amount, planned: Amount): string | null {
  if (actual === null || planned === null || planned <= 0n) return null;
  const tenths = divideRounded(actual * 1000n, planned);
  return `${tenths / 10n}.${tenths % 10n}`;
}

/** Converts amounts into the programme's currency at its planning rates, noting the currencies it has no rate for. */
class PlanningConverter {
  readonly missing = new Set<string>();
  constructor(private readonly facts: BudgetFacts) {}

  convert(minor: string, currency: string): Amount {
    if (currency === this.facts.currency) return BigInt(minor);
    const rate = this.facts.rates.get(currency);
    if (rate === undefined) {
      this.missing.add(currency);
      return null;
    }
    return BigInt(convertMinor(minor, currency, rate, this.facts.currency));
  }
}

function figures(planned: Amount, fromExpenses: bigint, fromTravel: Amount, fromStays: Amount, fromActionFund: Amount): Figures {
  const actual = sumAmounts([fromExpenses, fromTravel, fromStays, fromActionFund]);
  return { planned, fromExpenses, fromTravel, fromStays, fromActionFund, actual, variance: minus(planned, actual) };
}

/**
 * The figures of some lines and some routes' travel and stays, per line, per category (every
 * category, in the budget's order) and in total.
 */
export function scopeFigures(facts: BudgetFacts, lines: readonly PlannedLine[], routeIds: readonly string[]): ScopeFigures {
  const converter = new PlanningConverter(facts);
  const expensesOf = new Map<string, RecordedExpense[]>();
  for (const e of facts.expenses) expensesOf.set(e.budgetLineId, [...(expensesOf.get(e.budgetLineId) ?? []), e]);
  const inScope = new Set(routeIds);
  // One conversion per route and currency (see the rounding note above).
  const costs = (list: readonly CostInCurrency[]) => sumAmounts(list.filter((c) => inScope.has(c.routeId)).map((c) => converter.convert(c.minor, c.currency)));
  const fundFigures = (pick: (fund: RouteFund) => string) => sumAmounts(facts.funds.filter((f) => inScope.has(f.routeId)).map((f) => converter.convert(pick(f), f.currency)));

  const lineFigures = (line: PlannedLine): LineFigures => {
    const spent = expensesOf.get(line.id) ?? [];
    const fromExpenses = spent.reduce((total, e) => total + BigInt(convertMinor(e.amountMinor, e.currency, e.exchangeRate, facts.currency)), 0n);
    return { ...figures(converter.convert(line.plannedMinor, line.currency), fromExpenses, 0n, 0n, 0n), line, expenseCount: spent.length };
  };

  const categories = Object.values(BudgetCategory).map((category): CategoryFigures => {
    const rows = lines.filter((l) => l.category === category).map(lineFigures);
    const fromTravel = category === BudgetCategory.TRAVEL ? costs(facts.travel) : 0n;
    const fromStays = category === BudgetCategory.ACCOMMODATION ? costs(facts.stays) : 0n;
    // A route's action fund is its ACTION_FUND line (never typed again as a budget line): the
    // fund's amount is planned, its awards are spent.
    const isFund = category === BudgetCategory.ACTION_FUND;
    const fundPlanned = isFund ? fundFigures((f) => f.amountMinor) : 0n;
    const fromActionFund = isFund ? fundFigures((f) => f.awardedMinor) : 0n;
    return {
      ...figures(sumAmounts([...rows.map((r) => r.planned), fundPlanned]), rows.reduce((t, r) => t + r.fromExpenses, 0n), fromTravel, fromStays, fromActionFund),
      category,
      lines: rows,
    };
  });
  return {
    ...figures(
      sumAmounts(categories.map((c) => c.planned)),
      categories.reduce((t, c) => t + c.fromExpenses, 0n),
      sumAmounts(categories.map((c) => c.fromTravel)),
      sumAmounts(categories.map((c) => c.fromStays)),
      sumAmounts(categories.map((c) => c.fromActionFund)),
    ),
    categories,
    missingRates: [...converter.missing].sort(),
  };
}

export function routeFigures(facts: BudgetFacts, routeId: string): RouteFigures {
  const scope = scopeFigures(
    facts,
    facts.lines.filter((l) => l.routeId === routeId),
    [routeId],
  );
  const travellers = facts.travellers.get(routeId) ?? 0;
  return { ...scope, routeId, travellers, costPerTraveller: travellers > 0 && scope.actual !== null ? divideRounded(scope.actual, BigInt(travellers)) : null };
}
