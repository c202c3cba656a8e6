import { useCountries } from '@lr/portal-graphql';
import { FormBanner, FormSelect, LocalizedTextFields, TextField, textsFrom, useApiForm, type Texts } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { EditorActions, useDeletion } from '../components/deletion';
import { useSection } from '../components/section-context';
import { useInLanguage } from '../components/texts';
import { CreateScalingStoryMutation, DeleteScalingStoryMutation, UpdateScalingStoryMutation } from '../graphql/operations';
import { OrganisationPicker, PracticePicker } from './StoryPickers';

type Translations = { en?: string | null; fr?: string | null; es?: string | null };

/** A story as the list reads it, to change it. */
export interface EditedStory {
  id: string;
  version: number;
  /** In the reader's language, to name the story when deleting it. */
  title?: string;
  practiceId: string;
  adaptedByOrganisationId?: string | null;
  /** Named, so the pickers show the chosen practice and organisation before any search. */
  practice?: { title: string } | null;
  adaptedByOrganisation?: { name: string } | null;
  countryCode: string;
  locality?: string | null;
  evidenceUrl?: string | null;
  documentedOn?: string | null;
  titleTranslations: Translations;
  resultTranslations: Translations;
}

interface StoryValues {
  practiceId: string;
  adaptedByOrganisationId: string;
  countryCode: string;
  locality: string;
  title: Texts;
  result: Texts;
  evidenceUrl: string;
  documentedOn: string;
}

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/**
 * Documents a scaling-up story, or changes one: which practice was adapted, by which
 * organisation, where, with what result, and a link to the evidence. A new story belongs to
 * the route chosen on the page, when one is.
 */
export function StoryForm({ routeId, story, onDone, onCancel }: { routeId?: string; story?: EditedStory; onDone(): void; onCancel(): void }) {
  const { t, i18n } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const inLanguage = useInLanguage();
  const countries = useCountries(i18n.language);
  const form = useApiForm<StoryValues>({
    defaultValues: {
      practiceId: story?.practiceId ?? '',
      adaptedByOrganisationId: story?.adaptedByOrganisationId ?? '',
      countryCode: story?.countryCode ?? '',
      locality: story?.locality ?? '',
      title: textsFrom(story?.titleTranslations),
      result: textsFrom(story?.resultTranslations),
      evidenceUrl: story?.evidenceUrl ?? '',
      documentedOn: story?.documentedOn ?? '',
    },
    messages: { evidenceUrl: { webAddress: t('evidenceUrlInvalid') } },
  });
  const [, create] = useMutation(CreateScalingStoryMutation);
  const [, update] = useMutation(UpdateScalingStoryMutation);
  const [, remove] = useMutation(DeleteScalingStoryMutation);
  const deletion = useDeletion({ title: t('deleteStoryTitle'), name: story?.title ?? '', remove: () => remove({ id: story?.id ?? '', version: story?.version ?? 0 }), onDone });
  const required = { required: t('common:required') };
  const headingId = story ? `story-${story.id}-heading` : 'new-story-heading';

  const save = form.submit(async (v) => {
    const fields = { practiceId: v.practiceId, countryCode: v.countryCode, title: v.title, result: v.result };
    const result = story
      ? await update({
          input: {
            id: story.id,
            version: story.version,
            ...fields,
            adaptedByOrganisationId: v.adaptedByOrganisationId || null,
            locality: v.locality.trim() || null,
            evidenceUrl: v.evidenceUrl.trim() || null,
            documentedOn: v.documentedOn || null,
          },
        })
      : await create({
          input: {
            ...fields,
            routeId: routeId || undefined,
            adaptedByOrganisationId: v.adaptedByOrganisationId || undefined,
            locality: v.locality.trim() || undefined,
            evidenceUrl: v.evidenceUrl.trim() || undefined,
            documentedOn: v.documentedOn || undefined,
          },
        });
    if (result.error) return form.showApiError(result.error);
    notify(t('storySaved'), 'success');
    onDone();
  });

  return (
    <>
      <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby={headingId}>
        <h3 id={headingId}>{story ? t('editStory') : t('newStory')}</h3>
        <FormBanner form={form} />
        <LocalizedTextFields form={form} path="title" label={inLanguage(t('storyTitle'))} required={t('storyTitleRequired')} />
        <div className="lr-form-grid">
          <PracticePicker form={form} name="practiceId" chosenLabel={story?.practice?.title} />
          <OrganisationPicker form={form} name="adaptedByOrganisationId" chosenLabel={story?.adaptedByOrganisation?.name} />
          <FormSelect form={form} name="countryCode" rules={required} label={t('country')} required placeholder={t('common:choose')} options={countries.map((c) => ({ value: c.code, label: c.name }))} />
          <TextField label={t('locality')} {...form.field('locality')} />
        </div>
        <LocalizedTextFields form={form} path="result" label={inLanguage(t('storyResult'))} required={t('storyResultRequired')} multiline rows={3} />
        <div className="lr-form-grid">
          <TextField
            label={t('evidenceUrl')}
            type="url"
            hint={t('evidenceUrlHint')}
            {...form.field('evidenceUrl', { pattern: { value: WEB_ADDRESS, message: t('evidenceUrlInvalid') } })}
          />
          <TextField label={t('documentedOn')} type="date" {...form.field('documentedOn')} />
        </div>
        <EditorActions saving={form.formState.isSubmitting} onCancel={onCancel} onDelete={story ? deletion.ask : undefined} />
      </form>
      {deletion.dialog}
    </>
  );
}
