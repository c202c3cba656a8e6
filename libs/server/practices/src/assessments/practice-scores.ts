import DataLoader from 'dataloader';
import { readRows, type RequestContext } from '@lr/server-core';
import type { AssessmentCriterion } from '../criteria/assessment-criterion.entity';
import { NO_PROGRAMME, criteriaForProgrammes } from '../criteria/criteria-resolution';
import { AssessmentScore } from './assessment-score.entity';
import { Assessment } from './assessment.entity';
import { assessmentViewer, seesPracticeScore, visibleAssessments } from './assessment-visibility';
import { isComplete, practiceScore, weightedMean } from './scoring';

/** An assessment with what it takes to score it. */
export interface AssessmentDetail {
  assessment: Assessment;
  scores: AssessmentScore[];
  criteria: AssessmentCriterion[];
  complete: boolean;
  /** Weighted mean of what is scored so far (0-5). */
  score: number | null;
}

export interface PracticeScoreSummary {
  assessments: AssessmentDetail[];
  /** Mean over complete assessments, or null. Not filtered for the caller: see `visibleSummary`. */
  score: number | null;
  completeAssessments: number;
}

const EMPTY: PracticeScoreSummary = { assessments: [], score: null, completeAssessments: 0 };

/**
 * Scores of many practices in four statements at most, whatever their number: the assessments
 * and their scores side by side, then the criteria that apply (two statements, one when no
 * assessment names a programme). Each score carries its criterion (as a to-one row joined
 * in would), so a score's `criterion` costs nothing more.
 */
export async function scoreSummaries(ctx: RequestContext, practiceIds: readonly string[]): Promise<Map<string, PracticeScoreSummary>> {
  const result = new Map<string, PracticeScoreSummary>();
  if (!practiceIds.length) return result;
  const ids = [...new Set(practiceIds)];
  const [assessments, scores] = await Promise.all([
    readRows(ctx.repo(Assessment).createQueryBuilder('a').where('a.practice_id = ANY(:ids)', { ids }).orderBy('a.created_at').addOrderBy('a.id')),
    // By the practices' ids, not the assessments': read alongside them rather than after.
    readRows(ctx.repo(AssessmentScore).createQueryBuilder('s').innerJoin(Assessment, 'a', 'a.id = s.assessment_id').where('a.practice_id = ANY(:ids)', { ids })),
  ]);
  const criteria = await criteriaForProgrammes(ctx, assessments.map((a) => a.programmeId));
  const criterionById = new Map([...criteria.values()].flat().map((c) => [c.id, c]));
  for (const score of scores) score.criterion = criterionById.get(score.criterionId);
  const assessmentsOf = groupBy(assessments, (a) => a.practiceId);
  const scoresOf = groupBy(scores, (s) => s.assessmentId);
  for (const id of practiceIds) {
    const details = (assessmentsOf.get(id) ?? []).map((assessment) => {
      const own = scoresOf.get(assessment.id) ?? [];
      const set = criteria.get(assessment.programmeId ?? NO_PROGRAMME) ?? [];
      const order = new Map(set.map((c, i) => [c.id, i]));
      own.sort((x, y) => (order.get(x.criterionId) ?? 999) - (order.get(y.criterionId) ?? 999));
      return {
        assessment,
        scores: own,
        criteria: set,
        complete: isComplete({ status: assessment.status, scores: own, criteria: set }),
        score: weightedMean(set, own),
      };
    });
    const { score, completeAssessments } = practiceScore(details.map((d) => ({ status: d.assessment.status, scores: d.scores, criteria: d.criteria })));
    result.set(id, { assessments: details, score, completeAssessments });
  }
  return result;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A practice's summary from a `scoreSummaries` map (empty when it has no assessments). */
export function summaryIn(summaries: Map<string, PracticeScoreSummary>, practiceId: string): PracticeScoreSummary {
  return summaries.get(practiceId) ?? EMPTY;
}

/** One practice's summary, batched per request (for field resolvers). */
export function scoreSummary(ctx: RequestContext, practiceId: string): Promise<PracticeScoreSummary> {
  const loader = ctx.loaders.get<string, PracticeScoreSummary>('practices:score-summary', () =>
    new DataLoader(async (ids: readonly string[]) => {
      const found = await scoreSummaries(ctx, ids);
      return ids.map((id) => found.get(id) ?? EMPTY);
    }),
  );
  return loader.load(practiceId);
}

/** What the caller may see of a summary: the assessments shown to them, and the score unless hidden. */
export function visibleSummary(ctx: RequestContext, summary: PracticeScoreSummary): { assessments: AssessmentDetail[]; score: number | null; completeAssessments: number | null } {
  const viewer = assessmentViewer(ctx.principal);
  const plain = summary.assessments.map((d) => d.assessment);
  const shown = new Set(visibleAssessments(viewer, plain));
  const seesScore = seesPracticeScore(viewer, plain);
  return {
    assessments: summary.assessments.filter((d) => shown.has(d.assessment)),
    score: seesScore ? summary.score : null,
    completeAssessments: seesScore ? summary.completeAssessments : null,
  };
}
