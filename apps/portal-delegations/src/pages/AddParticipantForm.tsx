import { Button, FormBanner, FormSelect, PersonPicker, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SECTORS } from '../components/labels';
import { isRouteClosed } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { Sector } from '../graphql/generated/graphql';
import { AddParticipantMutation } from '../graphql/operations';

interface AddValues {
  personId: string;
  sector: Sector | '';
  position: string;
}

const BLANK: AddValues = { personId: '', sector: '', position: '' };

/** Puts a person on record forward for the delegation (NOMINATED); a person is on a route once. */
export function AddParticipantForm({ delegationId, onAdded }: { delegationId: string; onAdded(): void }) {
  const { t } = useTranslation(['delegations', 'common']);
  const { notify } = useSection();
  const [, add] = useMutation(AddParticipantMutation);
  const form = useApiForm<AddValues>({ defaultValues: BLANK });

  const submit = form.submit(async (values) => {
    const result = await add({
      input: { delegationId, personId: values.personId, sector: values.sector as Sector, position: values.position.trim() || undefined },
    });
    if (isRouteClosed(result.error)) return notify(t('routeClosed'), 'error');
    // A person is on a route once (alreadyParticipant, inRouteTeam): said next to the person.
    if (result.error) return form.showApiError(result.error);
    form.reset(BLANK);
    notify(t('participantAdded'), 'success');
    onAdded();
  });

  return (
    <form ref={form.formRef} className="lr-delegations-subform" onSubmit={submit} noValidate aria-labelledby="add-participant-heading">
      <h3 id="add-participant-heading">{t('addParticipant')}</h3>
      <p className="lr-field__hint">{t('addParticipantHint')}</p>
      <FormBanner form={form} />
      <PersonPicker form={form} name="personId" label={t('person')} required={t('choosePerson')} />
      <div className="lr-form-grid">
        <FormSelect
          form={form}
          name="sector"
          rules={{ required: t('chooseSector') }}
          label={t('sector')}
          required
          placeholder={t('common:choose')}
          options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
        />
        <TextField label={t('positionForRoute')} {...form.field('position')} />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('addParticipant')}
        </Button>
      </div>
    </form>
  );
}
