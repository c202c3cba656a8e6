import { In } from 'typeorm';
import { User, localize, type RequestContext } from '@lr/server-core';
import { loadThematicAreas } from '@lr/server-core-domain';
import { assessmentViewer, seesAssessorDetails } from '../assessments/assessment-visibility';
import { scoreSummaries, summaryIn, visibleSummary } from '../assessments/practice-scores';
import { EXPORT_LIMIT, practiceSortKey, practicesQuery } from '../practices/practice.service';
import type { PracticeFilter } from '../practices/practice.inputs';
import { toCsv, type CsvCell } from './csv';

export const EXPORT_COLUMNS = [
  'practice_id',
  'title',
  'country_code',
  'locality',
  'level',
  'status',
  'thematic_areas',
  'practice_score',
  'complete_assessments',
  'assessment_id',
  'assessor',
  'assessment_status',
  'submitted_at',
  'assessment_score',
  'criterion_code',
  'criterion_name',
  'criterion_weight',
  'criterion_score',
  'comment',
] as const;

const decimals = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100) / 100);

/**
 * The filtered practices as CSV, one row per criterion score of each assessment the caller may
 * see (one row for a practice without any). Partners get published practices, without
 * assessors or comments; assessors who have not submitted see only their own scores.
 */
export async function exportPracticesCsv(ctx: RequestContext, filter: PracticeFilter): Promise<string> {
  const order = practiceSortKey(ctx);
  const practices = await practicesQuery(ctx, filter).orderBy(order.expression, 'ASC').addOrderBy('p.id', 'ASC').limit(EXPORT_LIMIT).getMany();
  const summaries = await scoreSummaries(ctx, practices.map((p) => p.id));
  const areaIds = [...new Set(practices.flatMap((p) => p.thematicAreaIds))];
  const areas = new Map((await loadThematicAreas(ctx, areaIds)).map((a) => [a.id, localize(a.name, ctx.language)]));
  const showAssessors = seesAssessorDetails(assessmentViewer(ctx.principal));
  const visible = practices.map((p) => visibleSummary(ctx, summaryIn(summaries, p.id)));
  const assessorIds = [...new Set(visible.flatMap((v) => v.assessments.map((d) => d.assessment.assessorId)))];
  const names = new Map(showAssessors && assessorIds.length ? (await ctx.repo(User).findBy({ id: In(assessorIds) })).map((u) => [u.id, u.displayName]) : []);

  const rows: CsvCell[][] = [[...EXPORT_COLUMNS]];
  practices.forEach((p, i) => {
    const summary = visible[i];
    const practiceCells: CsvCell[] = [
      p.id,
      localize(p.title, ctx.language),
      p.countryCode,
      p.locality,
      p.level,
      p.status,
      p.thematicAreaIds.map((id) => areas.get(id)).filter(Boolean).join('; '),
      decimals(summary.score),
      summary.completeAssessments,
    ];
    const details = summary.assessments.flatMap((d) => {
      const assessmentCells: CsvCell[] = [
        d.assessment.id,
        showAssessors ? names.get(d.assessment.assessorId) : null,
        d.assessment.status,
        d.assessment.submittedAt?.toISOString(),
        decimals(d.score),
      ];
      if (!d.scores.length) return [[...assessmentCells, null, null, null, null, null]];
      const criteria = new Map(d.criteria.map((c) => [c.id, c]));
      return d.scores.map((s) => {
        const c = criteria.get(s.criterionId);
        return [...assessmentCells, c?.code, c ? localize(c.name, ctx.language) : null, c?.weight, s.score, showAssessors ? s.comment : null];
      });
    });
    if (!details.length) rows.push([...practiceCells, ...Array(EXPORT_COLUMNS.length - practiceCells.length).fill(null)]);
    for (const detail of details) rows.push([...practiceCells, ...detail]);
  });
  return toCsv(rows);
}
