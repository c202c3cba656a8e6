import { Button, FormBanner, FormSelect, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../components/section-context';
import { AssessorCandidatesQuery, AssignAssessorMutation } from '../graphql/operations';

/**
 * Editors assign an assessor to a practice. Admins pick from the reviewers; editors, who may not
 * list users, type the reviewer's id.
 */
export function AssignAssessorForm({ practiceId, onAssigned }: { practiceId: string; onAssigned(): void }) {
  const { t } = useTranslation(['practices', 'common']);
  const { user, notify } = useSection();
  const isAdmin = user.role === 'ADMIN';
  const [{ data: candidates }] = useQuery({ query: AssessorCandidatesQuery, pause: !isAdmin });
  const [, assign] = useMutation(AssignAssessorMutation);
  const form = useApiForm({ defaultValues: { assessorId: '' } });
  const rules = { validate: (id: string) => id.trim() !== '' || t('common:required') };
  const assessorOptions =
    candidates?.users.edges
      .map((e) => e.node)
      .filter((u) => u.role === 'REVIEWER' || u.role === 'ADMIN')
      .map((u) => ({ value: u.id, label: `${u.displayName} (${t(`common:roles.${u.role}`)})` })) ?? [];

  const submit = form.submit(async ({ assessorId }) => {
    const result = await assign({ input: { practiceId, assessorId: assessorId.trim() } });
    if (result.error) return form.showApiError(result.error);
    form.reset();
    notify(t('assigned'), 'success');
    onAssigned();
  });

  return (
    <section className="lr-card" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('assessors')}</h2>
      <form ref={form.formRef} className="lr-inline-form" onSubmit={submit} noValidate>
        <FormBanner form={form} onReload={onAssigned} />
        {isAdmin ? (
          <FormSelect form={form} name="assessorId" rules={rules} label={t('assessor')} placeholder={t('common:choose')} options={assessorOptions} />
        ) : (
          <TextField label={t('assessorId')} hint={t('assessorIdHint')} {...form.field('assessorId', rules)} />
        )}
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('assign')}
        </Button>
      </form>
    </section>
  );
}
