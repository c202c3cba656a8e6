import { FormCheckboxGroup, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateWebhookEndpointMutation } from '../../graphql/operations';
import { SecretCreateForm } from '../NewKeyPanel';

interface WebhookValues {
  url: string;
  description: string;
  events: string[];
}

const BLANK: WebhookValues = { url: '', description: '', events: [] };

/** Registers a partner's endpoint for some events; hands its signing secret (shown once) to `onCreated`. */
export function CreateWebhookForm({
  eventTypes,
  onCreated,
}: {
  eventTypes: string[];
  onCreated(url: string, secret: string): void;
}) {
  const { t } = useTranslation(['admin', 'common']);
  const form = useApiForm<WebhookValues>({ defaultValues: BLANK });
  const [, create] = useMutation(CreateWebhookEndpointMutation);

  async function createEndpoint(values: WebhookValues) {
    const result = await create({
      input: {
        url: values.url.trim(),
        description: values.description.trim() || undefined,
        events: values.events,
      },
    });
    const created = result.data?.createWebhookEndpoint;
    return {
      error: result.error,
      made: created && { name: created.endpoint.url, secret: created.signingSecret },
    };
  }

  return (
    <SecretCreateForm
      form={form}
      titleId="admin-webhook-title"
      title={t('createWebhook')}
      blank={() => BLANK}
      create={createEndpoint}
      onCreated={onCreated}
    >
      <TextField
        label={t('webhookUrl')}
        hint={t('webhookUrlHint')}
        type="url"
        required
        {...form.field('url', { required: t('common:required') })}
      />
      <TextField label={t('webhookDescription')} {...form.field('description')} />
      <FormCheckboxGroup
        form={form}
        name="events"
        rules={{ validate: (v) => (Array.isArray(v) && v.length > 0) || t('eventsNeeded') }}
        legend={t('events')}
        options={eventTypes.map((e) => ({ value: e, label: e }))}
      />
    </SecretCreateForm>
  );
}
