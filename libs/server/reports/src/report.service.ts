import { Service, type Language, type RequestContext } from '@lr/server-core';
import { getProgramme, routesOfProgramme } from '@lr/server-core-domain';
import { indicatorStandingsOf, surveyRatesOf } from '@lr/server-follow-up';
import { programmeBudgetOf, routeBudgetOf } from '@lr/server-logistics';
import { assertMayReadReports } from './report-access';
import {
  agendaPart,
  budgetPart,
  indicatorsPart,
  participationPart,
  plansPart,
  practicesPart,
  surveysPart,
} from './report-parts';
import type { ProgrammeReport, RouteReport } from './report.types';
import { mergeFacts, routeFacts, routesFacts, type ReportFacts } from './route-facts';

/** The parts every report has, from its facts, in `language`. */
function parts(facts: ReportFacts, language: Language) {
  const names = new Map(facts.delegations.map((d) => [d.id, d.name]));
  return {
    participation: participationPart(facts, language),
    practices: practicesPart(facts, language),
    agenda: agendaPart(facts, language),
    plans: plansPart(facts, language, (id) => names.get(id) ?? ''),
    indicators: indicatorsPart(facts, language),
    surveys: surveysPart(facts, language),
  };
}

/**
 * Reports per route and per programme (issue 14), assembled from each module's public reads
 * only; no table of its own. Texts (labels of counted values, titles) in `language`.
 */
@Service()
export class ReportService {
  async routeReport(
    ctx: RequestContext,
    routeId: string,
    language: Language = ctx.language,
  ): Promise<RouteReport> {
    assertMayReadReports(ctx);
    const { route, facts } = await routeFacts(ctx, routeId);
    return {
      route,
      ...parts(facts, language),
      budget: budgetPart(await routeBudgetOf(ctx, routeId), language),
    };
  }

  /** The programme's routes added up, with its own indicators, surveys and budget (programme-level ones included). */
  async programmeReport(
    ctx: RequestContext,
    programmeId: string,
    language: Language = ctx.language,
  ): Promise<ProgrammeReport> {
    assertMayReadReports(ctx);
    const programme = await getProgramme(ctx, programmeId);
    const routes = (await routesOfProgramme(ctx, programmeId)).sort(
      (a, b) =>
        (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id.localeCompare(b.id),
    );
    // The programme's indicators and surveys include its routes' (each route takes its own), and
    // every module reads all the routes at once: a report costs about as many statements as a
    // route's (see docs/benchmarks.md, "Programme report").
    const [indicators, surveys, budget] = await Promise.all([
      indicatorStandingsOf(ctx, { programmeId }),
      surveyRatesOf(ctx, { programmeId }),
      programmeBudgetOf(ctx, programmeId),
    ]);
    const all = await routesFacts(ctx, routes, { indicators, surveys });
    const facts = { ...mergeFacts(all.map((r) => r.facts)), indicators, surveys };
    const routeBudgets = new Map((budget?.routes ?? []).map((r) => [r.routeId, r]));
    return {
      programme,
      ...parts(facts, language),
      budget: budgetPart(budget, language),
      routes: all.map(({ route, facts: f }) => ({
        route,
        ...parts(f, language),
        budget: budgetPart(routeBudgets.get(route.id) ?? null, language),
      })),
    };
  }
}
