import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BarChart } from '../components/BarChart';
import { SurveyResultsQuery } from '../graphql/operations';

/** The response rate and, per question, the answers as bars (choices, scores) or as texts. */
export function SurveyResults({ surveyId }: { surveyId: string }) {
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const [{ data, fetching, error }] = useQuery({ query: SurveyResultsQuery, variables: { surveyId }, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Skeleton width="40%" />;
  if (error || !data) return <ErrorPanel title={t('common:loadFailed')}>{errorMessage(error)}</ErrorPanel>;
  const results = data.surveyResults;
  const rate = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(results.responseRate);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results')}</h2>
      <p className="lr-follow-up-rate" data-testid="response-rate">
        {t('responseRate', { rate, answered: results.answered, invited: results.invited })}
      </p>
      {results.questions.length === 0 && <p className="lr-empty">{t('noQuestions')}</p>}
      {results.questions.map((q) => (
        <article key={q.questionId} className="lr-card lr-follow-up-result">
          <h3>
            {q.position}. {q.text}
          </h3>
          <p className="lr-follow-up-muted">{t('questionAnswered', { count: q.answered })}</p>
          {q.type === 'LIKERT' && (
            <>
              {q.mean && <p>{t('meanScore', { mean: q.mean })}</p>}
              <BarChart label={q.text} total={q.answered} bars={q.likert.map((l) => ({ key: String(l.score), label: t('score', { score: l.score }), count: l.count }))} />
            </>
          )}
          {(q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE') && (
            <BarChart label={q.text} total={q.answered} bars={q.choices.map((c) => ({ key: c.value, label: c.label, count: c.count }))} />
          )}
          {q.type === 'FREE_TEXT' &&
            (q.texts.length ? (
              <ul className="lr-follow-up-texts">
                {q.texts.map((a, i) => (
                  <li key={i}>{a.text}</li>
                ))}
              </ul>
            ) : (
              <p className="lr-empty">{t('noTextAnswers')}</p>
            ))}
        </article>
      ))}
    </section>
  );
}
