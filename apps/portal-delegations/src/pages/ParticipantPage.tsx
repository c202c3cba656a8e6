import { errorCode, errorMessage } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { ChangeHistory, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TEXTS } from '../components/ApplicationFields';
import { ConsentChecklist, ConsentsForm } from '../components/Consents';
import { StatusBadge } from '../components/labels';
import { useSection } from '../components/section-context';
import type { ParticipantDetailQuery as DetailResult, SelectionStatus } from '../graphql/generated/graphql';
import { ParticipantDetailQuery, RecordParticipantConsentsMutation } from '../graphql/operations';
import { AccountCard } from './AccountCard';
import { CheckInCard } from './CheckInCard';
import { SelectionCard } from './SelectionCard';

export type ParticipantDetail = DetailResult['participant'];

/** One participant: who they are, their application, consents, selection (with its history), arrival and portal account. */
export function ParticipantPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['delegations', 'common']);
  const { canEdit, basePath, language } = useSection();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ParticipantDetailQuery, variables: { id } });
  const [, recordConsents] = useMutation(RecordParticipantConsentsMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.participant) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('participantFailed')} breadcrumbs={[{ label: t('participantsTitle'), to: `${basePath}/participants` }]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('participantFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const p = data.participant;
  const name = p.person?.fullName ?? p.id;
  const statusName = (s: SelectionStatus) => t(`statuses.${s}`);

  return (
    <>
      <PageHeader
        title={name}
        badge={<StatusBadge status={p.status} />}
        breadcrumbs={[
          { label: t('participantsTitle'), to: `${basePath}/participants${p.route ? `?route=${p.route.id}` : ''}` },
          ...(p.delegation ? [{ label: p.delegation.name, to: `${basePath}/${p.delegation.id}` }] : []),
        ]}
      >
        {canEdit && (
          <Link className="lr-button" to={`${basePath}/participants/${p.id}/edit`}>
            {t('editApplication')}
          </Link>
        )}
      </PageHeader>

      <section className="lr-card" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t('profile')}</h2>
        <dl className="lr-details">
          <dt>{t('route')}</dt>
          <dd>{p.route ? <Link to={`/routes/${p.route.id}`}>{p.route.title}</Link> : '—'}</dd>
          <dt>{t('delegation')}</dt>
          <dd>{p.delegation ? <Link to={`${basePath}/${p.delegation.id}`}>{p.delegation.name}</Link> : '—'}</dd>
          <dt>{t('country')}</dt>
          <dd>{p.person?.country?.name ?? '—'}</dd>
          <dt>{t('organisation')}</dt>
          <dd>{p.person?.organisation?.name ?? '—'}</dd>
          <dt>{t('sector')}</dt>
          <dd>{t(`sectors.${p.sector}`)}</dd>
          <dt>{t('positionForRoute')}</dt>
          <dd>{p.position || '—'}</dd>
          <dt>{t('decisionPower')}</dt>
          <dd>{p.decisionPower ? t(`decisionPowers.${p.decisionPower}`) : '—'}</dd>
          <dt>{t('routeRoles')}</dt>
          <dd>{p.isBlogger ? t('blogger') : '—'}</dd>
          <dt>{t('languages')}</dt>
          <dd>{p.person?.languages.map((l) => languageName(l, language)).join(', ') || '—'}</dd>
          <dt>{t('common:email')}</dt>
          <dd className="lr-delegations-break">{p.person?.email ? <a href={`mailto:${p.person.email}`}>{p.person.email}</a> : t('contactHidden')}</dd>
          <dt>{t('phone')}</dt>
          <dd>{p.person?.phone ? <a href={`tel:${p.person.phone.replace(/\s/g, '')}`}>{p.person.phone}</a> : '—'}</dd>
        </dl>
      </section>

      <section className="lr-card" aria-labelledby="application-heading">
        <h2 id="application-heading">{t('applicationTitle')}</h2>
        {TEXTS.map((key) => (
          <div key={key}>
            <h3>{t(`application.${key}`)}</h3>
            <p>{p[key] || <span className="lr-delegations-muted">{t('notWritten')}</span>}</p>
          </div>
        ))}
      </section>

      <section className="lr-card" aria-labelledby="consents-heading">
        <h2 id="consents-heading">{t('consents')}</h2>
        <ConsentChecklist consents={p.consents} />
        {canEdit && p.consents && (
          <ConsentsForm
            key={p.version}
            consents={p.consents}
            record={async (consents) => (await recordConsents({ input: { participantId: p.id, version: p.version, consents } })).error}
            onRecorded={reload}
            onReload={reload}
          />
        )}
      </section>

      <SelectionCard participant={p} onChanged={reload} />
      <CheckInCard participant={p} onChanged={reload} />
      <AccountCard participant={p} onChanged={reload} />

      <ChangeHistory title={t('selectionHistory')} empty={t('noSelectionHistory')} changes={p.selectionHistory ?? []} stateName={statusName} />
    </>
  );
}
