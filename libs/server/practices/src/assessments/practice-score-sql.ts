import type { Principal, SortKey } from '@lr/server-core';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FALLBACK_SET_KEY } from '../criteria/criteria-sets';
import { AssessmentStatus } from './assessment-status';
import { assessmentViewer } from './assessment-visibility';

/**
 * Every scored practice's score, as `scoring.ts` computes it, in one aggregate: each complete
 * assessment's weighted mean (the criteria of its programme: its own when it has any, else the
 * set it chose, else the fallback set; every one scored; submitted), then their mean per practice.
 */
const PRACTICE_SCORES = `(
  SELECT m.practice_id, avg(m.mean) AS score
  FROM (
    SELECT a.practice_id, sum(c.weight * s.score)::float8 / sum(c.weight) AS mean
    FROM assessment a
    JOIN assessment_criterion c ON (CASE
      WHEN EXISTS (SELECT 1 FROM assessment_criterion own WHERE own.programme_id = a.programme_id) THEN c.programme_id = a.programme_id
      ELSE c.programme_id IS NULL AND c.set_key = coalesce((SELECT ch.set_key FROM programme_criteria_choice ch WHERE ch.programme_id = a.programme_id), '${FALLBACK_SET_KEY}')
    END)
    LEFT JOIN assessment_score s ON s.assessment_id = a.id AND s.criterion_id = c.id
    WHERE a.status = '${AssessmentStatus.SUBMITTED}'
    GROUP BY a.id, a.practice_id
    HAVING count(s.id) = count(*)
  ) m
  GROUP BY m.practice_id
)`;

/**
 * Orders a practices query (alias `alias`) by score: joins the scores (one row per practice, so
 * keyset pages stay exact) and returns the sort key. A score the caller may not see
 * (`seesPracticeScore`: an assessor before submitting their own, a reviewer not assigned) sorts
 * as none, so the order gives nothing away either; unscored practices come last both ways.
 * One aggregate over the assessments per page, whatever the number of practices.
 */
export function orderByScore<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, principal: Principal, direction: 'ASC' | 'DESC'): SortKey {
  query.leftJoin(PRACTICE_SCORES, 'lr_score', `lr_score.practice_id = ${alias}.id`);
  const viewer = assessmentViewer(principal);
  if (viewer.kind !== 'user') return { expression: 'lr_score.score', direction, nulls: 'last' };
  const mine = `SELECT 1 FROM assessment mine WHERE mine.practice_id = ${alias}.id AND mine.assessor_id = :lrScoreViewer`;
  const hidden = [`EXISTS (${mine} AND mine.status <> '${AssessmentStatus.SUBMITTED}')`, ...(viewer.reviewer ? [`NOT EXISTS (${mine})`] : [])];
  query.setParameter('lrScoreViewer', viewer.userId);
  return { expression: `CASE WHEN ${hidden.join(' OR ')} THEN NULL ELSE lr_score.score END`, direction, nulls: 'last' };
}
