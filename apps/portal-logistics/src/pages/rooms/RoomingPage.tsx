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
import { RoomingListQuery, RoomingNightsQuery } from '../../graphql/operations';
import { AddStayForm } from './AddStayForm';
import { StaysTable } from './StaysTable';

/**
 * Where the route's people sleep: the rooming list of one night (each room, its beds and who is
 * in it), every stay of the route, and for editors a way to book one.
 */
export function RoomingPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { canEdit, basePath, language } = section;
  const { routeId, choose } = useChosenRoute();
  const [params, setParams] = useSearchParams();
  const [{ data: nights }, refetchNights] = useQuery({ query: RoomingNightsQuery, variables: { routeId }, pause: !routeId });
  const night = params.get('night') ?? '';
  // The first night until one is chosen; the address then holds it, so a link opens the same night.
  useEffect(() => {
    const first = nights?.roomingNights[0]?.night;
    if (!night && first) setParams((p) => withParam(p, 'night', first), { replace: true });
  }, [night, nights, setParams]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: RoomingListQuery, variables: { routeId, night }, pause: !routeId || !night });
  const reload = () => {
    refetchNights({ requestPolicy: 'network-only' });
    refetch({ requestPolicy: 'network-only' });
  };
  const list = data?.roomingList;

  return (
    <>
      <PageHeader title={t('roomsTitle')} breadcrumbs={[]}>
        <Link className="lr-button" to={`${basePath}/venues`}>
          {t('venuesTitle')}
        </Link>
      </PageHeader>
      {!canEdit && <p className="lr-logistics-muted">{t('common:readOnly')}</p>}
      <RouteBar routeId={routeId} onChange={choose} />
      {!routeId ? (
        <p className="lr-empty">{t('noRouteChosen')}</p>
      ) : nights && nights.roomingNights.length === 0 ? (
        <p className="lr-empty">{t('routeWithoutDates')}</p>
      ) : (
        <>
          <section className="lr-card" aria-labelledby="rooming-heading">
            <h2 id="rooming-heading">{t('roomingList')}</h2>
            <div className="lr-logistics-inline-form">
              <SelectField
                label={t('night')}
                value={night}
                onChange={(e) => setParams((p) => withParam(p, 'night', e.target.value))}
                options={(nights?.roomingNights ?? []).map((n) => ({
                  value: n.night,
                  label: t('nightOption', { night: dayLabel(n.night, language, 'long'), people: n.people, rooms: n.rooms }),
                }))}
              />
              {night && <ExportCsvButton section={section} path="/logistics/rooming.csv" filters={{ routeId, night }} fileName={`rooming-${night}.csv`} label={t('exportRooming')} />}
            </div>
            {error ? (
              <ErrorPanel title={t('common:loadFailed')} onRetry={reload}>
                {errorMessage(error)}
              </ErrorPanel>
            ) : fetching && !list ? (
              <Skeleton width="60%" />
            ) : list && list.rooms.length === 0 ? (
              <p className="lr-empty">{canEdit ? t('noRoomsThatNightHint') : t('noRoomsThatNight')}</p>
            ) : (
              list && (
                <>
                  <p aria-live="polite">{t('peopleWithRoom', { count: list.people, rooms: list.rooms.length })}</p>
                  <div className="lr-table-wrap">
                    <table className="lr-table lr-table--cards">
                      <caption className="lr-visually-hidden">{t('roomingListOf', { night: dayLabel(list.night, language, 'long') })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('venue')}</th>
                          <th scope="col">{t('room')}</th>
                          <th scope="col">{t('beds')}</th>
                          <th scope="col">{t('sleepingThere')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.rooms.map((r) => (
                          <tr key={r.room.id}>
                            <td data-label={t('venue')}>{r.venue.name}</td>
                            <td data-label={t('room')}>{r.room.name}</td>
                            <td data-label={t('beds')}>
                              {t('bedsFree', { capacity: r.capacity, free: r.freeBeds })}
                              {r.otherRoutesPeople > 0 && <span className="lr-logistics-muted"> · {t('otherRoutesPeople', { count: r.otherRoutesPeople })}</span>}
                            </td>
                            <td data-label={t('sleepingThere')}>{r.people.map((p) => p.fullName).join(', ') || '—'}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )
            )}
          </section>
          <StaysTable routeId={routeId} onChanged={reload} />
          {canEdit && <AddStayForm routeId={routeId} onAdded={reload} />}
        </>
      )}
    </>
  );
}
