import { FormBanner, FormCheckboxGroup, LocalizedTextFields, TextField, textsFrom, useApiForm, type Texts } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { EditorActions, useDeletion } from '../components/deletion';
import { useSection } from '../components/section-context';
import { useInLanguage } from '../components/texts';
import { CreateCommunityOfPracticeMutation, DeleteCommunityOfPracticeMutation, FollowUpRouteOptionsQuery, UpdateCommunityOfPracticeMutation } from '../graphql/operations';

/** A community as the list reads it, to change it. */
export interface EditedCommunity {
  id: string;
  version: number;
  name: string;
  descriptionTranslations: { en?: string | null; fr?: string | null; es?: string | null };
  memberCount?: number | null;
  url?: string | null;
  startedOn?: string | null;
  routes: { id: string }[];
}

interface CommunityValues {
  name: string;
  description: Texts;
  routeIds: string[];
  memberCount: string;
  url: string;
  startedOn: string;
}

const WEB_ADDRESS = /^https?:\/\/\S+$/i;

/** Adds a community of practice that grew from routes, or changes one. */
export function CommunityForm({ routeId, community, onDone, onCancel }: { routeId?: string; community?: EditedCommunity; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation(['follow-up', 'common']);
  const { notify } = useSection();
  const inLanguage = useInLanguage();
  const [{ data: routes }] = useQuery({ query: FollowUpRouteOptionsQuery });
  const form = useApiForm<CommunityValues>({
    defaultValues: {
      name: community?.name ?? '',
      description: textsFrom(community?.descriptionTranslations),
      routeIds: community ? community.routes.map((r) => r.id) : routeId ? [routeId] : [],
      memberCount: community?.memberCount === null || community?.memberCount === undefined ? '' : String(community.memberCount),
      url: community?.url ?? '',
      startedOn: community?.startedOn ?? '',
    },
    messages: { url: { webAddress: t('evidenceUrlInvalid') } },
  });
  const [, create] = useMutation(CreateCommunityOfPracticeMutation);
  const [, update] = useMutation(UpdateCommunityOfPracticeMutation);
  const [, remove] = useMutation(DeleteCommunityOfPracticeMutation);
  const deletion = useDeletion({ title: t('deleteCommunityTitle'), name: community?.name ?? '', remove: () => remove({ id: community?.id ?? '', version: community?.version ?? 0 }), onDone });
  const headingId = community ? `community-${community.id}-heading` : 'new-community-heading';

  const save = form.submit(async (v) => {
    const members = v.memberCount.trim() === '' ? null : Number(v.memberCount);
    const fields = { name: v.name.trim(), description: v.description, routeIds: v.routeIds };
    const result = community
      ? await update({ input: { id: community.id, version: community.version, ...fields, memberCount: members, url: v.url.trim() || null, startedOn: v.startedOn || null } })
      : await create({ input: { ...fields, memberCount: members ?? undefined, url: v.url.trim() || undefined, startedOn: v.startedOn || undefined } });
    if (result.error) return form.showApiError(result.error);
    notify(t('communitySaved'), 'success');
    onDone();
  });

  return (
    <>
      <form ref={form.formRef} className="lr-form lr-card" onSubmit={save} noValidate aria-labelledby={headingId}>
        <h3 id={headingId}>{community ? t('editCommunity') : t('newCommunity')}</h3>
        <FormBanner form={form} />
        <TextField label={t('communityName')} required {...form.field('name', { required: t('common:required') })} />
        <LocalizedTextFields form={form} path="description" label={inLanguage(t('description'))} multiline rows={3} />
        <FormCheckboxGroup form={form} name="routeIds" legend={t('grewFrom')} options={routes?.routes.edges.map((e) => ({ value: e.node.id, label: e.node.title })) ?? []} />
        <div className="lr-form-grid">
          <TextField
            label={t('memberCount')}
            hint={t('memberCountHint')}
            type="number"
            min={0}
            inputMode="numeric"
            {...form.field('memberCount', { pattern: { value: /^\d*$/, message: t('memberCountHint') } })}
          />
          <TextField label={t('communityUrl')} type="url" hint={t('evidenceUrlHint')} {...form.field('url', { pattern: { value: WEB_ADDRESS, message: t('evidenceUrlInvalid') } })} />
          <TextField label={t('startedOn')} type="date" {...form.field('startedOn')} />
        </div>
        <EditorActions saving={form.formState.isSubmitting} onCancel={onCancel} onDelete={community ? deletion.ask : undefined} />
      </form>
      {deletion.dialog}
    </>
  );
}
