import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConnectionView, PAGE_SIZE, SelectField, useUrlListState } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSection } from '../../components/section-context';
import type { WebhookDeliveryStatus } from '../../graphql/generated/graphql';
import { ReplayWebhookDeliveryMutation, WebhookDeliveriesQuery } from '../../graphql/operations';

const FILTER_KEYS = ['endpoint', 'status'] as const;
const STATUSES: WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];

/** What was sent to the endpoints and what they answered, newest first; a delivery can be sent again. */
export function DeliveryLog({ endpoints }: { endpoints: { id: string; url: string }[] }) {
  const { t } = useTranslation(['admin', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookDeliveriesQuery,
    variables: {
      first: PAGE_SIZE,
      after: list.pages.after,
      filter: {
        endpointId: list.get('endpoint') || undefined,
        status: (list.get('status') || undefined) as WebhookDeliveryStatus | undefined,
      },
    },
    requestPolicy: 'cache-and-network',
  });
  const [, replay] = useMutation(ReplayWebhookDeliveryMutation);
  const urlOf = (id: string) => endpoints.find((e) => e.id === id)?.url ?? id;

  async function sendAgain(id: string) {
    const result = await replay({ id });
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    notify(t('deliveryReplayed'), 'success');
    refetch({ requestPolicy: 'network-only' });
  }

  return (
    <section aria-labelledby="admin-deliveries-title">
      <h2 id="admin-deliveries-title">{t('deliveries')}</h2>
      <div className="lr-form-grid">
        <SelectField
          label={t('endpoint')}
          value={list.get('endpoint')}
          onChange={(e) => list.set('endpoint', e.target.value)}
          placeholder={t('everyEndpoint')}
          options={endpoints.map((e) => ({ value: e.id, label: e.url }))}
        />
        <SelectField
          label={t('status')}
          value={list.get('status')}
          onChange={(e) => list.set('status', e.target.value)}
          placeholder={t('everyStatus')}
          options={STATUSES.map((s) => ({ value: s, label: t(`deliveryStatuses.${s}`) }))}
        />
      </div>
      <ConnectionView
        connection={data?.webhookDeliveries}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('deliveries')}
        rowKey={(d) => d.id}
        empty={<p>{t('noDeliveries')}</p>}
        columns={[
          { key: 'at', header: t('when'), render: (d) => format.dateTime(d.createdAt) },
          {
            key: 'endpoint',
            header: t('endpoint'),
            render: (d) => <span className="admin-break">{urlOf(d.endpointId)}</span>,
          },
          { key: 'status', header: t('status'), render: (d) => t(`deliveryStatuses.${d.status}`) },
          {
            key: 'response',
            header: t('response'),
            render: (d) =>
              d.lastResponseStatus ? String(d.lastResponseStatus) : (d.lastError ?? '—'),
          },
          { key: 'attempts', header: t('attempts'), render: (d) => format.number(d.attempts) },
          {
            key: 'actions',
            header: t('actions'),
            render: (d) => (
              <Button
                aria-label={`${t('replay')}: ${format.dateTime(d.createdAt)}`}
                onClick={() => sendAgain(d.id)}
              >
                {t('replay')}
              </Button>
            ),
          },
        ]}
      />
    </section>
  );
}
