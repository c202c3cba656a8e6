import { errorCode, errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { calendarDay } from '../components/calendar-day';
import { useSection } from '../components/section-context';
import { DeleteChampionTrainingMutation } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';
import { TrainingForm, type Training } from './TrainingForm';

/** A champion's trainings, oldest first; editors add, edit and delete them. */
export function TrainingsCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t } = useTranslation(['champions', 'common']);
  const { canEdit, notify } = useSection();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Training | null>(null);
  const [, remove] = useMutation(DeleteChampionTrainingMutation);
  const trainings = champion.trainings ?? [];
  const editing = trainings.find((tr) => tr.id === editingId) ?? null;
  const format = useFormat();

  async function confirmDelete() {
    if (!toDelete) return;
    const target = toDelete;
    setToDelete(null);
    const result = await remove({ id: target.id, version: target.version });
    if (result.error) notify(errorCode(result.error) === 'CONFLICT' ? t('common:staleEdit') : (errorMessage(result.error) ?? ''), 'error');
    else notify(t('common:deleted'), 'success');
    if (editingId === target.id) setEditingId(null);
    onChanged();
  }

  return (
    <section className="lr-card" aria-labelledby="trainings-heading">
      <h2 id="trainings-heading">{t('trainings')}</h2>
      {trainings.length === 0 ? (
        <p>{t('noTrainings')}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table">
            <caption className="lr-visually-hidden">{t('trainings')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('topic')}</th>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('trainer')}</th>
                <th scope="col">{t('completed')}</th>
                <th scope="col">{t('notes')}</th>
                {canEdit && <th scope="col"><span className="lr-visually-hidden">{t('common:edit')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {trainings.map((tr) => (
                <tr key={tr.id}>
                  <td>{tr.topic}</td>
                  <td>{format.date(tr.date)}</td>
                  <td>{tr.trainer ?? '—'}</td>
                  <td>
                    <span className={`lr-badge ${tr.completed ? 'lr-champions-badge--trained' : 'lr-champions-badge--untrained'}`}>
                      {tr.completed ? t('completed') : t('planned')}
                    </span>
                  </td>
                  <td>{tr.notes ?? '—'}</td>
                  {canEdit && (
                    <td>
                      <div className="lr-champions-actions">
                        <Button aria-label={t('editTrainingNamed', { topic: tr.topic })} onClick={() => setEditingId(tr.id)}>
                          {t('common:edit')}
                        </Button>
                        <Button variant="danger" aria-label={t('deleteTrainingNamed', { topic: tr.topic })} onClick={() => setToDelete(tr)}>
                          {t('common:delete')}
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {canEdit &&
        (editing ? (
          <TrainingForm
            key={`${editing.id}-${editing.version}`}
            championId={champion.id}
            training={editing}
            onDone={() => (setEditingId(null), onChanged())}
            onCancel={() => setEditingId(null)}
            onReload={onChanged}
          />
        ) : (
          <TrainingForm key={`new-${trainings.length}`} championId={champion.id} onDone={onChanged} onReload={onChanged} />
        ))}

      <ConfirmDialog
        open={!!toDelete}
        title={t('confirmDeleteTraining')}
        confirmLabel={t('common:delete')}
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        {toDelete && <p>{t('confirmDeleteTrainingText', { topic: toDelete.topic, date: calendarDay(toDelete.date) })}</p>}
      </ConfirmDialog>
    </section>
  );
}
