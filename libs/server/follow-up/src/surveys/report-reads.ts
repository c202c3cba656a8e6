import { In, IsNull, Not } from 'typeorm';
import { isPartner, Role, type LocalizedValue, type RequestContext } from '@lr/server-core';
import type { SurveyKind, SurveyStatus } from './survey-enums';
import { SurveyInvitation } from './survey-invitation.entity';
import { percentOneDecimal } from './survey-summary';
import { Survey } from './survey.entity';

export interface SurveyRate {
  id: string;
  routeId: string | null;
  title: LocalizedValue;
  kind: SurveyKind;
  status: SurveyStatus;
  invited: number;
  answered: number;
  /** answered / invited in percent, one decimal (as `surveyResults` gives it). */
  responseRate: number;
}

/**
 * Each survey's response rate for a route or a programme (counts only: no answer and no
 * person), for reports. Internal users (admins, editors, reviewers, viewers) read them;
 * partners and PARTICIPANT users get none, as survey results are the programme's working data.
 * Three statements whatever the count.
 */
export async function surveyRatesOf(ctx: RequestContext, scope: { routeId: string } | { programmeId: string }): Promise<SurveyRate[]> {
  const p = ctx.principal;
  if (isPartner(p) || p.kind !== 'user' || p.role === Role.PARTICIPANT) return [];
  const surveys = await ctx.repo(Survey).find({ where: 'routeId' in scope ? { routeId: scope.routeId } : { programmeId: scope.programmeId }, order: { opensOn: 'ASC', id: 'ASC' } });
  if (!surveys.length) return [];
  const ids = surveys.map((s) => s.id);
  const [all, done] = await Promise.all([
    ctx.repo(SurveyInvitation).find({ where: { surveyId: In(ids) }, select: { id: true, surveyId: true } }),
    ctx.repo(SurveyInvitation).find({ where: { surveyId: In(ids), answeredOn: Not(IsNull()) }, select: { id: true, surveyId: true } }),
  ]);
  const invited = countBySurvey(all);
  const answered = countBySurvey(done);
  return surveys.map((s) => {
    const i = invited.get(s.id) ?? 0;
    const a = answered.get(s.id) ?? 0;
    return { id: s.id, routeId: s.routeId, title: s.title, kind: s.kind, status: s.status, invited: i, answered: a, responseRate: percentOneDecimal(a, i) };
  });
}

/** How many rows per survey. */
function countBySurvey(rows: { surveyId: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.surveyId, (out.get(r.surveyId) ?? 0) + 1);
  return out;
}
