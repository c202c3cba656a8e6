import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ConnectionView, ExportCsvButton, FilterBar, PAGE_SIZE, PageHeader, SelectField, useUrlListState } from '@lr/portal-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { TRAVEL_STATUSES, TravelBadge, VISA_STATUSES, VisaBadge } from '../../components/labels';
import { actionRefusal } from '../../components/refusals';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import type { TravellersListQuery as ListResult, TravelStatus, VisaStatus } from '../../graphql/generated/graphql';
import { AddRouteTravellersMutation, TravellersListQuery } from '../../graphql/operations';
import { hostArrival } from './legs';

const FILTER_KEYS = ['q', 'travel', 'visa', 'passport'] as const;
type Row = ListResult['travellers']['edges'][number]['node'];

/**
 * The route's travellers: who travels (selected participants and the route team), where their
 * tickets and visas stand, when they land, and whose passport details are still missing; filters
 * and page are kept in the address.
 */
export function TravellersPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, basePath, notify } = section;
  const format = useFormat();
  const { routeId, choose } = useChosenRoute();
  const list = useUrlListState(FILTER_KEYS);
  const { params, pages } = list;
  const filter = useMemo(() => {
    const passport = params.get('passport');
    return {
      routeId,
      search: params.get('q') || undefined,
      travelStatus: (params.get('travel') as TravelStatus) || undefined,
      visaStatus: (params.get('visa') as VisaStatus) || undefined,
      missingPassport: passport === 'missing' ? true : passport === 'complete' ? false : undefined,
    };
  }, [params, routeId]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: TravellersListQuery, variables: { first: PAGE_SIZE, after: pages.after, filter }, pause: !routeId });
  const [, addAll] = useMutation(AddRouteTravellersMutation);
  const [adding, setAdding] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function addTravellers() {
    setAdding(true);
    const result = await addAll({ routeId });
    setAdding(false);
    if (result.error) return notify(actionRefusal(result.error), 'error');
    notify(t('travellersAdded', { count: result.data?.addRouteTravellers.length ?? 0 }), 'success');
    reload();
  }

  return (
    <>
      <PageHeader title={t('travelTitle')} breadcrumbs={[]}>
        {routeId && <ExportCsvButton section={section} path="/logistics/travellers.csv" filters={filter} fileName="travellers.csv" />}
        {canEdit && routeId && (
          <Button variant="primary" busy={adding} onClick={addTravellers}>
            {t('addRouteTravellers')}
          </Button>
        )}
      </PageHeader>
      {!canEdit && <p className="lr-logistics-muted">{t('common:readOnly')}</p>}
      <RouteBar routeId={routeId} onChange={choose} />
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : (
        <>
          {canEdit && <p className="lr-field__hint">{t('addRouteTravellersHint')}</p>}
          <FilterBar search={list.get('q')} onSearch={(v) => list.set('q', v)} searchLabel={t('searchTravellers')} onClear={list.filtered ? list.clear : undefined}>
            <SelectField
              label={t('travelStatus')}
              value={params.get('travel') ?? ''}
              onChange={(e) => list.set('travel', e.target.value)}
              placeholder={t('common:any')}
              options={TRAVEL_STATUSES.map((s) => ({ value: s, label: t(`travelStatuses.${s}`) }))}
            />
            <SelectField
              label={t('visaStatus')}
              value={params.get('visa') ?? ''}
              onChange={(e) => list.set('visa', e.target.value)}
              placeholder={t('common:any')}
              options={VISA_STATUSES.map((s) => ({ value: s, label: t(`visaStatuses.${s}`) }))}
            />
            <SelectField
              label={t('passportDetails')}
              value={params.get('passport') ?? ''}
              onChange={(e) => list.set('passport', e.target.value)}
              placeholder={t('common:any')}
              options={[
                { value: 'missing', label: t('passportMissing') },
                { value: 'complete', label: t('passportComplete') },
              ]}
            />
          </FilterBar>
          <ConnectionView
            connection={data?.travellers}
            fetching={fetching}
            error={errorMessage(error)}
            onRetry={reload}
            pages={pages}
            pageSize={PAGE_SIZE}
            caption={t('travellers')}
            rowKey={(r) => r.id}
            empty={
              list.filtered ? (
                <>
                  <p>{t('common:noMatches')}</p>
                  <p>{t('common:noMatchesHint')}</p>
                </>
              ) : (
                <>
                  <p>{t('noTravellers')}</p>
                  <p>{canEdit ? t('noTravellersHint') : t('noTravellersReadOnly')}</p>
                </>
              )
            }
            columns={[
              { key: 'name', header: t('name'), render: (r: Row) => <Link to={`${basePath}/travel/${r.id}`}>{r.person?.fullName ?? r.id}</Link> },
              { key: 'from', header: t('comesFrom'), render: (r: Row) => r.person?.country?.name ?? '—' },
              { key: 'travel', header: t('travelStatus'), render: (r: Row) => <TravelBadge status={r.travelStatus} /> },
              { key: 'visa', header: t('visaStatus'), render: (r: Row) => <VisaBadge status={r.visaStatus} /> },
              {
                key: 'arrival',
                header: t('arrives'),
                render: (r: Row) => {
                  const leg = hostArrival(r.legs);
                  return leg ? t('arrivalAt', { at: format.dateTime(leg.arriveLocal), place: leg.toPlace }) : '—';
                },
              },
              { key: 'passport', header: t('passportDetails'), render: (r: Row) => (r.hasPassportDetails ? t('passportComplete') : <strong>{t('passportMissing')}</strong>) },
            ]}
          />
        </>
      )}
    </>
  );
}
