import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { ConnectionView, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { MAIL_STATUSES, MailStatusBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import type { MailStatus } from '../graphql/generated/graphql';
import { MailMessagesQuery } from '../graphql/operations';

const FILTER_KEYS = ['q', 'status'] as const;

/** Administrators: the e-mail the platform sent or will send (invitations and the like), newest first. */
export function OutboxPage() {
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath, user } = useSection();
  const format = useFormat();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;
  const filter = useMemo(() => ({ search: params.get('q') || undefined, status: (params.get('status') as MailStatus) || undefined }), [params]);
  const isAdmin = user.role === 'ADMIN';
  const [{ data, fetching, error }, refetch] = useQuery({ query: MailMessagesQuery, variables: { first: PAGE_SIZE, after: pages.after, filter }, pause: !isAdmin });

  return (
    <>
      <PageHeader title={t('outboxTitle')} breadcrumbs={[]} />
      {!isAdmin ? (
        <p className="lr-notice">{t('outboxAdminsOnly')}</p>
      ) : (
        <>
          <p>{t('outboxIntro')}</p>
          <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchMail')} onClear={list.filtered ? list.clear : undefined}>
            <SelectField
              label={t('status')}
              value={params.get('status') ?? ''}
              onChange={(e) => list.set('status', e.target.value)}
              placeholder={t('common:any')}
              options={MAIL_STATUSES.map((s) => ({ value: s, label: t(`mailStatuses.${s}`) }))}
            />
          </FilterBar>
          <ConnectionView
            connection={data?.mailMessages}
            fetching={fetching}
            error={errorMessage(error)}
            onRetry={() => refetch({ requestPolicy: 'network-only' })}
            pages={pages}
            pageSize={PAGE_SIZE}
            caption={t('outboxTitle')}
            rowKey={(m) => m.id}
            empty={list.filtered ? <p>{t('common:noMatches')}</p> : <p>{t('noMail')}</p>}
            columns={[
              { key: 'subject', header: t('subject'), render: (m) => <Link to={`${basePath}/outbox/${m.id}`}>{m.subject}</Link> },
              { key: 'to', header: t('recipient'), render: (m) => <span className="lr-delegations-break">{m.toName ? `${m.toName} <${m.to}>` : m.to}</span> },
              { key: 'status', header: t('status'), render: (m) => <MailStatusBadge status={m.status} /> },
              { key: 'created', header: t('queuedAt'), render: (m) => format.dateTime(m.createdAt) },
              { key: 'sent', header: t('sentAt'), render: (m) => format.dateTime(m.sentAt) },
              { key: 'attempts', header: t('attempts'), render: (m) => format.number(m.attempts) },
            ]}
          />
        </>
      )}
    </>
  );
}
