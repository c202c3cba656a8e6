import { errorMessage } from '@lr/portal-graphql';
import { Button, ErrorPanel, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { BarChart } from '../components/BarChart';
import { formatScore } from '../components/format';
import { useSection } from '../components/section-context';
import type { PracticeAssessmentsQuery as AssessmentsResult } from '../graphql/generated/graphql';
import { PracticeAssessmentsQuery, UnassignAssessorMutation } from '../graphql/operations';
import { AssignAssessorForm } from './AssignAssessorForm';

type Assessment = AssessmentsResult['practice']['assessments'][number];

/** Per criterion, the mean of the submitted assessments' scores, with the criterion's weight. */
function criterionMeans(assessments: Assessment[]) {
  const byCriterion = new Map<string, { name: string; weight: number; position: number; sum: number; n: number }>();
  for (const a of assessments.filter((x) => x.status === 'SUBMITTED')) {
    for (const s of a.scores) {
      const c = a.criteria.find((x) => x.id === s.criterionId);
      if (!c) continue;
      const entry = byCriterion.get(c.id) ?? { name: c.name, weight: c.weight, position: c.position, sum: 0, n: 0 };
      entry.sum += s.score;
      entry.n += 1;
      byCriterion.set(c.id, entry);
    }
  }
  return [...byCriterion.entries()]
    .map(([id, e]) => ({ id, name: e.name, weight: e.weight, position: e.position, mean: e.sum / e.n }))
    .sort((a, b) => a.position - b.position);
}

export function AssessmentsTab({ practiceId }: { practiceId: string }) {
  const { t } = useTranslation(['practices', 'common']);
  const { language, canEdit, user, notify, basePath } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: PracticeAssessmentsQuery,
    variables: { id: practiceId },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [, unassign] = useMutation(UnassignAssessorMutation);

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const practice = data.practice;
  const means = criterionMeans(practice.assessments);

  async function withdraw(a: Assessment) {
    const result = await unassign({ id: a.id, version: a.version });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('unassigned'), 'success');
      reload();
    }
  }

  return (
    <>
      <section className="lr-card" aria-labelledby="score-heading">
        <h2 id="score-heading">{t('practiceScore')}</h2>
        <p className="lr-practice-score">
          {practice.score === null || practice.score === undefined ? t('notScored') : t('scoreOutOf5', { score: practice.score })}
        </p>
        {practice.completeAssessmentCount !== null && practice.completeAssessmentCount !== undefined && (
          <p>{t('completeAssessments', { count: practice.completeAssessmentCount })}</p>
        )}
        {means.length === 0 ? (
          <p>{t('noChart')}</p>
        ) : (
          <div className="lr-chart-with-table">
            <BarChart
              title={t('chartTitle')}
              max={5}
              bars={means.map((m) => ({
                key: m.id,
                label: m.name,
                value: m.mean,
                shown: formatScore(m.mean, language),
                description: t('chartBar', { criterion: m.name, score: m.mean, weight: m.weight }),
              }))}
            />
            <table className="lr-table">
              <caption>{t('chartTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('criterion')}</th>
                  <th scope="col">{t('weight')}</th>
                  <th scope="col">{t('score')}</th>
                </tr>
              </thead>
              <tbody>
                {means.map((m) => (
                  <tr key={m.id}>
                    <td>{m.name}</td>
                    <td>{m.weight}</td>
                    <td>{formatScore(m.mean, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canEdit && <AssignAssessorForm practiceId={practiceId} onAssigned={reload} />}

      {practice.assessments.length === 0 ? (
        <p>{t('noAssessments')}</p>
      ) : (
        practice.assessments.map((a) => {
          const name = a.assessorName ?? t('unknownAssessor');
          const mine = a.assessorId === user.id;
          return (
            <section key={a.id} className="lr-card" aria-labelledby={`assessment-${a.id}`}>
              <div className="lr-toolbar">
                <h2 id={`assessment-${a.id}`}>{t('assessmentBy', { name })}</h2>
                <div className="lr-form-actions">
                  <span className="lr-badge">{t(`assessmentStatuses.${a.status}`)}</span>
                  {mine && a.status === 'DRAFT' && (
                    <Link className="lr-button lr-button--primary" to={`${basePath}/assessments/${a.id}`}>
                      {t('fillIn')}
                    </Link>
                  )}
                  {canEdit && a.status === 'DRAFT' && <Button onClick={() => withdraw(a)}>{t('unassign')}</Button>}
                </div>
              </div>
              <p>
                {t('score')}: {a.score === null || a.score === undefined ? '—' : t('scoreOutOf5', { score: a.score })}
              </p>
              <table className="lr-table">
                <caption className="lr-visually-hidden">{t('assessmentBy', { name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('criterion')}</th>
                    <th scope="col">{t('weight')}</th>
                    <th scope="col">{t('score')}</th>
                    <th scope="col">{t('comment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.criteria.map((c) => {
                    const s = a.scores.find((x) => x.criterionId === c.id);
                    return (
                      <tr key={c.id}>
                        <td>{c.name}</td>
                        <td>{c.weight}</td>
                        <td>{s ? s.score : '—'}</td>
                        <td>{s?.comment ?? ''}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          );
        })
      )}
    </>
  );
}
