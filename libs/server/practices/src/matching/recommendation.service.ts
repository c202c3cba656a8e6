import { In } from 'typeorm';
import { ReferenceCheck, Service, isPartner, localize, type RequestContext } from '@lr/server-core';
import { CountryRef, getRoute, learningNeedsOf } from '@lr/server-core-domain';
import { visitingCountriesOf } from '@lr/server-delegations';
import { scoreSummaries, summaryIn, visibleSummary } from '../assessments/practice-scores';
import { Practice } from '../practices/practice.entity';
import { CANDIDATE_STATUSES, PracticeStatus } from '../practices/practice-status';
import { rankCandidates } from './matching';
import type { PracticeRecommendation, RecommendPracticesArgs } from './recommendation.types';

@Service()
export class RecommendationService {
  /**
   * Practices of the route's host country worth visiting (SELECTED, SYSTEMATIZED or PUBLISHED:
   * assessed and kept; partners get PUBLISHED only), ranked by how well they meet the visiting
   * countries' learning needs (the countries of the route's delegations, unless the caller names
   * others) and by assessment score. See matching.ts for the formula.
   */
  async recommend(ctx: RequestContext, args: RecommendPracticesArgs): Promise<PracticeRecommendation[]> {
    const route = await getRoute(ctx, args.routeId);
    // The route's delegations say who visits; the argument overrides them (planning ahead).
    const visiting = [...new Set(args.visitingCountryCodes ?? (await visitingCountriesOf(ctx, route.id)))];
    const check = new ReferenceCheck(ctx);
    await check.many(CountryRef, visiting, 'visitingCountryCodes');
    check.assertValid();

    const statuses = isPartner(ctx.principal) ? [PracticeStatus.PUBLISHED] : [...CANDIDATE_STATUSES];
    const practices = await ctx.repo(Practice).findBy({ countryCode: route.hostCountryCode, status: In(statuses) });
    const [needs, summaries] = await Promise.all([
      learningNeedsOf(ctx, visiting),
      scoreSummaries(ctx, practices.map((p) => p.id)),
    ]);
    const byId = new Map(practices.map((p) => [p.id, p]));
    const ranked = rankCandidates(
      practices.map((p) => ({
        id: p.id,
        title: localize(p.title, ctx.language) ?? '',
        thematicAreaIds: p.thematicAreaIds,
        assessmentScore: visibleSummary(ctx, summaryIn(summaries, p.id)).score,
      })),
      needs,
      visiting,
    );
    return ranked.flatMap((r) => {
      const practice = byId.get(r.id);
      return practice ? [{ ...r, practice }] : [];
    });
  }
}
