import { errorCode, errorMessage } from '@lr/portal-graphql';
import { languageName, useFormat } from '@lr/portal-i18n';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MailStatusBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import { MailMessageQuery, RetryMailMessageMutation } from '../graphql/operations';

/** One message of the outbox: to whom, what it says (as plain text), how sending went; a failed one may be sent again. */
export function MailMessagePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['delegations', 'common']);
  const { basePath, notify, user } = useSection();
  const format = useFormat();
  const isAdmin = user.role === 'ADMIN';
  const [{ data, fetching, error }, refetch] = useQuery({ query: MailMessageQuery, variables: { id }, pause: !isAdmin });
  const [, retry] = useMutation(RetryMailMessageMutation);
  const [confirming, setConfirming] = useState(false);
  const [retryError, setRetryError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const crumbs = [{ label: t('outboxTitle'), to: `${basePath}/outbox` }];

  if (!isAdmin) {
    return (
      <>
        <PageHeader title={t('outboxTitle')} breadcrumbs={[]} />
        <p className="lr-notice">{t('outboxAdminsOnly')}</p>
      </>
    );
  }
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.mailMessage) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('mailFailed')} breadcrumbs={crumbs} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('mailFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const m = data.mailMessage;

  async function sendAgain() {
    const result = await retry({ id: m.id });
    if (result.error) return setRetryError(errorMessage(result.error));
    setConfirming(false);
    notify(t('mailQueued'), 'success');
    reload();
  }

  return (
    <>
      <PageHeader title={m.subject} breadcrumbs={crumbs} badge={<MailStatusBadge status={m.status} />}>
        {m.status === 'FAILED' && (
          <Button variant="primary" onClick={() => (setRetryError(undefined), setConfirming(true))}>
            {t('sendAgain')}
          </Button>
        )}
      </PageHeader>
      <section className="lr-card" aria-labelledby="mail-heading">
        <h2 id="mail-heading">{t('mailDetails')}</h2>
        <dl className="lr-details">
          <dt>{t('recipient')}</dt>
          <dd className="lr-delegations-break">{m.toName ? `${m.toName} <${m.to}>` : m.to}</dd>
          <dt>{t('mailKind')}</dt>
          <dd>{m.kind}</dd>
          <dt>{t('common:language')}</dt>
          <dd>{languageName(m.language.toLowerCase(), format.language)}</dd>
          <dt>{t('queuedAt')}</dt>
          <dd>{format.dateTime(m.createdAt)}</dd>
          <dt>{t('sentAt')}</dt>
          <dd>{format.dateTime(m.sentAt)}</dd>
          <dt>{t('attempts')}</dt>
          <dd>{format.number(m.attempts)}</dd>
          {m.nextAttemptAt && (
            <>
              <dt>{t('nextAttempt')}</dt>
              <dd>{format.dateTime(m.nextAttemptAt)}</dd>
            </>
          )}
          {m.lastError && (
            <>
              <dt>{t('lastError')}</dt>
              <dd className="lr-delegations-break">{m.lastError}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="lr-card" aria-labelledby="body-heading">
        <h2 id="body-heading">{t('mailBody')}</h2>
        <div className="lr-delegations-mail-body">{m.text}</div>
      </section>
      <ConfirmDialog
        open={confirming}
        title={t('confirmSendAgain')}
        confirmLabel={t('sendAgain')}
        error={retryError}
        onConfirm={sendAgain}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('confirmSendAgainText', { to: m.to })}</p>
      </ConfirmDialog>
    </>
  );
}
