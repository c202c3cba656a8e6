import { addDays, addMonths } from './survey-dates';
import { checkAnswers, optionProblems } from './question-rules';
import { QuestionType } from './survey-enums';
import { meanOf, percentOneDecimal, summarize } from './survey-summary';

const opts = (...values: string[]) => values.map((value) => ({ value, label: { en: value } }));

describe('survey dates', () => {
  it('adds months, keeping the day or taking the end of a shorter month', () => {
    expect(addMonths('2025-05-19', 6)).toBe('2025-11-19');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
  it('adds days across months and years', () => {
    expect(addDays('2025-12-20', 28)).toBe('2026-01-17');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});

describe('question options', () => {
  it('needs two unique valued, labelled options for choice questions and none for others', () => {
    expect(optionProblems(QuestionType.SINGLE_CHOICE, opts('a', 'b'), 'input.options')).toEqual([]);
    expect(optionProblems(QuestionType.SINGLE_CHOICE, opts('a'), 'input.options').map((p) => p.path)).toEqual(['input.options']);
    expect(optionProblems(QuestionType.MULTIPLE_CHOICE, opts('a', 'b', 'a'), 'input.options').map((p) => p.path)).toEqual(['input.options.2.value']);
    expect(optionProblems(QuestionType.MULTIPLE_CHOICE, [...opts('a'), { value: 'b', label: {} }], 'input.options').map((p) => p.path)).toEqual(['input.options.1.label']);
    expect(optionProblems(QuestionType.LIKERT, opts('a', 'b'), 'input.options').map((p) => p.path)).toEqual(['input.options']);
  });
});

describe('answers', () => {
  const questions = [
    { id: 'q1', position: 1, type: QuestionType.LIKERT, required: true, text: { en: 'Useful?' }, options: [] },
    { id: 'q2', position: 2, type: QuestionType.SINGLE_CHOICE, required: false, text: { en: 'Which?' }, options: opts('a', 'b') },
    { id: 'q3', position: 3, type: QuestionType.MULTIPLE_CHOICE, required: false, text: { en: 'Which ones?' }, options: opts('a', 'b', 'c') },
    { id: 'q4', position: 4, type: QuestionType.FREE_TEXT, required: false, text: { en: 'Anything else?' }, options: [] },
  ];

  it('keeps what each type takes, in question order', () => {
    const { values, problems } = checkAnswers(questions, [
      { questionId: 'q4', text: '  good  ' },
      { questionId: 'q3', choices: ['a', 'c', 'a'] },
      { questionId: 'q1', score: 5 },
    ]);
    expect(problems).toEqual([]);
    expect(values).toEqual([{ questionId: 'q1', score: 5 }, { questionId: 'q3', choices: ['a', 'c'] }, { questionId: 'q4', text: 'good' }]);
  });

  it('names each wrong answer by its index and field', () => {
    const { problems } = checkAnswers(questions, [
      { questionId: 'q1', score: 6 },
      { questionId: 'q2', choices: ['a', 'b'] },
      { questionId: 'q3', choices: ['z'] },
      { questionId: 'nope', score: 1 },
      { questionId: 'q4', score: 3, text: 'x' },
    ]);
    expect(problems.map((p) => p.path)).toEqual(['answers.0.score', 'answers.1.choices', 'answers.2.choices', 'answers.3.questionId', 'answers.4.score']);
  });

  it('requires required questions', () => {
    expect(checkAnswers(questions, []).problems).toEqual([{ path: 'answers', message: 'needs an answer to question 1', constraint: 'answerRequired' }]);
    expect(checkAnswers(questions, [{ questionId: 'q1' }]).problems.map((p) => p.path)).toEqual(['answers.0']);
  });
});

describe('summaries', () => {
  it('gives the rate with one decimal and the mean exactly', () => {
    expect(percentOneDecimal(2, 3)).toBe(66.7);
    expect(percentOneDecimal(1, 8)).toBe(12.5);
    expect(percentOneDecimal(0, 0)).toBe(0);
    expect(meanOf([4, 5, 5])).toBe('4.67');
    expect(meanOf([1, 2])).toBe('1.50');
    expect(meanOf([])).toBeNull();
  });

  it('counts scores and choices', () => {
    const likert = summarize({ id: 'q', type: QuestionType.LIKERT, options: [] }, [{ answers: [{ questionId: 'q', score: 4 }] }, { answers: [{ questionId: 'q', score: 4 }] }, { answers: [] }]);
    expect(likert.answered).toBe(2);
    expect(likert.likert.find((l) => l.score === 4)?.count).toBe(2);
    expect(likert.mean).toBe('4.00');
    const choice = summarize({ id: 'c', type: QuestionType.MULTIPLE_CHOICE, options: opts('a', 'b') }, [{ answers: [{ questionId: 'c', choices: ['a', 'b'] }] }, { answers: [{ questionId: 'c', choices: ['b'] }] }]);
    expect(choice.choices).toEqual([{ value: 'a', count: 1 }, { value: 'b', count: 2 }]);
  });
});
