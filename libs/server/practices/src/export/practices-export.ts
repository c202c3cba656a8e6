import { In } from 'typeorm';
import { assertAllowed, eachRow, localize, rowsInPages, streamCsv, User, type CsvColumn, type CsvSink, type CsvValue, type RequestContext } from '@lr/server-core';
import { loadThematicAreas } from '@lr/server-core-domain';
import { assessmentViewer, seesAssessorDetails } from '../assessments/assessment-visibility';
import { scoreSummaries, summaryIn, visibleSummary } from '../assessments/practice-scores';
import type { Practice } from '../practices/practice.entity';
import { practiceSortKey, practicesQuery } from '../practices/practice.service';
import type { PracticeFilter } from '../practices/practice.inputs';

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

/** One line of the file, a cell per column of `EXPORT_COLUMNS`. */
type ExportRow = readonly CsvValue[];

const COLUMNS: CsvColumn<ExportRow>[] = EXPORT_COLUMNS.map((header, i) => ({ header, value: (row) => row[i] }));

/**
 * A page of practices as lines: what the page refers to (scores, thematic areas, assessors'
 * names) is read once for the page.
 */
async function pageRows(ctx: RequestContext, practices: Practice[], showAssessors: boolean): Promise<ExportRow[]> {
  const summaries = await scoreSummaries(ctx, practices.map((p) => p.id));
  const areaIds = [...new Set(practices.flatMap((p) => p.thematicAreaIds))];
  const areas = new Map((await loadThematicAreas(ctx, areaIds)).map((a) => [a.id, localize(a.name, ctx.language)]));
  const visible = practices.map((p) => visibleSummary(ctx, summaryIn(summaries, p.id)));
  const assessorIds = [...new Set(visible.flatMap((v) => v.assessments.map((d) => d.assessment.assessorId)))];
  const names = new Map(showAssessors && assessorIds.length ? (await ctx.repo(User).findBy({ id: In(assessorIds) })).map((u) => [u.id, u.displayName]) : []);

  const rows: ExportRow[] = [];
  practices.forEach((p, i) => {
    const summary = visible[i];
    const practiceCells: CsvValue[] = [
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
      const assessmentCells: CsvValue[] = [d.assessment.id, showAssessors ? names.get(d.assessment.assessorId) : null, d.assessment.status, d.assessment.submittedAt, decimals(d.score)];
      if (!d.scores.length) return [[...assessmentCells, null, null, null, null, null]];
      const criteria = new Map(d.criteria.map((c) => [c.id, c]));
      return d.scores.map((s) => {
        const c = criteria.get(s.criterionId);
        return [...assessmentCells, c?.code, c ? localize(c.name, ctx.language) : null, c?.weight, s.score, showAssessors ? s.comment : null];
      });
    });
    if (!details.length) rows.push([...practiceCells, ...Array<null>(EXPORT_COLUMNS.length - practiceCells.length).fill(null)]);
    for (const detail of details) rows.push([...practiceCells, ...detail]);
  });
  return rows;
}

/**
 * `GET /practices/export.csv?<practices(filter:) fields>`: the filtered practices, in the list's
 * order, one row per criterion score of each assessment the caller may see (one row for a
 * practice without any), streamed page by page (no cap). Partners get published practices,
 * without assessors or comments; assessors who have not submitted see only their own scores.
 */
export async function exportPracticesCsv(ctx: RequestContext, filter: PracticeFilter, res: CsvSink): Promise<void> {
  assertAllowed(ctx, ['READ'], 'export.csv');
  const showAssessors = seesAssessorDetails(assessmentViewer(ctx.principal));
  const rows = eachRow(rowsInPages(practicesQuery(ctx, filter), practiceSortKey(ctx)), (practices) => pageRows(ctx, practices, showAssessors));
  await streamCsv(res, { fileName: 'practices.csv', columns: COLUMNS, rows });
}
