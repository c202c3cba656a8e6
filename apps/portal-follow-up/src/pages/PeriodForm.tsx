import { Button, FormBanner, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { wordsForConstraint } from '../components/refusals';
import { useSection } from '../components/section-context';
import { CreateReportingPeriodMutation } from '../graphql/operations';

interface PeriodValues {
  label: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
}

/**
 * Adds a reporting period to a programme: its label, the days it covers and the day reports
 * are due. The API refuses one overlapping another of the programme, naming both dates.
 */
export function PeriodForm({ programmeId, onDone, onCancel }: { programmeId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const form = useApiForm<PeriodValues>({ defaultValues: { label: '', startsOn: '', endsOn: '', closesOn: '' } });
  const [, create] = useMutation(CreateReportingPeriodMutation);
  const required = { required: t('common:required') };
  const save = form.submit(async (values) => {
    const result = await create({ input: { programmeId, label: values.label.trim(), startsOn: values.startsOn, endsOn: values.endsOn, closesOn: values.closesOn } });
    if (result.error) return form.showApiError(result.error);
    notify(t('periodCreated'), 'success');
    onDone();
  });
  return (
    <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby="new-period-heading">
      <h2 id="new-period-heading">{t('newPeriod')}</h2>
      <FormBanner form={form} />
      <TextField label={t('periodLabel')} hint={t('periodLabelHint')} required {...form.field('label', required)} />
      <div className="lr-form-grid">
        <TextField label={t('periodStartsOn')} type="date" required {...form.field('startsOn', required)} />
        <TextField
          label={t('periodEndsOn')}
          type="date"
          required
          {...form.field('endsOn', { ...required, validate: (v, all) => !all.startsOn || v >= all.startsOn || wordsForConstraint('periodEndsAfterStart') })}
        />
        <TextField
          label={t('periodClosesOn')}
          type="date"
          required
          hint={t('periodClosesOnHint')}
          {...form.field('closesOn', { ...required, validate: (v, all) => !all.endsOn || v >= all.endsOn || wordsForConstraint('periodClosesAfterEnd') })}
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:create')}
        </Button>
        <Button onClick={onCancel}>{t('common:cancel')}</Button>
      </div>
    </form>
  );
}
