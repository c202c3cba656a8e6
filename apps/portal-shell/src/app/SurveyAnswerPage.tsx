import { errorCode, errorMessage, fieldProblems } from '@lr/portal-graphql';
import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { Button, ErrorPanel, Skeleton, TextArea, usePageTitle } from '@lr/portal-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { Language, ShellSurveyByTokenQuery, SurveyAnswerInput } from '../graphql/generated/graphql';
import { LanguagePicker } from './LanguagePicker';
import { useShell } from './shell-state';

const SurveyByTokenQuery = graphql(`
  query ShellSurveyByToken($token: String!, $lang: Language) {
    surveyByToken(token: $token, lang: $lang) {
      surveyId
      title
      introduction
      anonymous
      answered
      status
      closesOn
      questions { id position type required text options { value label } }
    }
  }
`);

const AnswerSurveyMutation = graphql(`
  mutation ShellAnswerSurvey($token: String!, $answers: [SurveyAnswerInput!]!) {
    answerSurvey(token: $token, answers: $answers) { answeredOn anonymous }
  }
`);

/** The scale's points, 1 to 5, each with its words. */
const LIKERT = [
  [1, 'surveyLikert1'],
  [2, 'surveyLikert2'],
  [3, 'surveyLikert3'],
  [4, 'surveyLikert4'],
  [5, 'surveyLikert5'],
] as const;

type SurveyFormQuestion = ShellSurveyByTokenQuery['surveyByToken']['questions'][number];

/** One question's answer as the form holds it. */
interface Answer {
  score?: number;
  choices: string[];
  text: string;
}

const isBlank = (a: Answer | undefined) => !a || (a.score === undefined && a.choices.length === 0 && a.text.trim() === '');

function answerInput(question: SurveyFormQuestion, a: Answer): SurveyAnswerInput {
  if (question.type === 'LIKERT') return { questionId: question.id, score: a.score };
  if (question.type === 'FREE_TEXT') return { questionId: question.id, text: a.text.trim() };
  return { questionId: question.id, choices: a.choices };
}

/** A page that stands instead of the form: what happened, in a panel that takes the focus. */
function Notice({ title, text, kind = 'info' }: { title: string; text: string; kind?: 'info' | 'error' }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className={kind === 'error' ? 'lr-error-panel' : 'lr-notice'} role={kind === 'error' ? 'alert' : 'status'} tabIndex={-1}>
      <h2>{title}</h2>
      <p>{text}</p>
    </div>
  );
}

/**
 * The personal survey link's page (`/survey?token=…&lang=xx`), open without a session and made
 * for a phone: the questionnaire in the link's language (the picker changes it), one answer per
 * question, each problem next to its question, then a thank-you. The link alone is the
 * credential; a link already used, a closed survey and an unknown link are each explained.
 */
