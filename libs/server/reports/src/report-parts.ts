import { localize, moneyFromMinor, type Language, type Money } from '@lr/server-core';
import type { RouteBudget, ProgrammeBudget } from './budget-shape';
import type { ReportFacts } from './route-facts';
import type {
  AgendaPart,
  BudgetPart,
  IndicatorsPart,
  ParticipationPart,
  PlansPart,
  ReportCount,
  ReportPractice,
  ReportSurvey,
} from './report.types';
import { REPORT_LABELS, valueLabel, type ReportLabels } from './texts/report-labels';

/** The workflow order of plan statuses, so a chart reads left to right. */
const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'REVISION_REQUESTED', 'FINAL', 'AWARDED'];
const INDICATOR_STATES = ['ON_TRACK', 'OFF_TRACK', 'NO_DATA'];

/** Counts values, most first, then by label; `order` fixes the order (and lists zeros) instead. */
export function countBy(
  values: readonly string[],
  label: (key: string) => string,
  order?: readonly string[],
): ReportCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (order) return order.map((key) => ({ key, label: label(key), count: counts.get(key) ?? 0 }));
  return [...counts]
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function participationPart(facts: ReportFacts, language: Language): ParticipationPart {
  const l = REPORT_LABELS[language];
  const value = (key: string) => valueLabel(l, key);
  const country = (key: string) =>
    key === 'NONE' ? l.none : (localize(facts.countryNames.get(key), language) ?? key);
  const ps = facts.participants;
  return {
    delegations: facts.delegations.length,
    participants: ps.length,
    selected: ps.filter((p) => p.status === 'SELECTED').length,
    byCountry: countBy(
      ps.map((p) => p.countryCode ?? 'NONE'),
      country,
    ),
    bySector: countBy(
      ps.map((p) => p.sector),
      value,
    ),
    byGender: countBy(
      ps.map((p) => p.gender ?? 'UNDISCLOSED'),
      value,
    ),
    byStatus: countBy(
      ps.map((p) => p.status),
      value,
    ),
    delegationRows: [...facts.delegations]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((d) => {
        const mine = ps.filter((p) => p.delegationId === d.id);
        return {
          delegationId: d.id,
          name: d.name,
          kind: d.kind,
          countryCode: d.countryCode,
          participants: mine.length,
          selected: mine.filter((p) => p.status === 'SELECTED').length,
        };
      }),
  };
}

export function practicesPart(facts: ReportFacts, language: Language): ReportPractice[] {
  const sessions = new Map<string, number>();
  for (const s of facts.agendas.flatMap((a) => a.sessions))
    if (s.practiceId) sessions.set(s.practiceId, (sessions.get(s.practiceId) ?? 0) + 1);
  const cases = new Set(facts.caseIds);
  return [...facts.practices.values()]
    .map((p) => ({
      practiceId: p.id,
      title: localize(p.title, language) ?? '',
      countryCode: p.countryCode,
      isCase: cases.has(p.id),
      sessions: sessions.get(p.id) ?? 0,
    }))
    .sort((a, b) => Number(b.isCase) - Number(a.isCase) || a.title.localeCompare(b.title));
}

export function agendaPart(facts: ReportFacts, language: Language): AgendaPart {
  const l = REPORT_LABELS[language];
  const sessions = facts.agendas.flatMap((a) => a.sessions);
  const sum = (pick: (a: ReportFacts['agendas'][number]) => number | null) =>
    facts.agendas.some((a) => pick(a) === null)
      ? null
      : facts.agendas.reduce((t, a) => t + (pick(a) ?? 0), 0);
  return {
    days: facts.agendas.reduce((t, a) => t + a.days, 0),
    sessions: sessions.length,
    byType: countBy(
      sessions.map((s) => s.type),
      (k) => valueLabel(l, k),
    ),
    blockingFindings: sum((a) => a.blockingFindings),
    warningFindings: sum((a) => a.warningFindings),
  };
}

