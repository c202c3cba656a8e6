import { FIT_WEIGHT, QUALITY_WEIGHT, matchPractice, rankCandidates, type CandidateFact, type NeedFact } from './matching';

// Two visiting countries ranking three areas each.
const needs: NeedFact[] = [
  { countryCode: 'BJ', thematicAreaId: 'multi', rank: 1 },
  { countryCode: 'BJ', thematicAreaId: 'costing', rank: 2 },
  { countryCode: 'BJ', thematicAreaId: 'tracking', rank: 3 },
  { countryCode: 'GT', thematicAreaId: 'tracking', rank: 1 },
  { countryCode: 'GT', thematicAreaId: 'multi', rank: 2 },
  { countryCode: 'GT', thematicAreaId: 'costing', rank: 3 },
];
const total = 1 + 1 / 2 + 1 / 3;
const practice = (id: string, areas: string[], assessmentScore: number | null = null): CandidateFact => ({ id, title: id, thematicAreaIds: areas, assessmentScore });

describe('matching practices to visiting countries', () => {
  it('weighs each met need by 1/rank, per country, averaged over the visitors', () => {
    const result = matchPractice(practice('p', ['multi']), needs, ['BJ', 'GT']);
    expect(result.fit).toBeCloseTo((1 / total + 0.5 / total) / 2);
    expect(result.score).toBeCloseTo(FIT_WEIGHT * result.fit);
  });

  it('says why: every met need with its country and rank, most wanted first', () => {
    const result = matchPractice(practice('p', ['multi', 'tracking']), needs, ['BJ', 'GT']);
    expect(result.reasons).toEqual([
      { countryCode: 'BJ', thematicAreaId: 'multi', rank: 1 },
      { countryCode: 'GT', thematicAreaId: 'tracking', rank: 1 },
      { countryCode: 'GT', thematicAreaId: 'multi', rank: 2 },
      { countryCode: 'BJ', thematicAreaId: 'tracking', rank: 3 },
    ]);
  });

  it('meets every need of everyone with a fit of 1', () => {
    expect(matchPractice(practice('p', ['multi', 'costing', 'tracking']), needs, ['BJ', 'GT']).fit).toBeCloseTo(1);
  });

  it('adds the assessment score as quality', () => {
    const result = matchPractice(practice('p', [], 4), needs, ['BJ']);
    expect(result.fit).toBe(0);
    expect(result.score).toBeCloseTo(QUALITY_WEIGHT * 0.8);
    expect(result.assessmentScore).toBe(4);
  });

  it('counts a visitor without recorded needs as unmet, and no visitors as no fit', () => {
    expect(matchPractice(practice('p', ['multi']), needs, ['BJ', 'ZZ']).fit).toBeCloseTo(1 / total / 2);
    expect(matchPractice(practice('p', ['multi']), needs, []).fit).toBe(0);
  });

  it('ranks the best fit first, then by assessment score, then by title', () => {
    const ranked = rankCandidates(
      [practice('b-tracking', ['tracking']), practice('a-costing', ['costing'], 5), practice('c-multi', ['multi']), practice('d-none', []), practice('a-none', [])],
      needs,
      ['BJ'],
    );
    // multi (rank 1): 0.7 × 0.545 = 0.38; costing (rank 2) + score 5: 0.7 × 0.27 + 0.3 = 0.49; tracking (rank 3): 0.13.
    expect(ranked.map((r) => r.id)).toEqual(['a-costing', 'c-multi', 'b-tracking', 'a-none', 'd-none']);
  });
});
