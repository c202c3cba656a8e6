import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SurveyStatusBadge } from '../components/labels';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { RemoveSurveyQuestionMutation, SurveyQuery } from '../graphql/operations';
import { QuestionForm } from './QuestionForm';
import { SurveyResults } from './SurveyResults';
import { SurveyResponsesDownload } from './SurveyResponsesDownload';
import { SurveyRoster } from './SurveyRoster';
import { SurveyStatusMoves } from './SurveyStatusMoves';

/**
 * One survey: its status and the moves open, its questions (built while it is a draft), its
 * roster (the route's participants, people picked by hand), and its results with the response
 * rate and the answers as CSV.
 */
export function SurveyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const { canEdit, basePath, notify } = useSection();
  const [{ data, fetching, error }, reload] = useQuery({ query: SurveyQuery, variables: { id } });
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const [removing, setRemoving] = useState<{ id: string; version: number; text: string } | null>(null);
  const [removeError, setRemoveError] = useState<string | undefined>();
  const [{ fetching: removeBusy }, remove] = useMutation(RemoveSurveyQuestionMutation);

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data?.survey) return <ErrorPanel title={t('common:notFound')} />;
  const survey = data.survey;
  const draft = survey.status === 'DRAFT';

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ id: removing.id, version: removing.version });
    if (result.error) return setRemoveError(actionRefusal(result.error));
    notify(t('questionRemoved'), 'success');
    setRemoving(null);
    refresh();
  }

  return (
    <>
      <PageHeader title={survey.title} breadcrumbs={[{ label: t('surveysTitle'), to: `${basePath}/surveys` }]} badge={<SurveyStatusBadge status={survey.status} />} />
      {canEdit && <SurveyStatusMoves survey={survey} onMoved={refresh} />}
      {survey.introduction && <p>{survey.introduction}</p>}
      <dl className="lr-follow-up-facts">
        <div>
          <dt>{t('surveyDates')}</dt>
          <dd>{t('fromTo', { from: survey.opensOn, to: survey.closesOn })}</dd>
        </div>
        <div>
          <dt>{t('anonymous')}</dt>
          <dd>{survey.anonymous ? t('common:yes') : t('common:no')}</dd>
        </div>
      </dl>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('questions')}</h2>
        {survey.questions.length === 0 ? (
          <p className="lr-empty">{canEdit && draft ? t('noQuestionsHint') : t('noQuestions')}</p>
        ) : (
          <ol className="lr-follow-up-questions">
            {survey.questions.map((q) => (
              <li key={q.id}>
                <strong>{q.text}</strong> <span className="lr-badge">{t(`questionTypes.${q.type}`)}</span>
                {!q.required && <span className="lr-follow-up-muted"> · {t('optional')}</span>}
                {q.options.length > 0 && <p className="lr-follow-up-muted">{q.options.map((o) => o.label[i18n.language as 'en' | 'fr' | 'es'] ?? o.label.en ?? o.value).join(' · ')}</p>}
                {canEdit && draft && (
                  <Button variant="link" onClick={() => (setRemoveError(undefined), setRemoving({ id: q.id, version: q.version, text: q.text }))}>
                    {t('removeQuestion')}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        )}
        {canEdit && draft && <QuestionForm surveyId={survey.id} onAdded={refresh} />}
      </section>

      <SurveyRoster survey={survey} onChanged={refresh} />

      {survey.status !== 'DRAFT' && <SurveyResults surveyId={survey.id} />}
      {canEdit && survey.status !== 'DRAFT' && <SurveyResponsesDownload surveyId={survey.id} anonymous={survey.anonymous} />}

      <ConfirmDialog
        open={!!removing}
        title={t('removeQuestion')}
        confirmLabel={t('removeQuestion')}
        danger
        error={removeError}
        busy={removeBusy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('removeQuestionText', { text: removing?.text ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
