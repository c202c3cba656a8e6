import { errorMessage, fieldErrors } from '@lr/portal-graphql';
import { Button, ChangeHistory, ConfirmDialog, ErrorPanel, TextField } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useSection } from '../components/section-context';
import { StatusBadge } from '../components/StatusBadge';
import type { PracticeDetailQuery, PracticeStatus } from '../graphql/generated/graphql';
import { ChangePracticeStatusMutation, DeletePracticeMutation } from '../graphql/operations';

type Practice = PracticeDetailQuery['practice'];

export function OverviewTab({ practice, onChanged }: { practice: Practice; onChanged(): void }) {
  const { t } = useTranslation(['practices', 'common']);
  const { canEdit, notify, basePath } = useSection();
  const navigate = useNavigate();
  const [{ fetching: moving }, change] = useMutation(ChangePracticeStatusMutation);
  const [, remove] = useMutation(DeletePracticeMutation);
  const [reason, setReason] = useState('');
  const [refusal, setRefusal] = useState<{ message: string; reasonError?: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const statusName = (s: PracticeStatus) => t(`statuses.${s}`);

  async function moveTo(status: PracticeStatus) {
    setRefusal(null);
    const result = await change({ practiceId: practice.id, toStatus: status, version: practice.version, reason: reason.trim() || null });
    if (result.error) {
      setRefusal({ message: errorMessage(result.error) ?? '', reasonError: fieldErrors(result.error)['reason'] });
      return;
    }
    setReason('');
    notify(t('statusMoved', { status: statusName(status) }), 'success');
    onChanged();
  }

  async function deletePractice() {
    setConfirmDelete(false);
    const result = await remove({ id: practice.id, version: practice.version });
    if (result.error) notify(errorMessage(result.error) ?? '', 'error');
    else {
      notify(t('common:deleted'), 'success');
      navigate(basePath);
    }
  }

  const texts: [string, string | null | undefined][] = [
    [t('summary'), practice.summary],
    [t('keySuccessFactors'), practice.keySuccessFactors],
    [t('lessonsLearned'), practice.lessonsLearned],
    [t('innovations'), practice.innovations],
    [t('evidence'), practice.evidence],
  ];

  return (
    <>
      {canEdit && (
        <div className="lr-form-actions lr-practice-actions">
          <Link className="lr-button" to={`${basePath}/${practice.id}/edit`}>
            {t('common:edit')}
          </Link>
          <Button variant="danger" onClick={() => setConfirmDelete(true)}>
            {t('common:delete')}
          </Button>
        </div>
      )}
      <section className="lr-card" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('statusActions')}</h2>
        <p>
          <StatusBadge status={practice.status} />
        </p>
        {canEdit &&
          (practice.allowedNextStatuses.length === 0 ? (
            <p>{t('noMoves')}</p>
          ) : (
            <>
              <TextField
                label={t('reason')}
                hint={t('reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={refusal?.reasonError}
              />
              <div className="lr-form-actions">
                {practice.allowedNextStatuses.map((status) => (
                  <Button key={status} variant={status === 'REJECTED' ? 'secondary' : 'primary'} busy={moving} onClick={() => moveTo(status)}>
                    {t('moveTo', { status: statusName(status) })}
                  </Button>
                ))}
              </div>
              {refusal && !refusal.reasonError && (
                <ErrorPanel title={t('statusRefused')}>
                  <p>{refusal.message}</p>
                </ErrorPanel>
              )}
            </>
          ))}
      </section>

      <section className="lr-card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('country')}</dt>
          <dd>{practice.country.name}</dd>
          <dt>{t('locality')}</dt>
          <dd>{practice.locality || '—'}</dd>
          <dt>{t('level')}</dt>
          <dd>{t(`levels.${practice.level}`)}</dd>
          <dt>{t('thematicAreas')}</dt>
          <dd>{practice.thematicAreas.map((a) => a.name).join(' · ') || '—'}</dd>
          <dt>{t('leadingOrganisations')}</dt>
          <dd>{practice.leadingOrganisations.map((o) => (o.acronym ? `${o.name} (${o.acronym})` : o.name)).join(' · ') || '—'}</dd>
          <dt>{t('practiceScore')}</dt>
          <dd>{practice.score === null || practice.score === undefined ? t('notScored') : t('scoreOutOf5', { score: practice.score })}</dd>
          <dt>{t('routes')}</dt>
          <dd>{practice.routes.map((r) => r.title).join(' · ') || '—'}</dd>
        </dl>
        {texts
          .filter(([, text]) => text)
          .map(([heading, text]) => (
            <div key={heading}>
              <h3>{heading}</h3>
              <p>{text}</p>
            </div>
          ))}
      </section>

      <ChangeHistory
        title={t('history')}
        empty={t('noHistory')}
        changes={practice.statusHistory}
        stateName={statusName}
      />

      <ConfirmDialog
        open={confirmDelete}
        title={t('confirmDeletePractice')}
        confirmLabel={t('common:delete')}
        danger
        onConfirm={deletePractice}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('confirmDeletePracticeText', { title: practice.title })}</p>
      </ConfirmDialog>
    </>
  );
}