export function SurveyAnswerPage() {
  const { client, language, setLanguage } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const linkLanguage = params.get('lang');
  useEffect(() => {
    if (linkLanguage && linkLanguage !== language && (PORTAL_LANGUAGES as readonly string[]).includes(linkLanguage)) setLanguage(linkLanguage as PortalLanguage);
  }, [linkLanguage]); // only the link's own language, once: the picker may change it afterwards
  usePageTitle(t('surveyTabTitle'));

  const [{ data, fetching, error }] = useQuery({
    query: SurveyByTokenQuery,
    variables: { token, lang: language.toUpperCase() as Language },
    pause: !token,
  });
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [done, setDone] = useState<null | 'answered' | 'closed' | 'used'>(null);
  const [busy, setBusy] = useState(false);
  const bannerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);

  const form = data?.surveyByToken;
  const answerOf = (id: string): Answer => answers[id] ?? { choices: [], text: '' };
  const change = (id: string, next: Partial<Answer>) => {
    setAnswers((all) => ({ ...all, [id]: { ...answerOf(id), ...next } }));
    setProblems((p) => ({ ...p, [id]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const missing: Record<string, string> = {};
    for (const q of form.questions) if (q.required && isBlank(answers[q.id])) missing[q.id] = t('surveyAnswerRequired');
    if (Object.keys(missing).length) {
      setProblems(missing);
      setBanner(t('surveyProblems', { count: Object.keys(missing).length }));
      return;
    }
    const sent = form.questions.filter((q) => !isBlank(answers[q.id]));
    setBusy(true);
    const result = await client.mutation(AnswerSurveyMutation, { token, answers: sent.map((q) => answerInput(q, answerOf(q.id))) }).toPromise();
    setBusy(false);
    if (result.data) return setDone('answered');
    if (!result.error) return;
    const code = errorCode(result.error);
    if (code === 'CONFLICT') return setDone(/already/i.test(result.error.graphQLErrors[0]?.message ?? '') ? 'used' : 'closed');
    // `answers.N.…` names the N-th answer sent: its question gets the message.
    const onFields: Record<string, string> = {};
    for (const p of fieldProblems(result.error)) {
      const index = /^answers\.(\d+)/.exec(p.path)?.[1];
      const question = index !== undefined ? sent[Number(index)] : undefined;
      if (question) onFields[question.id] ??= t('surveyAnswerInvalid');
    }
    setProblems(onFields);
    setBanner(Object.keys(onFields).length ? t('surveyProblems', { count: Object.keys(onFields).length }) : (errorMessage(result.error) ?? ''));
  }

  let body;
  if (!token) body = <Notice kind="error" title={t('surveyLinkRefused')} text={t('surveyLinkMissing')} />;
  else if (fetching && !data) body = <Skeleton width="70%" />;
  else if (error) {
    body =
      errorCode(error) === 'NOT_FOUND' ? (
        <Notice kind="error" title={t('surveyLinkRefused')} text={t('surveyLinkUnknown')} />
      ) : (
        <ErrorPanel title={t('surveyLoadFailed')}>{errorMessage(error)}</ErrorPanel>
      );
  } else if (!form) body = null;
  else if (done === 'answered') body = <Notice title={t('surveyThanksTitle')} text={form.anonymous ? t('surveyThanksAnonymous') : t('surveyThanks')} />;
  else if (done === 'used' || form.answered) body = <Notice title={t('surveyAlreadyTitle')} text={t('surveyAlready')} />;
  else if (done === 'closed' || form.status === 'CLOSED') body = <Notice title={t('surveyClosedTitle')} text={t('surveyClosed', { date: form.closesOn })} />;
  else {
    body = (
      <form onSubmit={(e) => void submit(e)} noValidate className="lr-survey">
        {form.introduction && <p>{form.introduction}</p>}
        <p className="lr-notice">{form.anonymous ? t('surveyIsAnonymous') : t('surveyIsNamed')}</p>
        <p>{t('surveyClosesOn', { date: form.closesOn })}</p>
        {banner && (
          <div ref={bannerRef} className="lr-error-panel" role="alert" tabIndex={-1}>
            <p>{banner}</p>
          </div>
        )}
        {form.questions.map((q) => (
          <Question key={q.id} question={q} answer={answerOf(q.id)} problem={problems[q.id]} onChange={(next) => change(q.id, next)} />
        ))}
        <Button type="submit" variant="primary" busy={busy}>
          {t('surveySend')}
        </Button>
      </form>
    );
  }

  return (
    <main id="main" className="lr-signin lr-welcome lr-survey-page">
      <div className="lr-card lr-signin__card lr-survey-page__card">
        <h1>{form?.title ?? t('surveyTabTitle')}</h1>
        {body}
        <LanguagePicker />
      </div>
    </main>
  );
}

/** One question as a fieldset: its text is the legend, the answer's controls follow, then its problem. */
function Question({ question, answer, problem, onChange }: { question: SurveyFormQuestion; answer: Answer; problem?: string; onChange(next: Partial<Answer>): void }) {
  const { t } = useTranslation(['shell', 'common']);
  const name = `q-${question.id}`;
  const errorId = `${name}-error`;
  const legend = (
    <legend className="lr-field__label">
      {question.position}. {question.text}
      {question.required ? <span aria-hidden="true"> *</span> : <span className="lr-survey__optional"> ({t('surveyOptional')})</span>}
    </legend>
  );
  const error = problem ? (
    <p id={errorId} className="lr-field__error" role="alert">
      {problem}
    </p>
  ) : null;

  if (question.type === 'FREE_TEXT') {
    return (
      <TextArea
        label={`${question.position}. ${question.text}`}
        required={question.required}
        rows={4}
        value={answer.text}
        onChange={(e) => onChange({ text: e.target.value })}
        error={problem || undefined}
      />
    );
  }
  const options =
    question.type === 'LIKERT'
      ? LIKERT.map(([score, words]) => ({ value: String(score), label: t(words) }))
      : question.options.map((o) => ({ value: o.value, label: o.label }));
  const multiple = question.type === 'MULTIPLE_CHOICE';
  const checked = (value: string) => (question.type === 'LIKERT' ? answer.score === Number(value) : answer.choices.includes(value));
  const pick = (value: string, on: boolean) => {
    if (question.type === 'LIKERT') return onChange({ score: Number(value) });
    if (!multiple) return onChange({ choices: [value] });
    onChange({ choices: on ? [...answer.choices, value] : answer.choices.filter((c) => c !== value) });
  };
  return (
    <fieldset className={`lr-field lr-survey__question ${problem ? 'lr-field--invalid' : ''}`} aria-describedby={problem ? errorId : undefined}>
      {legend}
      {multiple && <p className="lr-field__hint">{t('surveyChooseSeveral')}</p>}
      <div className={question.type === 'LIKERT' ? 'lr-survey__scale' : 'lr-survey__options'}>
        {options.map((o) => (
          <label key={o.value} className="lr-checkbox lr-survey__option">
            <input type={multiple ? 'checkbox' : 'radio'} name={name} value={o.value} checked={checked(o.value)} onChange={(e) => pick(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  );
}
