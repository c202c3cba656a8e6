/**
 * Ranking practices for a route's visitors. Pure: the service gathers the facts.
 *
 * fit (0-1): for each visiting country, the share of its ranked learning needs the practice's
 * thematic areas meet, each need weighted 1/rank (rank 1 counts most); averaged over the
 * visiting countries (a country with no recorded needs contributes 0).
 * score (0-1): FIT_WEIGHT × fit + QUALITY_WEIGHT × assessment score / 5 (0 when unassessed).
 * Fit leads because a practice nobody needs is no use however good it is.
 */
export const FIT_WEIGHT = 0.7;
export const QUALITY_WEIGHT = 0.3;
const MAX_ASSESSMENT_SCORE = 5;

export interface NeedFact {
  countryCode: string;
  thematicAreaId: string;
  rank: number;
}

export interface CandidateFact {
  id: string;
  title: string;
  thematicAreaIds: readonly string[];
  /** 0-5, or null when unassessed (or hidden from the caller). */
  assessmentScore: number | null;
}

export type MatchReasonFact = NeedFact;

export interface MatchResult {
  id: string;
  score: number;
  fit: number;
  assessmentScore: number | null;
  reasons: MatchReasonFact[];
}

export function needWeight(rank: number): number {
  return 1 / rank;
}

export function matchPractice(candidate: CandidateFact, needs: readonly NeedFact[], visitingCountryCodes: readonly string[]): MatchResult {
  const areas = new Set(candidate.thematicAreaIds);
  const countries = [...new Set(visitingCountryCodes)];
  const reasons: MatchReasonFact[] = [];
  let fitSum = 0;
  for (const country of countries) {
    const own = needs.filter((n) => n.countryCode === country);
    const total = own.reduce((sum, n) => sum + needWeight(n.rank), 0);
    const met = own.filter((n) => areas.has(n.thematicAreaId));
    reasons.push(...met);
    if (total > 0) fitSum += met.reduce((sum, n) => sum + needWeight(n.rank), 0) / total;
  }
  const fit = countries.length ? fitSum / countries.length : 0;
  const quality = candidate.assessmentScore === null ? 0 : candidate.assessmentScore / MAX_ASSESSMENT_SCORE;
  return {
    id: candidate.id,
    fit,
    score: FIT_WEIGHT * fit + QUALITY_WEIGHT * quality,
    assessmentScore: candidate.assessmentScore,
    reasons: reasons
      .map(({ countryCode, thematicAreaId, rank }) => ({ countryCode, thematicAreaId, rank }))
      .sort((a, b) => a.rank - b.rank || a.countryCode.localeCompare(b.countryCode)),
  };
}

/** Every candidate, best first: by score, then fit, then title. */
export function rankCandidates(candidates: readonly CandidateFact[], needs: readonly NeedFact[], visitingCountryCodes: readonly string[]): MatchResult[] {
  const titles = new Map(candidates.map((c) => [c.id, c.title]));
  return candidates
    .map((c) => matchPractice(c, needs, visitingCountryCodes))
    .sort((a, b) => b.score - a.score || b.fit - a.fit || (titles.get(a.id) ?? '').localeCompare(titles.get(b.id) ?? '') || a.id.localeCompare(b.id));
}
