import type { FieldProblem } from '@lr/server-core';
import { hasAnyLanguage, type LocalizedValue } from '@lr/server-core';
import { QuestionType } from './survey-enums';
import type { QuestionOption } from './survey-question.entity';
import type { AnswerValue } from './survey-response.entity';

/** Likert questions are answered 1 (strongly disagree) to 5 (strongly agree). */
export const LIKERT_MIN = 1;
export const LIKERT_MAX = 5;
/** Free-text answers are kept up to this length. */
export const MAX_TEXT_ANSWER = 4000;

const OPTION_VALUE = /^[A-Za-z0-9_-]{1,50}$/;

export const isChoice = (type: QuestionType) => type === QuestionType.SINGLE_CHOICE || type === QuestionType.MULTIPLE_CHOICE;

/**
 * What is wrong with a question's options for its type: choice questions need at least two
 * options with unique values (the value is what answers store) and a label; other types take none.
 */
export function optionProblems(type: QuestionType, options: readonly QuestionOption[], path: string): FieldProblem[] {
  if (!isChoice(type)) return options.length ? [{ path, message: `must be empty for a ${type} question`, constraint: 'noOptions' }] : [];
  const problems: FieldProblem[] = [];
  if (options.length < 2) problems.push({ path, message: 'needs at least two options for a choice question', constraint: 'twoOptions' });
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (!OPTION_VALUE.test(option.value)) problems.push({ path: `${path}.${i}.value`, message: 'must be 1-50 letters, digits, dashes or underscores', constraint: 'optionValueFormat' });
    else if (seen.has(option.value)) problems.push({ path: `${path}.${i}.value`, message: `repeats the value "${option.value}"`, constraint: 'uniqueOptionValue' });
    seen.add(option.value);
    if (!hasAnyLanguage(option.label)) problems.push({ path: `${path}.${i}.label`, message: 'needs a text in at least one language (en, fr or es)', constraint: 'optionLabel' });
  });
  return problems;
}

/** A question as answering checks it. */
export interface AnswerableQuestion {
  id: string;
  position: number;
  type: QuestionType;
  required: boolean;
  text: LocalizedValue;
  options: readonly QuestionOption[];
}

/** One answer as a respondent sends it. */
export interface AnswerInputValue {
  questionId: string;
  score?: number | null;
  choices?: readonly string[] | null;
  text?: string | null;
}

/**
 * Checks a questionnaire's answers against its questions and keeps only what each type takes
 * (a Likert score, chosen values, a trimmed text). Problems name the answer (`answers.N.score`),
 * or `answers` for a required question left unanswered. Unanswered optional questions are left out.
 */
export function checkAnswers(questions: readonly AnswerableQuestion[], answers: readonly AnswerInputValue[]): { values: AnswerValue[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const values: AnswerValue[] = [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  const answered = new Set<string>();
  answers.forEach((answer, i) => {
    const path = `answers.${i}`;
    const question = byId.get(answer.questionId);
    if (!question) return void problems.push({ path: `${path}.questionId`, message: 'is not a question of this survey', constraint: 'questionOfSurvey' });
    if (answered.has(question.id)) return void problems.push({ path: `${path}.questionId`, message: 'answers a question already answered above', constraint: 'answeredOnce' });
    answered.add(question.id);
    const value = answerValue(question, answer, path, problems);
    if (value) values.push(value);
    else if (question.required && !problems.some((p) => p.path.startsWith(`${path}.`))) problems.push({ path, message: `is required (question ${question.position})` });
  });
  for (const question of questions) {
    if (question.required && !answered.has(question.id)) problems.push({ path: 'answers', message: `needs an answer to question ${question.position}`, constraint: 'answerRequired' });
  }
  values.sort((a, b) => (byId.get(a.questionId)?.position ?? 0) - (byId.get(b.questionId)?.position ?? 0));
  return { values, problems };
}

/** The stored value of one answer, null when it says nothing (blank text, no choice, no score). */
function answerValue(question: AnswerableQuestion, answer: AnswerInputValue, path: string, problems: FieldProblem[]): AnswerValue | null {
  const others = (keys: ('score' | 'choices' | 'text')[]) => {
    for (const key of keys) {
      const v = answer[key];
      if (v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)) problems.push({ path: `${path}.${key}`, message: `is not taken by a ${question.type} question`, constraint: 'answerOfType' });
    }
  };
  switch (question.type) {
    case QuestionType.LIKERT: {
      others(['choices', 'text']);
      if (answer.score === undefined || answer.score === null) return null;
      if (!Number.isInteger(answer.score) || answer.score < LIKERT_MIN || answer.score > LIKERT_MAX) {
        problems.push({ path: `${path}.score`, message: `must be a whole number from ${LIKERT_MIN} to ${LIKERT_MAX}`, constraint: 'likertScore' });
        return null;
      }
      return { questionId: question.id, score: answer.score };
    }
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTIPLE_CHOICE: {
      others(['score', 'text']);
      const choices = [...new Set(answer.choices ?? [])];
      if (!choices.length) return null;
      const known = new Set(question.options.map((o) => o.value));
      const unknown = choices.filter((c) => !known.has(c));
      if (unknown.length) {
        problems.push({ path: `${path}.choices`, message: `has values that are not options of the question: ${unknown.join(', ')}`, constraint: 'knownChoices' });
        return null;
      }
      if (question.type === QuestionType.SINGLE_CHOICE && choices.length > 1) {
        problems.push({ path: `${path}.choices`, message: 'must hold one value for a single-choice question', constraint: 'singleChoice' });
        return null;
      }
      return { questionId: question.id, choices };
    }
    case QuestionType.FREE_TEXT: {
      others(['score', 'choices']);
      const text = answer.text?.trim();
      if (!text) return null;
      if (text.length > MAX_TEXT_ANSWER) {
        problems.push({ path: `${path}.text`, message: `must be at most ${MAX_TEXT_ANSWER} characters`, constraint: 'answerLength' });
        return null;
      }
      return { questionId: question.id, text };
    }
  }
}
