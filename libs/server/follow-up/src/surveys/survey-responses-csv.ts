import { findOrFail, isAdmin, localize, type RequestContext } from '@lr/server-core';
import { QuestionType } from './survey-enums';
import { SurveyQuestion } from './survey-question.entity';
import type { AnswerValue } from './survey-response.entity';
import { authorsOf, responsesOf } from './survey-results';
import { Survey } from './survey.entity';

type Cell = string | number | null | undefined;

/** One CSV field (RFC 4180); text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const toCsv = (rows: readonly (readonly Cell[])[]) => rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

function cell(question: SurveyQuestion, answer: AnswerValue | undefined): Cell {
  if (!answer) return null;
  if (question.type === QuestionType.LIKERT) return answer.score;
  if (question.type === QuestionType.FREE_TEXT) return answer.text;
  return (answer.choices ?? []).join('; ');
}

/**
 * A survey's responses as CSV, one row per response and one column per question (choices by
 * value). Rows are ordered by the responses' random ids, never by time. Anonymous surveys: no
 * name and no date (a date could be matched to the day an invitation was answered). Named
 * surveys: the date, and the respondent's name for admins.
 */
export async function surveyResponsesCsv(ctx: RequestContext, surveyId: string): Promise<{ csv: string; fileName: string }> {
  const survey = await findOrFail(ctx, Survey, surveyId);
  const [questions, responses] = await Promise.all([ctx.repo(SurveyQuestion).find({ where: { surveyId }, order: { position: 'ASC' } }), responsesOf(ctx, surveyId)]);
  const named = !survey.anonymous;
  const withNames = named && isAdmin(ctx.principal);
  const authors = withNames ? await authorsOf(ctx, responses) : new Map();
  const header: Cell[] = ['response', ...(withNames ? ['respondent'] : []), ...(named ? ['answeredOn'] : []), ...questions.map((q) => `Q${q.position} ${localize(q.text, ctx.language) ?? ''}`)];
  const rows = responses.map((r) => {
    const person = withNames ? authors.get(r.invitationId ?? '') : undefined;
    return [
      r.id,
      ...(withNames ? [person ? `${person.givenName} ${person.familyName}` : null] : []),
      ...(named ? [r.answeredOn] : []),
      ...questions.map((q) => cell(q, r.answers.find((a) => a.questionId === q.id))),
    ];
  });
  return { csv: toCsv([header, ...rows]), fileName: `survey-${survey.id}-responses.csv` };
}
