import { Button, ConfirmDialog, DataTable, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SurveyStatusBadge } from '../components/labels';
import { actionRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import { AddRouteParticipantsToRosterMutation, RemoveSurveyQuestionMutation, SurveyQuery } from '../graphql/operations';
import { QuestionForm } from './QuestionForm';
import { SurveyResults } from './SurveyResults';
import { SurveyStatusMoves } from './SurveyStatusMoves';

/**
 * One survey: its status and the moves open, its questions (built while it is a draft), its
 * roster taken from the route's participants, and its results with the response rate.
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
  const [{ fetching: rosterBusy }, addRoster] = useMutation(AddRouteParticipantsToRosterMutation);

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data?.survey) return <ErrorPanel title={t('common:notFound')} />;
  const survey = data.survey;
  const draft = survey.status === 'DRAFT';
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  async function confirmRemove() {
    if (!removing) return;
    const result = await remove({ id: removing.id, version: removing.version });
    if (result.error) return setRemoveError(actionRefusal(result.error));
    notify(t('questionRemoved'), 'success');
    setRemoving(null);
    refresh();
  }

  async function rosterFromRoute() {
    const result = await addRoster({ surveyId: survey.id });
    if (result.error) return notify(actionRefusal(result.error), 'error');
    notify(t('rosterAdded', { count: result.data?.addRouteParticipantsToRoster.invitations.length ?? 0 }), 'success');
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

      <section aria-labelledby="roster-heading">
        <h2 id="roster-heading">{t('roster')}</h2>
        {canEdit && survey.routeId && survey.status !== 'CLOSED' && (
          <Button busy={rosterBusy} onClick={() => void rosterFromRoute()}>
            {t('addRouteParticipants')}
          </Button>
        )}
        <DataTable
          caption={t('roster')}
          rows={survey.invitations}
          rowKey={(i) => i.id}
          empty={<p>{canEdit ? t('noRosterHint') : t('noRoster')}</p>}
          columns={[
            { key: 'person', header: t('person'), render: (i) => i.person.fullName },
            { key: 'invited', header: t('invitedAt'), render: (i) => (i.invitedAt ? dateTime.format(new Date(i.invitedAt)) : t('notYetInvited')) },
            { key: 'answered', header: t('answered'), render: (i) => i.answeredOn ?? (survey.anonymous ? '—' : t('notYetAnswered')) },
          ]}
        />
      </section>

      {survey.status !== 'DRAFT' && <SurveyResults surveyId={survey.id} />}

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
