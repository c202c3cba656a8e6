import {
  Button,
  FormBanner,
  FormCheckboxGroup,
  FormSelect,
  TextField,
  useApiForm,
} from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { moduleLabel } from '../../components/module-label';
import { platformFieldMessages, platformRuleWords, refusalConstraint } from '../../components/refusals';
import type { Language, Role } from '../../graphql/generated/graphql';
import { InviteUserMutation } from '../../graphql/operations';

interface InviteValues {
  email: string;
  displayName: string;
  role: Role | '';
  modules: string[];
  language: Language;
}

export const ROLES: Role[] = ['ADMIN', 'EDITOR', 'REVIEWER', 'VIEWER', 'PARTICIPANT'];
const BLANK: InviteValues = { email: '', displayName: '', role: '', modules: [], language: 'EN' };

/** Invites someone: the API makes the account and e-mails them a link to choose their password. */
export function InviteUserForm({
  modules,
  onInvited,
}: {
  modules: string[];
  onInvited(email: string): void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const form = useApiForm<InviteValues>({
    defaultValues: BLANK,
    // The API's own rules on these fields, in the section's words.
    messages: platformFieldMessages('displayName', 'role', 'modules'),
  });
  const [, invite] = useMutation(InviteUserMutation);
  const role = form.watch('role');

  const save = form.submit(async (values) => {
    const result = await invite(
      {
        input: {
          email: values.email.trim(),
          displayName: values.displayName.trim(),
          role: values.role as Role,
          modules: values.role === 'EDITOR' ? values.modules : [],
          language: values.language,
        },
      },
      { additionalTypenames: ['User'] },
    );
    if (result.error) {
      // The address belongs to someone else's account: said next to it.
      const constraint = refusalConstraint(result.error);
      if (constraint === 'emailTaken') return form.showProblems({ email: platformRuleWords(constraint) });
      return form.showApiError(result.error);
    }
    form.reset(BLANK);
    onInvited(values.email.trim());
  });

  const required = { required: t('common:required') };
  return (
    <form
      ref={form.formRef}
      className="lr-form"
      onSubmit={save}
      noValidate
      aria-labelledby="admin-invite-title"
    >
      <h2 id="admin-invite-title">{t('inviteUser')}</h2>
      <p>{t('inviteHint')}</p>
      <FormBanner form={form} />
      <div className="lr-form-grid">
        <TextField
          label={t('email')}
          type="email"
          autoComplete="off"
          required
          {...form.field('email', required)}
        />
        <TextField label={t('displayName')} required {...form.field('displayName', required)} />
        <FormSelect
          form={form}
          name="role"
          rules={required}
          label={t('role')}
          required
          placeholder={t('common:choose')}
          options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
        />
        <FormSelect
          form={form}
          name="language"
          label={t('mailLanguage')}
          options={(['EN', 'FR', 'ES'] as const).map((l) => ({
            value: l,
            label: t(`languages.${l}`),
          }))}
        />
        {role === 'EDITOR' && (
          <FormCheckboxGroup
            form={form}
            name="modules"
            rules={{ validate: (v) => (Array.isArray(v) && v.length > 0) || t('modulesNeeded') }}
            legend={t('editorModules')}
            options={modules.map((m) => ({ value: m, label: moduleLabel(m) }))}
          />
        )}
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('sendInvitation')}
        </Button>
      </div>
    </form>
  );
}
