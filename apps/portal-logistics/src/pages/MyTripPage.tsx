import { errorMessage } from '@lr/portal-graphql';
import { useFormat } from '@lr/portal-i18n';
import { Button, ErrorPanel, PageHeader, Skeleton, useAuthorizedDownload } from '@lr/portal-ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useSection } from '../components/section-context';
import type { Language } from '../graphql/generated/graphql';
import { MyTripsQuery, RouteAgendaQuery, TravellerDetailQuery } from '../graphql/operations';
import { AgendaList } from './agenda/AgendaBoard';
import { indexFindings } from './agenda/agenda-types';
import { AgendaExports } from './agenda/AgendaExports';
import { LegsCard } from './travel/LegsCard';
import { VisaLetterButton } from './travel/VisaLetterButton';

const NO_FINDINGS = indexFindings([]);

/**
 * A participant's own trip, per route they travel on: the agenda day by day (their calendar file
 * holds the sessions they attend or lead), their journey and their visa letter.
 */
export function MyTripPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyTripsQuery });
  if (fetching && !data) return <Skeleton width="50%" />;
  if (error || !data) {
    return (
      <>
        <PageHeader title={t('myTripTitle')} />
        <ErrorPanel title={t('common:loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })}>
          {errorMessage(error)}
        </ErrorPanel>
      </>
    );
  }
  const trips = data.travellers.edges.map((e) => e.node);
  return (
    <>
      <PageHeader title={t('myTripTitle')} />
      {trips.length === 0 ? (
        <p className="lr-empty">{t('noTripYet')}</p>
      ) : (
        trips.map((trip) => <RouteTrip key={trip.id} travellerId={trip.id} routeId={trip.routeId} routeTitle={trip.route?.title ?? ''} personId={data.me.personId ?? ''} />)
      )}
    </>
  );
}

function RouteTrip({ travellerId, routeId, routeTitle, personId }: { travellerId: string; routeId: string; routeTitle: string; personId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const section = useSection();
  const { language } = section;
  const format = useFormat();
  const [{ data: agenda }] = useQuery({ query: RouteAgendaQuery, variables: { routeId, lang: language.toUpperCase() as Language } });
  const [{ data: travel }, refetchTravel] = useQuery({ query: TravellerDetailQuery, variables: { id: travellerId } });
  const { busy, download } = useAuthorizedDownload(section, (message) => t('downloadFailed', { message }));
  const days = useMemo(() => agenda?.route.agenda ?? [], [agenda]);
  const sessions = useMemo(() => new Map(days.flatMap((d) => d.sessions.map((s) => [s.id, s] as const))), [days]);
  const headingId = `trip-${routeId}-heading`;

  async function myCalendar() {
    await download('ics', `/logistics/people/${personId}/agenda.ics?lang=${language}`, 'my-agenda.ics');
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{routeTitle}</h2>
      {agenda?.route.startDate && <p>{format.dateRange(agenda.route.startDate, agenda.route.endDate)}</p>}
      {agenda && <p className="lr-logistics-zone">{t('timesIn', { zone: agenda.routeLogistics.timeZone })}</p>}
      <div className="lr-form-actions">
        {personId && (
          <Button variant="primary" busy={busy !== null} onClick={myCalendar}>
            {t('myCalendar')}
          </Button>
        )}
        {travel?.traveller && <VisaLetterButton traveller={travel.traveller} />}
      </div>
      {days.length === 0 ? (
        <p className="lr-empty">{t('noDays')}</p>
      ) : (
        <AgendaList routeId={routeId} days={days} findings={NO_FINDINGS} context={{ sessions }} onMove={() => undefined} onMoveRequest={() => undefined} />
      )}
      <AgendaExports routeId={routeId} />
      {travel?.traveller && <LegsCard traveller={travel.traveller} onChanged={() => refetchTravel({ requestPolicy: 'network-only' })} />}
    </section>
  );
}