/** Adds minor amounts of one currency; null when they are in several (no rate is applied here). */
function total(
  amounts: { minor: string; currency: string }[],
  fallbackCurrency: string | null,
): Money | null {
  const currencies = new Set(amounts.map((a) => a.currency));
  if (currencies.size > 1) return null;
  const currency = amounts[0]?.currency ?? fallbackCurrency;
  if (!currency) return null;
  return moneyFromMinor(amounts.reduce((t, a) => t + BigInt(a.minor), 0n).toString(), currency);
}

export function plansPart(
  facts: ReportFacts,
  language: Language,
  delegationName: (id: string) => string,
): PlansPart {
  const l = REPORT_LABELS[language];
  const currency = facts.funds[0]?.currency ?? null;
  const fundCurrencies = new Set(facts.funds.map((f) => f.currency));
  const awardCurrency = fundCurrencies.size === 1 ? currency : null;
  return {
    total: facts.plans.length,
    byStatus: countBy(
      facts.plans.map((p) => p.status),
      (k) => valueLabel(l, k),
      PLAN_STATUSES,
    ),
    plans: facts.plans
      .map((p) => {
        const awards = facts.awards.filter((a) => a.planId === p.id);
        return {
          planId: p.id,
          title: localize(p.title, language) ?? '',
          delegation: delegationName(p.delegationId),
          status: p.status,
          awarded:
            awards.length && awardCurrency
              ? total(
                  awards.map((a) => ({ minor: a.amountMinor, currency: awardCurrency })),
                  awardCurrency,
                )
              : null,
          awardKinds: [...new Set(awards.map((a) => a.kind))],
        };
      })
      .sort((a, b) => a.delegation.localeCompare(b.delegation) || a.title.localeCompare(b.title)),
    fund: total(
      facts.funds.map((f) => ({ minor: f.amountMinor, currency: f.currency })),
      null,
    ),
    awarded: awardCurrency
      ? total(
          facts.awards.map((a) => ({ minor: a.amountMinor, currency: awardCurrency })),
          awardCurrency,
        )
      : null,
    awards: facts.awards.length,
  };
}

export function indicatorsPart(facts: ReportFacts, language: Language): IndicatorsPart {
  const of = (state: string) => facts.indicators.filter((i) => i.status === state).length;
  return {
    total: facts.indicators.length,
    onTrack: of('ON_TRACK'),
    offTrack: of('OFF_TRACK'),
    noData: of('NO_DATA'),
    indicators: facts.indicators.map((i) => ({
      indicatorId: i.id,
      name: localize(i.name, language) ?? '',
      status: i.status,
      progressPercent: i.progressPercent,
      targetDate: i.targetDate,
    })),
  };
}

/** The indicator states in their fixed order, for charts and sheets. */
export const indicatorCounts = (part: IndicatorsPart, labels: ReportLabels): ReportCount[] =>
  INDICATOR_STATES.map((key) => ({
    key,
    label: valueLabel(labels, key),
    count: { ON_TRACK: part.onTrack, OFF_TRACK: part.offTrack, NO_DATA: part.noData }[
      key
    ] as number,
  }));

export function surveysPart(facts: ReportFacts, language: Language): ReportSurvey[] {
  return facts.surveys.map((s) => ({
    surveyId: s.id,
    title: localize(s.title, language) ?? '',
    kind: s.kind,
    status: s.status,
    invited: s.invited,
    answered: s.answered,
    responseRate: s.responseRate,
  }));
}

/** The logistics budget's figures as they are: the same minor units its own API answers. */
export function budgetPart(
  budget: RouteBudget | ProgrammeBudget | null,
  language: Language,
): BudgetPart | null {
  if (!budget) return null;
  return {
    currency: budget.currency,
    planned: budget.planned,
    actual: budget.actual,
    variance: budget.variance,
    burnPercent: budget.burnPercent,
    categories: budget.categories.map((c) => ({
      category: c.category,
      label: valueLabel(REPORT_LABELS[language], c.category),
      planned: c.planned,
      actual: c.actual,
      variance: c.variance,
    })),
  };
}
