import { errorCode, errorMessage } from '@lr/portal-graphql';
import { Button, ConfirmDialog, ErrorPanel, PageHeader, Skeleton } from '@lr/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TravelBadge, VisaBadge } from '../../components/labels';
import { actionRefusal } from '../../components/refusals';
import { useSection } from '../../components/section-context';
import type { TravellerDetailQuery as DetailResult } from '../../graphql/generated/graphql';
import { RemoveTravellerMutation, TravellerDetailQuery } from '../../graphql/operations';
import { LegsCard } from './LegsCard';
import { StatusHistory } from './StatusHistory';
import { TravellerDetailsForm } from './TravellerDetailsForm';
import { TravelMoves, VisaMoves } from './TravellerMoves';
import { VisaLetterButton } from './VisaLetterButton';

export type TravellerDetail = DetailResult['traveller'];

/**
 * One traveller: their journey (legs), where their tickets and visa stand (with the moves open
 * now and their history), the passport details the visa letter prints, insurance and notes.
 */
export function TravellerPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath, notify } = useSection();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({ query: TravellerDetailQuery, variables: { id } });
  const [, remove] = useMutation(RemoveTravellerMutation);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [removeError, setRemoveError] = useState<string>();
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data?.traveller) {
    const notFound = errorCode(error) === 'NOT_FOUND';
    return (
      <>
        <PageHeader title={t('travellerFailed')} breadcrumbs={[{ label: t('travelTitle'), to: `${basePath}/travel` }]} />
        <ErrorPanel title={notFound ? t('common:notFound') : t('travellerFailed')} onRetry={reload}>
          {!notFound && errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const traveller = data.traveller;
  const name = traveller.person?.fullName ?? traveller.id;
  const list = `${basePath}/travel?route=${traveller.routeId}`;

  async function removeTraveller() {
    const result = await remove({ id: traveller.id, version: traveller.version });
    if (result.error) return setRemoveError(actionRefusal(result.error));
    setConfirmRemove(false);
    notify(t('travellerRemoved', { name }), 'success');
    navigate(list);
  }

  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={[{ label: t('travelTitle'), to: list }]}
        badge={
          <>
            <TravelBadge status={traveller.travelStatus} /> <VisaBadge status={traveller.visaStatus} />
          </>
        }
      >
        <VisaLetterButton traveller={traveller} />
        {canEdit && (
          <Button variant="danger" onClick={() => (setRemoveError(undefined), setConfirmRemove(true))}>
            {t('removeTraveller')}
          </Button>
        )}
      </PageHeader>

      <section className="lr-card" aria-labelledby="traveller-heading">
        <h2 id="traveller-heading">{t('details')}</h2>
        <dl className="lr-details">
          <dt>{t('route')}</dt>
          <dd>{traveller.route ? <Link to={list}>{traveller.route.title}</Link> : '—'}</dd>
          <dt>{t('travellerKind')}</dt>
          <dd>{traveller.kind ? t(`travellerKinds.${traveller.kind}`) : t('noLongerTravelling')}</dd>
          <dt>{t('delegationCountry')}</dt>
          <dd>{traveller.delegationCountry?.name ?? '—'}</dd>
          <dt>{t('comesFrom')}</dt>
          <dd>{traveller.person?.country?.name ?? '—'}</dd>
          <dt>{t('passportDetails')}</dt>
          <dd>
            {traveller.hasPassportDetails
              ? t('passportComplete')
              : t('passportMissingFields', { fields: traveller.missingPassportDetails.map((f) => t(`passportFields.${f as 'passportNumber'}`)).join(', ') })}
          </dd>
        </dl>
      </section>

      <section className="lr-card" aria-labelledby="travel-status-heading">
        <h2 id="travel-status-heading">{t('tickets')}</h2>
        <p>{t('nowStatus', { status: t(`travelStatuses.${traveller.travelStatus}`) })}</p>
        <TravelMoves traveller={traveller} onMoved={reload} />
      </section>

      <section className="lr-card" aria-labelledby="visa-status-heading">
        <h2 id="visa-status-heading">{t('visa')}</h2>
        <p>{t('nowStatus', { status: t(`visaStatuses.${traveller.visaStatus}`) })}</p>
        <VisaMoves traveller={traveller} onMoved={reload} />
      </section>

      <LegsCard traveller={traveller} onChanged={reload} />
      <TravellerDetailsForm key={traveller.version} traveller={traveller} onSaved={reload} />
      <StatusHistory traveller={traveller} />

      <ConfirmDialog
        open={confirmRemove}
        title={t('confirmRemoveTraveller')}
        confirmLabel={t('removeTraveller')}
        danger
        error={removeError}
        onConfirm={removeTraveller}
        onCancel={() => setConfirmRemove(false)}
      >
        <p>{t('confirmRemoveTravellerText', { name, count: traveller.legs.length })}</p>
      </ConfirmDialog>
    </>
  );
}
