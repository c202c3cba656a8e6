import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../../components/AdminTabs';
import { useSection } from '../../components/section-context';
import type { AdminWebhookEndpointsQuery } from '../../graphql/generated/graphql';
import {
  RotateWebhookSecretMutation,
  UpdateWebhookEndpointMutation,
  WebhookEndpointsQuery,
} from '../../graphql/operations';
import { NewKeyPanel } from '../NewKeyPanel';
import { CreateWebhookForm } from './CreateWebhookForm';
import { DeliveryLog } from './DeliveryLog';

type Endpoint = AdminWebhookEndpointsQuery['webhookEndpoints'][number];

/** Partners' webhook endpoints: register one, pause or resume it, rotate its secret; and what was delivered. */
export function WebhooksPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookEndpointsQuery,
    requestPolicy: 'cache-and-network',
  });
  const [, update] = useMutation(UpdateWebhookEndpointMutation);
  const [rotating, rotate] = useMutation(RotateWebhookSecretMutation);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [doomed, setDoomed] = useState<Endpoint | null>(null);
  const [refusal, setRefusal] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function setActive(endpoint: Endpoint, active: boolean) {
    const result = await update({ input: { id: endpoint.id, version: endpoint.version, active } });
    if (result.error) return notify(errorMessage(result.error) ?? '', 'error');
    notify(t(active ? 'webhookResumed' : 'webhookPaused'), 'success');
    reload();
  }

  async function confirmRotate() {
    if (!doomed) return;
    const result = await rotate({ id: doomed.id, version: doomed.version });
    if (result.error) return setRefusal(errorMessage(result.error));
    const rotated = result.data?.rotateWebhookSecret;
    setDoomed(null);
    if (rotated) setSecret({ url: rotated.endpoint.url, secret: rotated.signingSecret });
    reload();
  }

  return (
    <>
      <PageHeader title={t('webhooksTitle')} breadcrumbs={[]} />
      <AdminTabs />
      {secret ? (
        <NewKeyPanel
          name={secret.url}
          secret={secret.secret}
          title={t('secretTitle', { url: secret.url })}
          label={t('signingSecret')}
          onDone={() => setSecret(null)}
        />
      ) : (
        <CreateWebhookForm
          eventTypes={data?.webhookEventTypes ?? []}
          onCreated={(url, signingSecret) => {
            setSecret({ url, secret: signingSecret });
            reload();
          }}
        />
      )}
      <h2>{t('endpoints')}</h2>
      {fetching && !data && <Skeleton width="60%" />}
      {error && !data && <ErrorPanel title={errorMessage(error) ?? ''} />}
      {data && data.webhookEndpoints.length === 0 && <p>{t('noEndpoints')}</p>}
      <ul className="admin-cards">
        {data?.webhookEndpoints.map((endpoint) => (
          <li key={endpoint.id} className="lr-card">
            <h3 className="admin-break">{endpoint.url}</h3>
            {endpoint.description && <p>{endpoint.description}</p>}
            <p>
              {endpoint.active ? t('active') : t('paused')} ·{' '}
              {t('since', { date: format.date(endpoint.createdAt) })}
            </p>
            <p className="admin-break">{endpoint.events.join(', ')}</p>
            <span className="admin-row-actions">
              <Button
                onClick={() => setActive(endpoint, !endpoint.active)}
                aria-label={`${endpoint.active ? t('pause') : t('resume')}: ${endpoint.url}`}
              >
                {endpoint.active ? t('pause') : t('resume')}
              </Button>
              <Button
                variant="danger"
                aria-label={`${t('rotateSecret')}: ${endpoint.url}`}
                onClick={() => {
                  setRefusal(undefined);
                  setDoomed(endpoint);
                }}
              >
                {t('rotateSecret')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <DeliveryLog endpoints={data?.webhookEndpoints ?? []} />
      <ConfirmDialog
        open={!!doomed}
        danger
        title={t('rotateTitle', { url: doomed?.url ?? '' })}
        confirmLabel={t('rotateSecret')}
        busy={rotating.fetching}
        error={refusal}
        onConfirm={confirmRotate}
        onCancel={() => setDoomed(null)}
      >
        <p>{t('rotateBody')}</p>
      </ConfirmDialog>
    </>
  );
}
