import { Button, CheckboxField, FormBanner, TextArea, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSection } from '../components/section-context';
import { AddChampionTrainingMutation, UpdateChampionTrainingMutation } from '../graphql/operations';
import type { ChampionDetail } from './ChampionPage';

export type Training = NonNullable<ChampionDetail['trainings']>[number];

/** Adds a training, or edits one (with its version: a stale edit shows the reload notice). */
export function TrainingForm({
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
  const { t } = useTranslation(['champions', 'common']);
  const { notify } = useSection();
  const form = useApiForm({
    defaultValues: {
      topic: training?.topic ?? '',
      date: training?.date ?? '',
      trainer: training?.trainer ?? '',
      completed: training?.completed ?? false,
      notes: training?.notes ?? '',
    },
    // The API names the trainer by name or by person; the form has one field for both.
    fieldFor: (path) => (path === 'trainerName' || path === 'trainerPersonId' ? 'trainer' : undefined),
  });
  const [, add] = useMutation(AddChampionTrainingMutation);
  const [, update] = useMutation(UpdateChampionTrainingMutation);
  const required = { validate: (value: string) => value.trim() !== '' || t('common:required') };
  const headingId = training ? `training-form-${training.id}` : 'training-form-new';

  const submit = form.submit(async (values) => {
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
      if (result.error) return form.showApiError(result.error);
      notify(t('common:saved'), 'success');
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
      if (result.error) return form.showApiError(result.error);
      notify(t('trainingAdded'), 'success');
    }
    onDone();
  });

  return (
    <form ref={form.formRef} className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{training ? t('editTraining', { topic: training.topic }) : t('addTraining')}</h3>
      <FormBanner form={form} onReload={onReload} />
      <div className="lr-form-grid">
        <TextField label={t('topic')} required {...form.field('topic', required)} />
        <TextField label={t('date')} type="date" required {...form.field('date', required)} />
        <TextField label={t('trainer')} {...form.field('trainer')} />
      </div>
      <CheckboxField label={t('completed')} hint={t('completedHint')} {...form.field('completed')} />
      <TextArea label={t('notes')} rows={2} {...form.field('notes')} />
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {training ? t('common:save') : t('addTraining')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common:cancel')}</Button>}
      </div>
    </form>
  );
}
