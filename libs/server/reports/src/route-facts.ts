import { isPartner, type LocalizedValue, type RequestContext } from '@lr/server-core';
import { getRoute, loadCountry, peopleByIds, type LearningRoute } from '@lr/server-core-domain';
import {
  plansOfRoutes,
  type ReportAward,
  type ReportPlan,
  type RoutePlans,
} from '@lr/server-action-plans';
import {
  routeCompositionsOf,
  type CompositionDelegation,
  type CompositionParticipant,
} from '@lr/server-delegations';
import {
  indicatorStandingsOf,
  surveyRatesOf,
  type IndicatorStanding,
  type SurveyRate,
} from '@lr/server-follow-up';
import { agendaSummariesOf, type AgendaSummary } from '@lr/server-logistics';
import {
  casePracticeIdsOfRoutes,
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
 * The facts of one route (NOT_FOUND for an unknown route): `routesFacts` with the route alone,
 * and its own indicators and surveys.
 */
export async function routeFacts(
  ctx: RequestContext,
  routeId: string,
): Promise<{ route: LearningRoute; facts: ReportFacts }> {
  const route = await getRoute(ctx, routeId);
  const [indicators, surveys] = await Promise.all([
    indicatorStandingsOf(ctx, { routeId }),
    surveyRatesOf(ctx, { routeId }),
  ]);
  const [one] = await routesFacts(ctx, [route], { indicators, surveys });
  return one;
}

/**
 * The facts of each of `routes`, in their order, read with each module's batched read: a few
 * statements for all the routes, not per route. `followUp` holds indicators and surveys already
 * read for a scope that covers the routes (a programme's include its routes': a route never
 * changes programme, and follow-up keeps a route's records on its programme); each route gets
 * those of its own.
 */
export async function routesFacts(
  ctx: RequestContext,
  routes: LearningRoute[],
  followUp: { indicators: IndicatorStanding[]; surveys: SurveyRate[] },
): Promise<{ route: LearningRoute; facts: ReportFacts }[]> {
  const ids = routes.map((r) => r.id);
  const [compositions, caseIds, agendas, plans] = await Promise.all([
    routeCompositionsOf(ctx, ids),
    casePracticeIdsOfRoutes(ctx, ids),
    agendaSummariesOf(ctx, ids),
    plansOfRoutes(ctx, ids),
  ]);
  const all = [...compositions.values()];
  const countryOf = new Map(all.flatMap((c) => c.delegations).map((d) => [d.id, d.countryCode]));
  const people = new Map(
    (
      await peopleByIds(ctx, [
        ...new Set(all.flatMap((c) => c.participants.map((p) => p.personId))),
      ])
    ).map((p) => [p.id, p]),
  );
  const practices = await readablePractices(ctx, [
    ...[...caseIds.values()].flat(),
    ...[...agendas.values()].flatMap((a) =>
      a.sessions.flatMap((s) => (s.practiceId ? [s.practiceId] : [])),
    ),
  ]);
  const names = await countryNames(ctx, [
    ...new Set(
      [
        ...all.flatMap((c) => c.delegations.map((d) => d.countryCode)),
        ...[...practices.values()].map((p) => p.countryCode),
      ].filter((c): c is string => !!c),
    ),
  ]);
  return routes.map((route) => {
    const composition = compositions.get(route.id) ?? { delegations: [], participants: [] };
    const agenda = agendas.get(route.id);
    const agendaList = agenda ? [agenda] : [];
    const routePlans = plans.get(route.id) as RoutePlans;
    // Only this route's practices and countries, as a route's own report lists them.
    const mine = new Map(
      [
        ...(caseIds.get(route.id) ?? []),
        ...agendaList.flatMap((a) =>
          a.sessions.flatMap((s) => (s.practiceId ? [s.practiceId] : [])),
        ),
      ].flatMap((id) => {
        const practice = practices.get(id);
        return practice ? [[id, practice] as const] : [];
      }),
    );
    const codes = new Set(
      [
        ...composition.delegations.map((d) => d.countryCode),
        ...[...mine.values()].map((p) => p.countryCode),
      ].filter((c): c is string => !!c),
    );
    return {
      route,
      facts: {
        delegations: composition.delegations,
        participants: composition.participants.map((p) => ({
          ...p,
          countryCode: countryOf.get(p.delegationId) ?? null,
          gender: people.get(p.personId)?.gender ?? null,
        })),
        caseIds: (caseIds.get(route.id) ?? []).filter((id) => mine.has(id)),
        practices: mine,
        agendas: agendaList,
        plans: routePlans.plans,
        awards: routePlans.awards,
        funds: [routePlans.fund],
        indicators: followUp.indicators.filter((i) => i.routeId === route.id),
        surveys: followUp.surveys.filter((s) => s.routeId === route.id),
        countryNames: new Map([...names].filter(([code]) => codes.has(code))),
      },
    };
  });
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
