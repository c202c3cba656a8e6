import { Button, FormBanner, FormCheckboxGroup, TextField, useApiForm } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { CreateWebhookEndpointMutation } from '../../graphql/operations';

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

  const save = form.submit(async (values) => {
    const result = await create({
      input: {
        url: values.url.trim(),
        description: values.description.trim() || undefined,
        events: values.events,
      },
    });
    if (result.error) return form.showApiError(result.error);
    const created = result.data?.createWebhookEndpoint;
    if (!created) return;
    form.reset(BLANK);
    onCreated(created.endpoint.url, created.signingSecret);
  });

  return (
    <form
      ref={form.formRef}
      className="lr-form"
      onSubmit={save}
      noValidate
      aria-labelledby="admin-webhook-title"
    >
      <h2 id="admin-webhook-title">{t('createWebhook')}</h2>
      <FormBanner form={form} />
      <div className="lr-form-grid">
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
      </div>
      <div className="lr-form-actions">
        <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
          {t('common:create')}
        </Button>
      </div>
    </form>
  );
}
