import { useCountries } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { Button, FormBanner, FormSelect, TextArea, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSection } from '../../components/section-context';
import type { Language } from '../../graphql/generated/graphql';
import { UpdateTravellerMutation } from '../../graphql/operations';
import type { TravellerDetail } from './TravellerPage';

interface DetailsValues {
  passportNumber: string;
  passportExpiry: string;
  nationalityCode: string;
  dateOfBirth: string;
  insurance: string;
  insuredUntil: string;
  letterLanguage: Language;
  notes: string;
}

const IDENTITY = ['passportNumber', 'passportExpiry', 'nationalityCode', 'dateOfBirth'] as const;
const LANGUAGES: Language[] = ['EN', 'FR', 'ES'];

/**
 * The passport details a visa letter prints (identity data: only admins and the person read them
 * back; editors write them and see only whether they are complete), insurance, the letter's
 * language and notes. Identity fields are sent only when typed in, so a field hidden from the
 * editor is never cleared by saving the rest.
 */
export function TravellerDetailsForm({ traveller, onSaved }: { traveller: TravellerDetail; onSaved(): void }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, language, notify } = useSection();
  const countries = useCountries(language);
  const [, update] = useMutation(UpdateTravellerMutation);
  const hidden = traveller.hasPassportDetails && !traveller.passportNumber;
  const form = useApiForm<DetailsValues>({
    defaultValues: {
      passportNumber: traveller.passportNumber ?? '',
      passportExpiry: traveller.passportExpiry ?? '',
      nationalityCode: traveller.nationalityCode ?? '',
      dateOfBirth: traveller.dateOfBirth ?? '',
      insurance: traveller.insurance ?? '',
      insuredUntil: traveller.insuredUntil ?? '',
      letterLanguage: traveller.letterLanguage,
      notes: traveller.notes ?? '',
    },
  });

  const submit = form.submit(async (v) => {
    const dirty = form.formState.dirtyFields;
    const identity = Object.fromEntries(IDENTITY.filter((f) => dirty[f]).map((f) => [f, v[f].trim() || null]));
    const result = await update({
      input: {
        id: traveller.id,
        version: traveller.version,
        ...identity,
        insurance: v.insurance.trim() || null,
        insuredUntil: v.insuredUntil || null,
        letterLanguage: v.letterLanguage,
        notes: v.notes.trim() || null,
      },
    });
    if (result.error) return form.showApiError(result.error);
    notify(t('common:saved'), 'success');
    onSaved();
  });

  if (!canEdit) {
    return (
      <section className="lr-card" aria-labelledby="insurance-heading">
        <h2 id="insurance-heading">{t('insuranceAndNotes')}</h2>
        <dl className="lr-details">
          <dt>{t('insurance')}</dt>
          <dd>{traveller.insurance ?? '—'}</dd>
          <dt>{t('letterLanguage')}</dt>
          <dd>{languageName(traveller.letterLanguage.toLowerCase(), language)}</dd>
          <dt>{t('notes')}</dt>
          <dd>{traveller.notes ?? '—'}</dd>
        </dl>
      </section>
    );
  }
  return (
    <section className="lr-card" aria-labelledby="passport-heading">
      <h2 id="passport-heading">{t('passportAndInsurance')}</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="passport-heading">
        <FormBanner form={form} onReload={onSaved} />
        <p className="lr-field__hint">{hidden ? t('identityHidden') : t('identityHint')}</p>
        <div className="lr-form-grid">
          <TextField label={t('passportNumber')} autoComplete="off" {...form.field('passportNumber')} />
          <TextField label={t('passportExpiry')} type="date" hint={t('passportExpiryHint')} {...form.field('passportExpiry')} />
          <FormSelect form={form} name="nationalityCode" label={t('nationality')} placeholder={hidden ? t('onRecord') : t('common:choose')} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
          <TextField label={t('dateOfBirth')} type="date" {...form.field('dateOfBirth')} />
          <TextField label={t('insurance')} hint={t('insuranceHint')} {...form.field('insurance')} />
          <TextField label={t('insuredUntil')} type="date" {...form.field('insuredUntil')} />
          <FormSelect form={form} name="letterLanguage" label={t('letterLanguage')} options={LANGUAGES.map((l) => ({ value: l, label: languageName(l.toLowerCase(), language) }))} />
        </div>
        <TextArea label={t('notes')} rows={3} {...form.field('notes')} />
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
