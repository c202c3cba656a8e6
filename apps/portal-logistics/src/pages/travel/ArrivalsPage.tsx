import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, ExportCsvButton, PageHeader, SelectField, Skeleton } from '@lr/portal-ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import { dayLabel } from '../../components/times';
import { withParam } from '../../components/url';
import type { DayManifestQuery as ManifestResult } from '../../graphql/generated/graphql';
import { DayManifestQuery, ManifestDaysQuery } from '../../graphql/operations';

type Entry = ManifestResult['arrivalsAndDepartures']['arrivals'][number];

/**
 * The arrivals and departures manifest of one day, in the route's time zone: who lands or leaves
 * when, from and to where, on which flight, and who meets them. The days with movements are the
 * choice; the address keeps the day.
 */
export function ArrivalsPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { language } = section;
  const { routeId, choose } = useChosenRoute();
  const [params, setParams] = useSearchParams();
  const date = params.get('date') ?? '';
  const [{ data: days }] = useQuery({ query: ManifestDaysQuery, variables: { routeId }, pause: !routeId });
  useEffect(() => {
    const first = days?.manifestDays[0]?.date;
    if (!date && first) setParams((p) => withParam(p, 'date', first), { replace: true });
  }, [date, days, setParams]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: DayManifestQuery, variables: { routeId, date }, pause: !routeId || !date });
  const manifest = data?.arrivalsAndDepartures;

  return (
    <>
      <PageHeader title={t('arrivalsTitle')} breadcrumbs={[]} />
      <RouteBar routeId={routeId} onChange={choose} />
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : days && days.manifestDays.length === 0 ? (
        <p className="lr-empty">{t('noMovements')}</p>
      ) : (
        <>
          <div className="lr-filterbar lr-logistics-routebar">
            <SelectField
              label={t('manifestDay')}
              value={date}
              onChange={(e) => setParams((p) => withParam(p, 'date', e.target.value))}
              options={(days?.manifestDays ?? []).map((d) => ({
                value: d.date,
                label: t('manifestDayOption', { day: dayLabel(d.date, language, 'long'), arrivals: d.arrivals, departures: d.departures }),
              }))}
            />
            {date && <ExportCsvButton section={section} path="/logistics/manifest.csv" filters={{ routeId, date }} fileName={`manifest-${date}.csv`} label={t('exportManifest')} />}
          </div>
          {error ? (
            <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
              {errorMessage(error)}
            </ErrorPanel>
          ) : fetching && !manifest ? (
            <Skeleton width="60%" />
          ) : (
            manifest && (
              <>
                <p>{t('manifestZone', { zone: manifest.timeZone })}</p>
                <ManifestTable id="arrivals" title={t('arrivals')} entries={manifest.arrivals} empty={t('noArrivals')} arriving />
                <ManifestTable id="departures" title={t('departures')} entries={manifest.departures} empty={t('noDepartures')} />
              </>
            )
          )}
        </>
      )}
    </>
  );
}

function ManifestTable({ id, title, entries, empty, arriving }: { id: string; title: string; entries: readonly Entry[]; empty: string; arriving?: boolean }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { basePath } = useSection();
  return (
    <section className="lr-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('manifestCount', { title, count: entries.length })}</h2>
      {entries.length === 0 ? (
        <p className="lr-logistics-muted">{empty}</p>
      ) : (
        <div className="lr-table-wrap">
          <table className="lr-table lr-table--cards">
            <caption className="lr-visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('time')}</th>
                <th scope="col">{t('name')}</th>
                <th scope="col">{arriving ? t('comingFrom') : t('goingTo')}</th>
                <th scope="col">{t('carrierAndBooking')}</th>
                {arriving && <th scope="col">{t('meeting')}</th>}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.leg.id}>
                  <td data-label={t('time')}>
                    <strong>{e.time}</strong>
                  </td>
                  <td data-label={t('name')}>
                    <Link to={`${basePath}/travel/${e.traveller.id}`}>{e.person?.fullName ?? e.traveller.id}</Link>
                    <span className="lr-logistics-muted"> · {[e.kind ? t(`travellerKinds.${e.kind}`) : null, e.delegationCountry?.name].filter(Boolean).join(', ')}</span>
                  </td>
                  <td data-label={arriving ? t('comingFrom') : t('goingTo')}>{arriving ? e.fromPlace : e.toPlace}</td>
                  <td data-label={t('carrierAndBooking')}>{[e.carrier, e.bookingReference].filter(Boolean).join(' · ') || '—'}</td>
                  {arriving && <td data-label={t('meeting')}>{[e.meetPerson?.fullName, e.meetingNote].filter(Boolean).join(' — ') || <strong>{t('nobodyMeets')}</strong>}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
