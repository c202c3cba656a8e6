import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, CheckboxField, ConfirmDialog, TextArea, TextField } from '@lr/portal-ui';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormBanner, useFormOutcome } from '../components/form-outcome';
import { useSection } from '../components/section-context';
import {
  AddChampionTrainingMutation,
  DeleteChampionTrainingMutation,
  UpdateChampionTrainingMutation,
} from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';

type Training = NonNullable<ChampionDetail['trainings']>[number];

/** A champion's trainings, oldest first; editors add, edit and delete them. */
export function TrainingsCard({ champion, onChanged }: { champion: ChampionDetail; onChanged(): void }) {
  const { t, language, canEdit, notify } = useSection();
  const [editingId, setEditingId] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<Training | null>(null);
  const [, remove] = useMutation(DeleteChampionTrainingMutation);
  const trainings = champion.trainings ?? [];
  const editing = trainings.find((tr) => tr.id === editingId) ?? null;
  const day = (date: string) => new Date(`${date}T00:00:00`).toLocaleDateString(language, { dateStyle: 'medium' });

  async function confirmDelete() {
    if (!toDelete) return;
    const target = toDelete;
    setToDelete(null);
    const result = await remove({ id: target.id, version: target.version });
    if (result.error) notify(errorCode(result.error) === 'CONFLICT' ? t('staleEdit') : (errorMessage(result.error) ?? ''), 'error');
    else notify(t('deleted'), 'success');
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
                {canEdit && <th scope="col"><span className="lr-visually-hidden">{t('edit')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {trainings.map((tr) => (
                <tr key={tr.id}>
                  <td>{tr.topic}</td>
                  <td>{day(tr.date)}</td>
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
                          {t('edit')}
                        </Button>
                        <Button variant="danger" aria-label={t('deleteTrainingNamed', { topic: tr.topic })} onClick={() => setToDelete(tr)}>
                          {t('delete')}
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
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        danger
        onConfirm={confirmDelete}
        onCancel={() => setToDelete(null)}
      >
        <p>{t('confirmDeleteTrainingText', { topic: toDelete?.topic ?? '', date: toDelete ? day(toDelete.date) : '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Adds a training, or edits one (with its version: a stale edit shows the reload notice). */
function TrainingForm({
  championId,
  training,
  onDone,
  onCancel,
  onReload,
}: {
  championId: string;
  training?: Training;
  onDone(): void;
  onCancel?(): void;
  onReload(): void;
}) {
  const { t, notify } = useSection();
  const [values, setValues] = useState({
    topic: training?.topic ?? '',
    date: training?.date ?? '',
    trainer: training?.trainer ?? '',
    completed: training?.completed ?? false,
    notes: training?.notes ?? '',
  });
  const { outcome, fromError, setFields } = useFormOutcome();
  const [{ fetching: adding }, add] = useMutation(AddChampionTrainingMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateChampionTrainingMutation);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));
  const err = (path: string) => outcome.fields[path];
  const headingId = training ? `training-form-${training.id}` : 'training-form-new';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.topic.trim()) missing['topic'] = `${t('topic')} ${t('required')}`;
    if (!values.date) missing['date'] = `${t('date')} ${t('required')}`;
    if (Object.keys(missing).length) return setFields(missing);
    const trainer = values.trainer.trim();
    if (training) {
      // A trainer on record keeps their link unless the name was changed.
      const keepPerson = !!training.trainerPersonId && trainer === (training.trainer ?? '');
      const result = await update({
        input: {
          id: training.id,
          version: training.version,
          topic: values.topic.trim(),
          date: values.date,
          completed: values.completed,
          notes: values.notes.trim() || null,
          ...(keepPerson ? {} : { trainerName: trainer || null, trainerPersonId: null }),
        },
      });
      if (result.error) return fromError(result.error);
      notify(t('saved'), 'success');
    } else {
      const result = await add({
        input: {
          championId,
          topic: values.topic.trim(),
          date: values.date,
          completed: values.completed,
          trainerName: trainer || undefined,
          notes: values.notes.trim() || undefined,
        },
      });
      if (result.error) return fromError(result.error);
      notify(t('trainingAdded'), 'success');
    }
    onDone();
  }

  return (
    <form className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{training ? t('editTraining', { topic: training.topic }) : t('addTraining')}</h3>
      <FormBanner outcome={outcome} onReload={onReload} />
      <div className="lr-form-grid">
        <TextField label={t('topic')} required value={values.topic} onChange={(e) => set('topic', e.target.value)} error={err('topic')} />
        <TextField label={t('date')} type="date" required value={values.date} onChange={(e) => set('date', e.target.value)} error={err('date')} />
        <TextField
          label={t('trainer')}
          value={values.trainer}
          onChange={(e) => set('trainer', e.target.value)}
          error={err('trainerName') ?? err('trainerPersonId')}
        />
      </div>
      <CheckboxField
        label={t('completed')}
        hint={t('completedHint')}
        checked={values.completed}
        onChange={(e) => set('completed', e.target.checked)}
        error={err('completed')}
      />
      <TextArea label={t('notes')} rows={2} value={values.notes} onChange={(e) => set('notes', e.target.value)} error={err('notes')} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={adding || updating}>
          {training ? t('save') : t('addTraining')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('cancel')}</Button>}
      </div>
    </form>
  );
}
