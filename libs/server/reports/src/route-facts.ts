import { isPartner, type LocalizedValue, type RequestContext } from '@lr/server-core';
import { getRoute, loadCountry, peopleByIds, type LearningRoute } from '@lr/server-core-domain';
import { routePlansOf, type ReportAward, type ReportPlan } from '@lr/server-action-plans';
import {
  routeCompositionOf,
  type CompositionDelegation,
  type CompositionParticipant,
} from '@lr/server-delegations';
import {
  indicatorStandingsOf,
  surveyRatesOf,
  type IndicatorStanding,
  type SurveyRate,
} from '@lr/server-follow-up';
import { agendaSummaryOf, type AgendaSummary } from '@lr/server-logistics';
import {
  casePracticeIdsOfRoute,
  loadPractice,
  PracticeStatus,
  type Practice,
} from '@lr/server-practices';

/** A participant as a report counts them: their delegation's country and their person's gender. */
export interface CountedParticipant extends CompositionParticipant {
  countryCode: string | null;
  gender: string | null;
}

/**
 * What a report is made of, read only through the modules' public read functions; each read
 * applies its module's own rules to the caller (partners count SELECTED participants, read
 * FINAL and AWARDED plans and plan-born indicators, no findings, no survey rates, no money).
 */
export interface ReportFacts {
  delegations: CompositionDelegation[];
  participants: CountedParticipant[];
  /** Practice ids attached to the routes as cases. */
  caseIds: string[];
  practices: Map<string, Practice>;
  agendas: AgendaSummary[];
  plans: ReportPlan[];
  awards: ReportAward[];
  funds: { amountMinor: string; currency: string }[];
  indicators: IndicatorStanding[];
  surveys: SurveyRate[];
  /** ISO code → the country's names, for labels. */
  countryNames: Map<string, LocalizedValue>;
}

/**
 * The facts of one route (NOT_FOUND for an unknown route). A programme's report passes the route
 * it has already read with the programme's routes, so it is not read again.
 */
export async function routeFacts(
  ctx: RequestContext,
  routeId: string,
  known?: LearningRoute,
): Promise<{ route: LearningRoute; facts: ReportFacts }> {
  const route = known ?? (await getRoute(ctx, routeId));
  const [composition, caseIds, agenda, plans, indicators, surveys] = await Promise.all([
    routeCompositionOf(ctx, routeId),
    casePracticeIdsOfRoute(ctx, routeId),
    agendaSummaryOf(ctx, routeId),
    routePlansOf(ctx, routeId),
    indicatorStandingsOf(ctx, { routeId }),
    surveyRatesOf(ctx, { routeId }),
  ]);
  const countryOf = new Map(composition.delegations.map((d) => [d.id, d.countryCode]));
  const people = new Map(
    (
      await peopleByIds(
        ctx,
        composition.participants.map((p) => p.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const agendas = agenda ? [agenda] : [];
  const practices = await readablePractices(ctx, [
    ...caseIds,
    ...agendas.flatMap((a) => a.sessions.flatMap((s) => (s.practiceId ? [s.practiceId] : []))),
  ]);
  const countryCodes = [
    ...new Set(
      [
        ...composition.delegations.map((d) => d.countryCode),
        ...[...practices.values()].map((p) => p.countryCode),
      ].filter((c): c is string => !!c),
    ),
  ];
  return {
    route,
    facts: {
      delegations: composition.delegations,
      participants: composition.participants.map((p) => ({
        ...p,
        countryCode: countryOf.get(p.delegationId) ?? null,
        gender: people.get(p.personId)?.gender ?? null,
      })),
      caseIds: caseIds.filter((id) => practices.has(id)),
      practices,
      agendas,
      plans: plans.plans,
      awards: plans.awards,
      funds: [plans.fund],
      indicators,
      surveys,
      countryNames: await countryNames(ctx, countryCodes),
    },
  };
}

/** The practices among `ids` the caller may read: partners, published ones only (as practices' own reads). */
async function readablePractices(
  ctx: RequestContext,
  ids: string[],
): Promise<Map<string, Practice>> {
  const found = await Promise.all([...new Set(ids)].map((id) => loadPractice(ctx, id)));
  const partner = isPartner(ctx.principal);
  return new Map(
    found
      .filter((p): p is Practice => !!p && (!partner || p.status === PracticeStatus.PUBLISHED))
      .map((p) => [p.id, p]),
  );
}

async function countryNames(
  ctx: RequestContext,
  codes: string[],
): Promise<Map<string, LocalizedValue>> {
  const countries = await Promise.all(codes.map((c) => loadCountry(ctx, c)));
  return new Map(countries.flatMap((c) => (c ? [[c.code, c.name] as const] : [])));
}

/** Several routes' facts as one (a programme's report adds its routes up). */
export function mergeFacts(all: ReportFacts[]): ReportFacts {
  const practices = new Map<string, Practice>();
  const countryNames = new Map<string, LocalizedValue>();
  for (const f of all) {
    f.practices.forEach((p, id) => practices.set(id, p));
    f.countryNames.forEach((n, code) => countryNames.set(code, n));
  }
  return {
    delegations: all.flatMap((f) => f.delegations),
    participants: all.flatMap((f) => f.participants),
    caseIds: [...new Set(all.flatMap((f) => f.caseIds))],
    practices,
    agendas: all.flatMap((f) => f.agendas),
    plans: all.flatMap((f) => f.plans),
    awards: all.flatMap((f) => f.awards),
    funds: all.flatMap((f) => f.funds),
    indicators: all.flatMap((f) => f.indicators),
    surveys: all.flatMap((f) => f.surveys),
    countryNames,
  };
}
