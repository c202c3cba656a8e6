import { FormCheckboxGroup, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ApiKeyScope } from '../graphql/generated/graphql';
import { platformFieldMessages } from '../components/refusals';
import { CreateApiKeyMutation } from '../graphql/operations';
import { SecretCreateForm } from './NewKeyPanel';

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
  const blank = (): KeyFormValues => ({ name: '', scopes: [], expiresOn: dayFromToday(365) });
  const form = useApiForm<KeyFormValues>({
    defaultValues: blank(),
    // The API checks the instant; the form asks for the day it ends on.
    fieldFor: (path) => (path === 'expiresAt' ? 'expiresOn' : undefined),
    // The API's expiry rules (expiryInFuture, expiryWithinTwoYears) in the section's words.
    messages: platformFieldMessages('expiresAt'),
  });
  const [, create] = useMutation(CreateApiKeyMutation);

  async function createKey(values: KeyFormValues) {
    // The key works until the end of the chosen day where the admin is.
    const expiresAt = new Date(`${values.expiresOn}T23:59:59`).toISOString();
    const result = await create(
      { input: { name: values.name.trim(), scopes: values.scopes as ApiKeyScope[], expiresAt } },
      { additionalTypenames: ['ApiKey'] },
    );
    const created = result.data?.createApiKey;
    return {
      error: result.error,
      made: created && { name: created.apiKey.name, secret: created.key },
    };
  }

  return (
    <SecretCreateForm
      form={form}
      titleId="admin-create-key-title"
      title={t('createApiKey')}
      blank={blank}
      create={createKey}
      onCreated={onCreated}
    >
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
    </SecretCreateForm>
  );
}
