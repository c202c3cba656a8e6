import { errorMessage } from '@lr/portal-graphql';
import { ErrorPanel, NARROW_SCREEN, PageHeader, Skeleton, useMediaQuery } from '@lr/portal-ui';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { actionRefusal } from '../../components/refusals';
import { useChosenRoute } from '../../components/route-choice';
import { RouteBar } from '../../components/RoutePicker';
import { useSection } from '../../components/section-context';
import { dayLabel, endAfterMove, hhmm } from '../../components/times';
import type { Language } from '../../graphql/generated/graphql';
import { AgendaChecksQuery, MoveAgendaSessionMutation, RouteAgendaQuery } from '../../graphql/operations';
import { AgendaDays } from './AgendaDays';
import { AgendaExports } from './AgendaExports';
import { AgendaBoard, AgendaList } from './AgendaBoard';
import { indexFindings, type MoveTarget, type Session } from './agenda-types';
import { FindingsPanel } from './FindingsPanel';
import { MoveDialog } from './MoveDialog';

/**
 * The section's home: pick a route and see its agenda as a board (a list on a phone), what the
 * checks find about it, and the iCalendar and PDF exports; editors add days and sessions and
 * move sessions by dragging them or with each card's Move button.
 */
export function AgendaPage() {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath } = useSection();
  const { routeId, choose } = useChosenRoute();
  return (
    <>
      <PageHeader title={t('agendaTitle')}>
        {canEdit && routeId && (
          <Link className="lr-button lr-button--primary" to={`${basePath}/sessions/new?route=${routeId}`}>
            {t('newSession')}
          </Link>
        )}
      </PageHeader>
      {!canEdit && <p className="lr-logistics-muted">{t('common:readOnly')}</p>}
      <RouteBar routeId={routeId} onChange={choose} />
      {routeId ? <RouteAgenda key={routeId} routeId={routeId} /> : <p className="lr-empty">{t('noRouteChosen')}</p>}
    </>
  );
}

function RouteAgenda({ routeId }: { routeId: string }) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath, language, notify } = useSection();
  const narrow = useMediaQuery(NARROW_SCREEN);
  // The language is a variable so that switching it reads the titles again in the new one.
  const [{ data, fetching, error }, refetch] = useQuery({ query: RouteAgendaQuery, variables: { routeId, lang: language.toUpperCase() as Language } });
  const [{ data: checks }, refetchChecks] = useQuery({ query: AgendaChecksQuery, variables: { routeId } });
  const [, move] = useMutation(MoveAgendaSessionMutation);
  const [moving, setMoving] = useState<Session | null>(null);
  const [moveError, setMoveError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const days = useMemo(() => data?.route.agenda ?? [], [data]);
  const sessions = useMemo(() => new Map(days.flatMap((d) => d.sessions.map((s) => [s.id, s] as const))), [days]);
  const findings = useMemo(() => indexFindings(checks?.agendaChecks.findings ?? []), [checks]);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
    refetchChecks({ requestPolicy: 'network-only' });
  };
  // After a move from the keyboard, the focus goes back to the card once it is drawn in its new place.
  const [focusAfter, setFocusAfter] = useState<{ id: string; dayId: string } | null>(null);
  useEffect(() => {
    if (!focusAfter || !days.some((d) => d.id === focusAfter.dayId && d.sessions.some((s) => s.id === focusAfter.id))) return;
    document.getElementById(`session-${focusAfter.id}`)?.focus();
    setFocusAfter(null);
  }, [days, focusAfter]);

  const dayName = (dayId: string) => {
    const day = days.find((d) => d.id === dayId);
    return day ? dayLabel(day.date, language, 'long') : '';
  };

  /** Moves a session; resolves to the refusal, or undefined once it moved (the toast offers Undo). */
  async function moveSession(session: Session, target: MoveTarget, version = session.version): Promise<string | undefined> {
    const endTime = endAfterMove(session, target.startTime);
    if (!endTime) return t('endPastMidnight');
    setBusy(true);
    const result = await move({ input: { id: session.id, version, dayId: target.dayId, startTime: target.startTime, endTime } });
    setBusy(false);
    reload();
    if (result.error || !result.data) {
      const refusal = result.error ? actionRefusal(result.error) : '';
      setAnnouncement(t('moveRefusedNamed', { title: session.title, reason: refusal }));
      return refusal;
    }
    const moved = { title: session.title, day: dayName(target.dayId), start: target.startTime, end: endTime };
    setAnnouncement(t('movedTo', moved));
    const back: MoveTarget = { dayId: session.dayId, startTime: hhmm(session.startTime) };
    const now = result.data.moveAgendaSession;
    notify(t('movedTo', moved), 'success', {
      label: t('common:undo'),
      onAction: async () => {
        const refused = await moveSession({ ...session, ...now }, back, now.version);
        notify(refused ?? t('moveUndone', { title: session.title }), refused ? 'error' : 'success');
      },
    });
    return undefined;
  }

  async function dragged(session: Session, target: MoveTarget) {
    const refused = await moveSession(session, target);
    if (refused) notify(refused, 'error');
  }

  async function fromDialog(session: Session, target: MoveTarget) {
    setMoveError(undefined);
    const refused = await moveSession(session, target);
    if (refused) return setMoveError(refused);
    setMoving(null);
    setFocusAfter({ id: session.id, dayId: target.dayId });
  }

  if (fetching && !data) return <Skeleton width="60%" />;
  if (error || !data) {
    return (
      <ErrorPanel title={t('agendaFailed')} onRetry={reload}>
        {errorMessage(error)}
      </ErrorPanel>
    );
  }
  const route = data.route;
  const context = { sessions, dayName };
  const view = { routeId, days, findings, context, onMove: dragged, onMoveRequest: (s: Session) => (setMoveError(undefined), setMoving(s)) };

  return (
    <>
      <p className="lr-logistics-zone">
        {t('timesIn', { zone: data.routeLogistics.timeZone })}
        {canEdit && (
          <>
            {' '}
            <Link className="lr-action-link" to={`${basePath}/settings?route=${routeId}`}>
              {t('changeSettings')}
            </Link>
          </>
        )}
      </p>
      {checks && <FindingsPanel findings={checks.agendaChecks.findings} ready={checks.agendaChecks.ready} context={context} />}
      <section aria-labelledby="agenda-heading">
        <div className="lr-toolbar">
          <h2 id="agenda-heading">{t('agendaOf', { route: route.title })}</h2>
        </div>
        {days.length === 0 ? (
          <p className="lr-empty">{canEdit ? t('noDaysHint') : t('noDays')}</p>
        ) : narrow ? (
          <AgendaList {...view} />
        ) : (
          <>
            {canEdit && <p className="lr-field__hint">{t('boardHint')}</p>}
            <AgendaBoard {...view} />
          </>
        )}
        <p className="lr-visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>
      {canEdit && <AgendaDays route={route} days={days} onChanged={reload} />}
      <AgendaExports routeId={routeId} />
      <MoveDialog session={moving} days={days} error={moveError} busy={busy} onMove={fromDialog} onCancel={() => setMoving(null)} />
    </>
  );
}
