import { Button, FormBanner, FormSelect, TextField, useApiForm, type Option } from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSection } from '../components/section-context';
import type { SystematizationQuery, SystematizationStepStatus } from '../graphql/generated/graphql';
import { UpdateSystematizationStepMutation } from '../graphql/operations';

type Step = SystematizationQuery['practice']['systematizationSteps'][number];

const STEP_STATUSES: SystematizationStepStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

const valuesOf = (step: Step) => ({
  status: step.status,
  ownerId: step.ownerId ?? '',
  startDate: step.startDate ?? '',
  dueDate: step.dueDate ?? '',
  doneDate: step.doneDate ?? '',
});

/** One systematization step's status, owner and dates. */
export function StepForm({ step, people, onReload }: { step: Step; people: Option[]; onReload(): void }) {
  const { t } = useTranslation(['practices', 'common']);
  const { notify } = useSection();
  const [, update] = useMutation(UpdateSystematizationStepMutation);
  const form = useApiForm({ defaultValues: valuesOf(step) });
  const stepName = t(`stepNames.${step.step}`);

  // A new version (after a save, or a reload after someone else's) brings the step's values;
  // refetches of the same version leave what is being typed alone.
  const { reset } = form;
  useEffect(() => reset(valuesOf(step)), [step.version, reset]);

  const save = form.submit(async (values) => {
    const result = await update({
      input: {
        id: step.id,
        version: step.version,
        status: values.status,
        ownerId: values.ownerId || null,
        startDate: values.startDate || null,
        dueDate: values.dueDate || null,
        doneDate: values.status === 'DONE' ? values.doneDate || null : null,
      },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('stepSaved', { step: stepName }), 'success');
  });

  return (
    <form ref={form.formRef} onSubmit={save} noValidate aria-label={stepName}>
      <FormBanner form={form} onReload={onReload} />
      <div className="lr-form-grid">
        <FormSelect form={form} name="status" label={t('status')} options={STEP_STATUSES.map((s) => ({ value: s, label: t(`stepStatuses.${s}`) }))} />
        <FormSelect form={form} name="ownerId" label={t('owner')} placeholder={t('nobody')} options={people} />
        <TextField label={t('startDate')} type="date" {...form.field('startDate')} />
        <TextField label={t('dueDate')} type="date" {...form.field('dueDate')} />
        <TextField label={t('doneDate')} type="date" disabled={form.watch('status') !== 'DONE'} {...form.field('doneDate')} />
      </div>
      <Button type="submit" busy={form.formState.isSubmitting}>
        {t('saveStep', { step: stepName })}
      </Button>
    </form>
  );
}
