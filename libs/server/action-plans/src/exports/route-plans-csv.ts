import { stringify, type Stringifier } from 'csv-stringify';
import { moneyFromMinor } from '@lr/server-core';
import type { PlanStatus } from '../plans/plan-status';
import type { Recommendation } from '../reviews/recommendation';

/** An amount of one currency, in minor units. */
export interface Amount {
  currency: string;
  minorUnits: string;
}

/** One plan of a route as its CSV row says it. */
export interface RoutePlanRow {
  planId: string;
  delegation: string | null;
  countryCode: string | null;
  country: string | null;
  title: string | null;
  language: string;
  status: PlanStatus;
  versionCount: number;
  smartPasses: boolean;
  smartFailingItems: number;
  objectives: number;
  activities: number;
  /** The activities' budgets added up per currency (activities are budgeted in any currency). */
  activityBudget: Amount[];
  /** The newest review's recommendation, of any version; null when never reviewed (or for partners). */
  latestRecommendation: Recommendation | null;
  latestReviewAt: Date | null;
  awards: { kind: string; amount: Amount }[];
}

/** The file's columns, in order: snake_case names as the practices export has them. */
export const ROUTE_PLANS_COLUMNS = [
  'plan_id',
  'delegation',
  'country_code',
  'country',
  'title',
  'language',
  'status',
  'version_count',
  'smart_passes',
  'smart_failing_items',
  'objectives',
  'activities',
  'activity_budget',
  'latest_recommendation',
  'latest_review_at',
  'awards',
  'awards_total',
] as const;
export type RoutePlansColumn = (typeof ROUTE_PLANS_COLUMNS)[number];

/** "USD 1200.50": the code first and a plain decimal point, so a spreadsheet can split and sum it. */
export const amountText = (a: Amount) => `${a.currency} ${moneyFromMinor(a.minorUnits, a.currency)?.amount ?? ''}`;

/** Amounts added up per currency, sorted by currency: "PEN 3500.00; USD 1200.50". */
export function totalsText(amounts: readonly Amount[]): string {
  const totals = new Map<string, bigint>();
  for (const a of amounts) totals.set(a.currency, (totals.get(a.currency) ?? 0n) + BigInt(a.minorUnits));
  return [...totals.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => amountText({ currency, minorUnits: minor.toString() }))
    .join('; ');
}

/**
 * Text a spreadsheet would run as a formula (= + - @, a tab or a carriage return first) gets an
 * apostrophe in front: plan titles and delegation names are written by participants.
 */
export const defused = (text: string | null) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function csvRecord(row: RoutePlanRow): Record<RoutePlansColumn, string | number | null> {
  return {
    plan_id: row.planId,
    delegation: defused(row.delegation),
    country_code: row.countryCode,
    country: row.country,
    title: defused(row.title),
    language: row.language,
    status: row.status,
    version_count: row.versionCount,
    smart_passes: row.smartPasses ? 'yes' : 'no',
    smart_failing_items: row.smartFailingItems,
    objectives: row.objectives,
    activities: row.activities,
    activity_budget: totalsText(row.activityBudget),
    latest_recommendation: row.latestRecommendation,
    latest_review_at: row.latestReviewAt?.toISOString() ?? null,
    awards: row.awards.map((a) => `${a.kind} ${amountText(a.amount)}`).join('; '),
    awards_total: totalsText(row.awards.map((a) => a.amount)),
  };
}

/**
 * A CSV writer for a route's plans: a BOM (so spreadsheets read the accents as UTF-8), the
 * header row, CRLF line ends (RFC 4180), quoting where needed. Rows are written as they are
 * read, so the file streams out instead of being built in memory.
 */
export function routePlansStringifier(): Stringifier {
  return stringify({ bom: true, header: true, columns: [...ROUTE_PLANS_COLUMNS], record_delimiter: 'windows' });
}
