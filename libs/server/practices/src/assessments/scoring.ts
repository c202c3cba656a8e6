import { AssessmentStatus } from './assessment-status';

export const MAX_SCORE = 5;

export interface WeightedCriterion {
  id: string;
  weight: number;
}

export interface CriterionScore {
  criterionId: string;
  score: number;
}

export interface ScorableAssessment {
  status: AssessmentStatus;
  scores: readonly CriterionScore[];
  /** The criteria that apply to it (its programme's set). */
  criteria: readonly WeightedCriterion[];
}

/** Criteria of the set that have no score yet. */
export function unscoredCriteria<C extends WeightedCriterion>(criteria: readonly C[], scores: readonly CriterionScore[]): C[] {
  const scored = new Set(scores.map((s) => s.criterionId));
  return criteria.filter((c) => !scored.has(c.id));
}

/** Complete = submitted with every criterion of its set scored. Only complete ones count. */
export function isComplete(assessment: ScorableAssessment): boolean {
  return assessment.status === AssessmentStatus.SUBMITTED && assessment.criteria.length > 0 && unscoredCriteria(assessment.criteria, assessment.scores).length === 0;
}

/**
 * Weighted mean (0-5) of the scores given to the set's criteria; scores of criteria no longer
 * in the set are ignored. Null when nothing is scored.
 */
export function weightedMean(criteria: readonly WeightedCriterion[], scores: readonly CriterionScore[]): number | null {
  const byCriterion = new Map(scores.map((s) => [s.criterionId, s.score]));
  let total = 0;
  let weights = 0;
  for (const c of criteria) {
    const score = byCriterion.get(c.id);
    if (score === undefined) continue;
    total += c.weight * score;
    weights += c.weight;
  }
  return weights > 0 ? total / weights : null;
}

/**
 * A practice's score: the mean of its complete assessments' weighted means (each assessor
 * counts once, whatever the size of their criteria set). Null without a complete assessment.
 */
export function practiceScore(assessments: readonly ScorableAssessment[]): { score: number | null; completeAssessments: number } {
  const means = assessments.filter(isComplete).map((a) => weightedMean(a.criteria, a.scores) as number);
  return {
    score: means.length ? means.reduce((sum, m) => sum + m, 0) / means.length : null,
    completeAssessments: means.length,
  };
}
