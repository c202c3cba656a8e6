import { AssessmentStatus } from './assessment-status';
import { isComplete, practiceScore, unscoredCriteria, weightedMean, type ScorableAssessment } from './scoring';

const criteria = [
  { id: 'impact', weight: 3 },
  { id: 'innovation', weight: 2 },
  { id: 'logistics', weight: 1 },
];
const scored = (status: AssessmentStatus, ...scores: number[]): ScorableAssessment => ({
  status,
  criteria,
  scores: scores.map((score, i) => ({ criterionId: criteria[i].id, score })),
});

describe('scoring', () => {
  it('weighs each criterion by its weight', () => {
    expect(weightedMean(criteria, scored(AssessmentStatus.SUBMITTED, 5, 2, 2).scores)).toBeCloseTo((15 + 4 + 2) / 6);
    expect(weightedMean(criteria, scored(AssessmentStatus.SUBMITTED, 0, 0, 0).scores)).toBe(0);
  });

  it('ignores scores of criteria outside the set and answers null when nothing is scored', () => {
    expect(weightedMean(criteria, [{ criterionId: 'gone', score: 5 }, { criterionId: 'logistics', score: 1 }])).toBe(1);
    expect(weightedMean(criteria, [])).toBeNull();
  });

  it('counts an assessment as complete only when submitted with every criterion scored', () => {
    expect(isComplete(scored(AssessmentStatus.SUBMITTED, 1, 2, 3))).toBe(true);
    expect(isComplete(scored(AssessmentStatus.DRAFT, 1, 2, 3))).toBe(false);
    expect(isComplete(scored(AssessmentStatus.SUBMITTED, 1, 2))).toBe(false);
    expect(isComplete({ status: AssessmentStatus.SUBMITTED, criteria: [], scores: [] })).toBe(false);
    expect(unscoredCriteria(criteria, scored(AssessmentStatus.DRAFT, 4).scores).map((c) => c.id)).toEqual(['innovation', 'logistics']);
  });

  it('averages the complete assessments only', () => {
    const result = practiceScore([
      scored(AssessmentStatus.SUBMITTED, 5, 5, 5),
      scored(AssessmentStatus.SUBMITTED, 2, 2, 2),
      scored(AssessmentStatus.DRAFT, 0, 0, 0),
      scored(AssessmentStatus.SUBMITTED, 0),
    ]);
    expect(result).toEqual({ score: 3.5, completeAssessments: 2 });
  });

  it('has no score without a complete assessment', () => {
    expect(practiceScore([scored(AssessmentStatus.DRAFT, 5, 5, 5)])).toEqual({ score: null, completeAssessments: 0 });
  });
});
