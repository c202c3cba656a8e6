import { useCountries } from '@lr/portal-graphql';
import { Button, FormBanner, FormSelect, LocalizedTextFields, TextField, textsFrom, useApiForm, type Texts } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { EVENT_KINDS } from '../components/labels';
import { EditorActions, useDeletion } from '../components/deletion';
import { PeopleSearch, type PersonChoice } from '../components/PeopleSearch';
import { useSection } from '../components/section-context';
import { useInLanguage } from '../components/texts';
import type { FollowUpEventKind } from '../graphql/generated/graphql';
import { CreateFollowUpEventMutation, DeleteFollowUpEventMutation, UpdateFollowUpEventMutation } from '../graphql/operations';

/** An event as the list reads it, to change it. */
export interface EditedEvent {
  id: string;
  version: number;
  kind: FollowUpEventKind;
  date: string;
  countryCode?: string | null;
  /** In the reader's language, to name the event when deleting it. */
  title?: string;
  titleTranslations: { en?: string | null; fr?: string | null; es?: string | null };
  notesTranslations: { en?: string | null; fr?: string | null; es?: string | null };
  participants?: PersonChoice[] | null;
}

interface EventValues {
  kind: FollowUpEventKind;
  date: string;
  title: Texts;
  notes: Texts;
  countryCode: string;
}

/**
 * Records a follow-up event of the route (the final virtual meeting, a technical-assistance
 * visit…) or changes one: its date, title, notes and who took part; a visit names the country
 * visited (the API refuses it without, naming the field).
 */
export function EventForm({ routeId, event, onDone, onCancel }: { routeId: string; event?: EditedEvent; onDone(): void; onCancel(): void }) {
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const inLanguage = useInLanguage();
  const countries = useCountries(i18n.language);
  const form = useApiForm<EventValues>({
    defaultValues: event
      ? { kind: event.kind, date: event.date, title: textsFrom(event.titleTranslations), notes: textsFrom(event.notesTranslations), countryCode: event.countryCode ?? '' }
      : { kind: 'FINAL_VIRTUAL_MEETING', date: '', title: textsFrom(null), notes: textsFrom(null), countryCode: '' },
  });
  const [participants, setParticipants] = useState<PersonChoice[]>(event?.participants ?? []);
  const [, create] = useMutation(CreateFollowUpEventMutation);
  const [, update] = useMutation(UpdateFollowUpEventMutation);
  const [, remove] = useMutation(DeleteFollowUpEventMutation);
  const deletion = useDeletion({ title: t('deleteEventTitle'), name: event?.title ?? '', remove: () => remove({ id: event?.id ?? '', version: event?.version ?? 0 }), onDone });
  const headingId = event ? `event-${event.id}-heading` : 'new-event-heading';

  const save = form.submit(async (values) => {
    const fields = { kind: values.kind, date: values.date, title: values.title, notes: values.notes, participantIds: participants.map((p) => p.id) };
    const result = event
      ? await update({ input: { id: event.id, version: event.version, ...fields, countryCode: values.countryCode || null } })
      : await create({ input: { routeId, ...fields, countryCode: values.countryCode || undefined } });
    if (result.error) return form.showApiError(result.error);
    notify(t('eventSaved'), 'success');
    onDone();
  });

  return (
    <>
      <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby={headingId}>
        <h3 id={headingId}>{event ? t('editEvent') : t('newEvent')}</h3>
        <FormBanner form={form} />
        <div className="lr-form-grid">
          <FormSelect form={form} name="kind" label={t('eventKind')} required options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKinds.${k}`) }))} />
          <TextField label={t('date')} type="date" required {...form.field('date', { required: t('common:required') })} />
          <FormSelect
            form={form}
            name="countryCode"
            label={t('eventCountry')}
            hint={t('eventCountryHint')}
            placeholder={t('common:choose')}
            options={countries.map((c) => ({ value: c.code, label: c.name }))}
          />
        </div>
        <LocalizedTextFields form={form} path="title" label={inLanguage(t('eventTitle'))} required={t('eventTitleRequired')} />
        <LocalizedTextFields form={form} path="notes" label={inLanguage(t('notes'))} multiline rows={3} />
        <fieldset className="lr-follow-up-options">
          <legend>{t('participants')}</legend>
          {participants.length === 0 ? (
            <p className="lr-follow-up-muted">{t('noParticipants')}</p>
          ) : (
            <ul className="lr-follow-up-people" aria-label={t('participants')}>
              {participants.map((p) => (
                <li key={p.id}>
                  <span>{p.fullName}</span>
                  <Button variant="link" onClick={() => setParticipants((now) => now.filter((x) => x.id !== p.id))} aria-label={t('removePerson', { name: p.fullName })}>
                    {t('remove')}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <PeopleSearch label={t('participants')} chosenIds={participants.map((p) => p.id)} onAdd={(p) => setParticipants((now) => [...now, p])} />
        </fieldset>
        <EditorActions saving={form.formState.isSubmitting} onCancel={onCancel} onDelete={event ? deletion.ask : undefined} />
      </form>
      {deletion.dialog}
    </>
  );
}
