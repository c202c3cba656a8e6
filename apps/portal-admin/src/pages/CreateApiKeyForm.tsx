import { Button, FormBanner, FormCheckboxGroup, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ApiKeyScope } from '../graphql/generated/graphql';
import { CreateApiKeyMutation } from '../graphql/operations';

interface KeyFormValues {
  name: string;
  scopes: string[];
  expiresOn: string;
}

/** Scopes an admin may add; READ comes with every key. */
const EXTRA_SCOPES: ApiKeyScope[] = ['PERSONAL_DATA', 'SCHEMA'];

/** YYYY-MM-DD of the day `days` from today, in the browser's time zone. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Name, scopes and expiry of a new partner key; hands the key (shown once) to `onCreated`. */
export function CreateApiKeyForm({ onCreated }: { onCreated(name: string, key: string): void }) {
  const { t } = useTranslation(['admin', 'common']);
  const form = useApiForm<KeyFormValues>({
    defaultValues: { name: '', scopes: [], expiresOn: dayFromToday(365) },
    // The API checks the instant; the form asks for the day it ends on.
    fieldFor: (path) => (path === 'expiresAt' ? 'expiresOn' : undefined),
  });
  const [, create] = useMutation(CreateApiKeyMutation);

  const save = form.submit(async (values) => {
    // The key works until the end of the chosen day where the admin is.
    const expiresAt = new Date(`${values.expiresOn}T23:59:59`).toISOString();
    const result = await create(
      { input: { name: values.name.trim(), scopes: values.scopes as ApiKeyScope[], expiresAt } },
      { additionalTypenames: ['ApiKey'] },
    );
    if (result.error) return form.showApiError(result.error);
    const created = result.data?.createApiKey;
    if (!created) return;
    form.reset({ name: '', scopes: [], expiresOn: dayFromToday(365) });
    onCreated(created.apiKey.name, created.key);
  });

  return (
    <form
      ref={form.formRef}
      className="lr-form"
      onSubmit={save}
      noValidate
      aria-labelledby="admin-create-key-title"
    >
      <h2 id="admin-create-key-title">{t('createApiKey')}</h2>
      <FormBanner form={form} />
      <div className="lr-form-grid">
        <TextField
          label={t('keyName')}
          hint={t('keyNameHint')}
          required
          {...form.field('name', {
            required: t('common:required'),
            minLength: { value: 2, message: t('common:validation.minLength', { limit: 2 }) },
          })}
        />
        <TextField
          label={t('expiresAt')}
          hint={t('expiresAtHint')}
          type="date"
          required
          min={dayFromToday(1)}
          max={dayFromToday(730)}
          {...form.field('expiresOn', { required: t('common:required') })}
        />
        <FormCheckboxGroup
          form={form}
          name="scopes"
          legend={t('scopes')}
          options={EXTRA_SCOPES.map((s) => ({ value: s, label: t(`scopeNames.${s}`) }))}
        />
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:create')}
        </Button>
      </div>
    </form>
  );
}
