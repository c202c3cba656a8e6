import { LIKERT_MAX, LIKERT_MIN } from './question-rules';
import { QuestionType } from './survey-enums';
import type { QuestionOption } from './survey-question.entity';
import type { AnswerValue } from './survey-response.entity';

/**
 * `part` of `whole` as a percentage with one decimal, rounded half up, computed on integers
 * (2 of 3 → 66.7); 0 when nobody was invited.
 */
export function percentOneDecimal(part: number, whole: number): number {
  if (whole <= 0) return 0;
  return Math.floor((part * 2000 + whole) / (2 * whole)) / 10;
}

/**
 * The exact mean of whole numbers as a decimal string with two places, rounded half up on
 * integers (no float ever rounds it): [4, 5, 5] → "4.67"; null without values.
 */
export function meanOf(values: readonly number[]): string | null {
  if (!values.length) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  const hundredths = Math.floor((sum * 200 + values.length) / (2 * values.length));
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** The summary of one question over a survey's responses. */
export interface QuestionSummary {
  questionId: string;
  /** How many responses answered it. */
  answered: number;
  /** LIKERT: how many chose each score, 1 to 5 (every score listed, zeros included). */
  likert: { score: number; count: number }[];
  /** LIKERT: the mean score, exact to two decimals. */
  mean: string | null;
  /** Choice questions: how many chose each option, in the options' order. */
  choices: { value: string; count: number }[];
  /** FREE_TEXT: each text, with the index of its response in the given list. */
  texts: { text: string; response: number }[];
}

export function summarize(question: { id: string; type: QuestionType; options: readonly QuestionOption[] }, responses: readonly { answers: readonly AnswerValue[] }[]): QuestionSummary {
  const answers = responses.map((r, response) => ({ answer: r.answers.find((a) => a.questionId === question.id), response })).filter((x) => x.answer);
  const summary: QuestionSummary = { questionId: question.id, answered: answers.length, likert: [], mean: null, choices: [], texts: [] };
  if (question.type === QuestionType.LIKERT) {
    const scores = answers.map((x) => x.answer?.score).filter((s): s is number => typeof s === 'number');
    for (let score = LIKERT_MIN; score <= LIKERT_MAX; score++) summary.likert.push({ score, count: scores.filter((s) => s === score).length });
    summary.mean = meanOf(scores);
  } else if (question.type === QuestionType.FREE_TEXT) {
    summary.texts = answers.filter((x) => x.answer?.text).map((x) => ({ text: x.answer?.text as string, response: x.response }));
  } else {
    summary.choices = question.options.map((o) => ({ value: o.value, count: answers.filter((x) => x.answer?.choices?.includes(o.value)).length }));
  }
  return summary;
}
