import { Button, FormBanner, FormSelect, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ROLES } from '../components/labels';
import { useSection } from '../components/section-context';
import type { ChampionRole } from '../graphql/generated/graphql';
import { ChampionsFilterOptionsQuery, LinkChampionPracticeMutation } from '../graphql/operations';

interface LinkValues {
  practiceId: string;
  role: ChampionRole | '';
}

/** Links a champion to one more practice, with their role in it. */
export function LinkPracticeForm({ championId, linkedIds, onLinked }: { championId: string; linkedIds: Set<string>; onLinked(): void }) {
  const { t } = useTranslation(['champions', 'common']);
  const { notify } = useSection();
  const [{ data: options }] = useQuery({ query: ChampionsFilterOptionsQuery });
  const [, link] = useMutation(LinkChampionPracticeMutation);
  const form = useApiForm<LinkValues>({ defaultValues: { practiceId: '', role: '' } });
  const required = { required: t('common:required') };
  const available = options?.practices.edges.map((e) => e.node).filter((p) => !linkedIds.has(p.id)) ?? [];

  const submit = form.submit(async ({ practiceId, role }) => {
    // The role's rule makes sure one is chosen.
    const result = await link({ input: { championId, practiceId, role: role as ChampionRole } });
    if (result.error) return form.showApiError(result.error);
    form.reset();
    notify(t('linked'), 'success');
    onLinked();
  });

  return (
    <form ref={form.formRef} className="lr-champions-subform" onSubmit={submit} noValidate aria-labelledby="link-practice-heading">
      <h3 id="link-practice-heading">{t('linkPractice')}</h3>
      <FormBanner form={form} onReload={onLinked} />
      <div className="lr-champions-inline-form">
        <FormSelect
          form={form}
          name="practiceId"
          rules={required}
          label={t('practice')}
          required
          placeholder={t('common:choose')}
          options={available.map((p) => ({ value: p.id, label: p.title }))}
        />
        <FormSelect
          form={form}
          name="role"
          rules={required}
          label={t('role')}
          required
          placeholder={t('common:choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <div className="lr-form-actions">
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('link')}
          </Button>
        </div>
      </div>
    </form>
  );
}
