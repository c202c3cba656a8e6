import type { Response } from 'express';
import { assertAllowed, eachRow, filterFromQuery, localize, rowsInPages, streamCsv, type CsvColumn, type ModuleHttp, type RequestContext } from '@lr/server-core';
import { loadProgramme, loadRoute } from '@lr/server-core-domain';
import { FOLLOW_UP } from '../common/access';
import { SurveyInvitation } from './survey-invitation.entity';
import { SurveyFilter } from './survey.inputs';
import type { Survey } from './survey.entity';
import { SURVEY_SORT, surveysQuery } from './survey.service';

interface SurveyRow {
  survey: Survey;
  title: string | null;
  route: string | null;
  programme: string | null;
  invited: number;
  answered: number;
}

const COLUMNS: CsvColumn<SurveyRow>[] = [
  { header: 'survey_id', value: (r) => r.survey.id },
  { header: 'title', value: (r) => r.title },
  { header: 'route', value: (r) => r.route },
  { header: 'programme', value: (r) => r.programme },
  { header: 'kind', value: (r) => r.survey.kind },
  { header: 'status', value: (r) => r.survey.status },
  { header: 'anonymous', value: (r) => r.survey.anonymous },
  { header: 'opens_on', value: (r) => r.survey.opensOn },
  { header: 'closes_on', value: (r) => r.survey.closesOn },
  { header: 'invited', value: (r) => r.invited },
  { header: 'answered', value: (r) => r.answered },
];

/** How many were invited to each survey of a page and how many answered, in one statement. */
async function rosterCounts(ctx: RequestContext, surveyIds: string[]): Promise<Map<string, { invited: number; answered: number }>> {
  const counts = await ctx
    .repo(SurveyInvitation)
    .createQueryBuilder('v')
    .select('v.survey_id', 'surveyId')
    .addSelect('COUNT(*)::int', 'invited')
    .addSelect('COUNT(v.answered_on)::int', 'answered')
    .where('v.survey_id = ANY(:surveyIds)', { surveyIds })
    .groupBy('v.survey_id')
    .getRawMany<{ surveyId: string; invited: number; answered: number }>();
  return new Map(counts.map((c) => [c.surveyId, { invited: c.invited, answered: c.answered }]));
}

/**
 * `GET /follow-up/surveys.csv?<surveys(filter:) fields>`: the surveys the list shows (editors of
 * follow-up and admins only, as the list), the latest opening first, with how many answered.
 */
export async function exportSurveysCsv(ctx: RequestContext, query: Record<string, unknown>, res: Response): Promise<void> {
  assertAllowed(ctx, [`EDIT:${FOLLOW_UP}`], 'surveys.csv');
  const filter = await filterFromQuery(SurveyFilter, query);
  const rows = eachRow(rowsInPages(surveysQuery(ctx, filter), SURVEY_SORT), async (surveys) => {
    const counts = await rosterCounts(ctx, surveys.map((s) => s.id));
    return Promise.all(
      surveys.map(async (survey): Promise<SurveyRow> => {
        const [route, programme] = await Promise.all([survey.routeId ? loadRoute(ctx, survey.routeId) : null, loadProgramme(ctx, survey.programmeId)]);
        return {
          survey,
          title: localize(survey.title, ctx.language),
          route: route ? localize(route.title, ctx.language) : null,
          programme: programme ? localize(programme.name, ctx.language) : null,
          invited: counts.get(survey.id)?.invited ?? 0,
          answered: counts.get(survey.id)?.answered ?? 0,
        };
      }),
    );
  });
  await streamCsv(res, { fileName: 'surveys.csv', columns: COLUMNS, rows });
}

/** The surveys list as CSV (issue 14). */
export function mountSurveysCsv({ app, handle }: ModuleHttp): void {
  app.get(
    '/follow-up/surveys.csv',
    handle((req, res, ctx) => exportSurveysCsv(ctx, req.query as Record<string, unknown>, res)),
  );
}
