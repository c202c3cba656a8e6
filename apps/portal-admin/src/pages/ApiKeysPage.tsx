import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import {
  Button,
  CheckboxField,
  ConfirmDialog,
  ConnectionView,
  PAGE_SIZE,
  PageHeader,
  useUrlListState,
} from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { AdminTabs } from '../components/AdminTabs';
import { platformRefusal } from '../components/refusals';
import { useSection } from '../components/section-context';
import type { AdminApiKeysQuery } from '../graphql/generated/graphql';
import { ApiKeysQuery, RevokeApiKeyMutation } from '../graphql/operations';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { NewKeyPanel } from './NewKeyPanel';

type Key = AdminApiKeysQuery['apiKeys']['edges'][number]['node'];

const FILTER_KEYS = ['revoked'] as const;

/** Partner keys: what each may do, until when, what it spends now; create one, revoke one. */
export function ApiKeysPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { notify } = useSection();
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const includeRevoked = list.get('revoked') === '1';
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ApiKeysQuery,
    variables: { first: PAGE_SIZE, after: list.pages.after, includeRevoked },
    requestPolicy: 'cache-and-network',
  });
  const [revoking, revoke] = useMutation(RevokeApiKeyMutation);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [doomed, setDoomed] = useState<Key | null>(null);
  const [refusal, setRefusal] = useState<string>();

  async function confirmRevoke() {
    if (!doomed) return;
    const result = await revoke({ id: doomed.id });
    if (result.error) return setRefusal(platformRefusal(result.error));
    setDoomed(null);
    notify(t('keyRevoked'), 'success');
    refetch({ requestPolicy: 'network-only' });
  }

  function status(key: Key): string {
    if (key.revokedAt) return t('revoked', { date: format.date(key.revokedAt) });
    if (Date.parse(key.expiresAt) <= Date.now()) return t('expired');
    return t('active');
  }

  return (
    <>
      <PageHeader title={t('apiKeysTitle')} breadcrumbs={[]} />
      <AdminTabs />
      {created ? (
        <NewKeyPanel name={created.name} secret={created.key} onDone={() => setCreated(null)} />
      ) : (
        <CreateApiKeyForm
          onCreated={(name, key) => {
            setCreated({ name, key });
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <h2>{t('apiKeysTitle')}</h2>
      <CheckboxField
        label={t('showRevoked')}
        checked={includeRevoked}
        onChange={(e) => list.set('revoked', e.target.checked ? '1' : '')}
      />
      <ConnectionView
        connection={data?.apiKeys}
        fetching={fetching}
        error={errorMessage(error)}
        onRetry={() => refetch({ requestPolicy: 'network-only' })}
        pages={list.pages}
        pageSize={PAGE_SIZE}
        caption={t('apiKeysTitle')}
        rowKey={(k) => k.id}
        empty={<p>{t('common:noMatches')}</p>}
        columns={[
          {
            key: 'name',
            header: t('keyName'),
            render: (k) => (
              <>
                {k.name}
                <code className="admin-secondary">{`lr_${k.prefix}_…`}</code>
                <span className="admin-secondary">
                  {t('createdOn', { date: format.date(k.createdAt) })}
                </span>
              </>
            ),
          },
          {
            key: 'scopes',
            header: t('scopes'),
            render: (k) => k.scopes.map((s) => t(`scopeNames.${s}`)).join(', '),
          },
          {
            key: 'status',
            header: t('status'),
            render: (k) => (
              <>
                {status(k)}
                <span className="admin-secondary">
                  {t('expiresOn', { date: format.date(k.expiresAt) })}
                </span>
              </>
            ),
          },
          {
            key: 'lastUsed',
            header: t('lastUsed'),
            render: (k) => (k.lastUsedAt ? format.dateTime(k.lastUsedAt) : t('never')),
          },
          {
            key: 'usage',
            header: t('usage'),
            render: (k) =>
              k.usage ? (
                <>
                  <span className="admin-usage">
                    {t('usageRequests', {
                      spent: k.usage.requests.spent,
                      limit: k.usage.requests.limit,
                    })}
                  </span>
                  <span className="admin-usage">
                    {t('usagePoints', { spent: k.usage.points.spent, limit: k.usage.points.limit })}
                  </span>
                </>
              ) : (
                t('usageOff')
              ),
          },
          {
            key: 'actions',
            header: t('actions'),
            render: (k) =>
              k.revokedAt ? null : (
                <Button
                  variant="danger"
                  aria-label={`${t('revoke')}: ${k.name}`}
                  onClick={() => {
                    setRefusal(undefined);
                    setDoomed(k);
                  }}
                >
                  {t('revoke')}
                </Button>
              ),
          },
        ]}
      />
      <ConfirmDialog
        open={!!doomed}
        danger
        title={t('revokeTitle', { name: doomed?.name ?? '' })}
        confirmLabel={t('revoke')}
        busy={revoking.fetching}
        error={refusal}
        onConfirm={confirmRevoke}
        onCancel={() => setDoomed(null)}
      >
        <p>{t('revokeBody')}</p>
      </ConfirmDialog>
    </>
  );
}
