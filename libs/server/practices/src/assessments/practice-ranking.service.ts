import { In, Not } from 'typeorm';
import { Service, ValidationError, isPartner, localize, type RequestContext } from '@lr/server-core';
import { getProgramme, getRoute, routesOfProgramme, type LearningRoute } from '@lr/server-core-domain';
import { RouteCase } from '../cases/route-case.entity';
import { Practice } from '../practices/practice.entity';
import { PracticeStatus } from '../practices/practice-status';
import { scoreSummaries, summaryIn, visibleSummary } from './practice-scores';

export interface RankedPractice {
  rank: number;
  practice: Practice;
  score: number | null;
  completeAssessments: number | null;
}

/**
 * Candidates of a set of routes: practices of their host countries and practices attached to
 * them as cases, except rejected ones (partners: published ones).
 */
async function candidatesOf(ctx: RequestContext, routes: LearningRoute[]): Promise<Practice[]> {
  if (!routes.length) return [];
  const attached = await ctx.repo(RouteCase).findBy({ routeId: In(routes.map((r) => r.id)) });
  const statuses = isPartner(ctx.principal) ? { status: PracticeStatus.PUBLISHED } : { status: Not(PracticeStatus.REJECTED) };
  const hosts = [...new Set(routes.map((r) => r.hostCountryCode))];
  return ctx.repo(Practice).find({
    where: [
      { countryCode: In(hosts), ...statuses },
      ...(attached.length ? [{ id: In(attached.map((a) => a.practiceId)), ...statuses }] : []),
    ],
  });
}

@Service()
export class PracticeRankingService {
  /** Candidates for a route or a programme's routes, best score first; unscored ones last. */
  async rank(ctx: RequestContext, routeId?: string | null, programmeId?: string | null): Promise<RankedPractice[]> {
    if (!routeId === !programmeId) throw ValidationError.field(routeId ? 'programmeId' : 'routeId', 'give either a routeId or a programmeId');
    let routes: LearningRoute[];
    if (routeId) {
      routes = [await getRoute(ctx, routeId)];
    } else {
      const programme = await getProgramme(ctx, programmeId as string);
      routes = await routesOfProgramme(ctx, programme.id);
    }
    const practices = await candidatesOf(ctx, routes);
    const summaries = await scoreSummaries(ctx, practices.map((p) => p.id));
    const title = (p: Practice) => localize(p.title, ctx.language) ?? '';
    return practices
      .map((practice) => ({ practice, ...visibleSummary(ctx, summaryIn(summaries, practice.id)) }))
      .sort(
        (a, b) =>
          (b.score ?? -1) - (a.score ?? -1) ||
          (b.completeAssessments ?? 0) - (a.completeAssessments ?? 0) ||
          title(a.practice).localeCompare(title(b.practice)) ||
          a.practice.id.localeCompare(b.practice.id),
      )
      .map(({ practice, score, completeAssessments }, i) => ({ rank: i + 1, practice, score, completeAssessments }));
  }
}
