import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSection } from '../../components/section-context';
import { dayLabel, hhmm, minutesOf, snap, timeOf } from '../../components/times';
import type { Day, FindingIndex, MoveTarget, Session } from './agenda-types';
import { boardHours, layoutDay, SCALE } from './day-layout';
import { DayFindings } from './DayFindings';
import type { FindingContext } from './findings';
import { SessionCard } from './SessionCard';

export interface AgendaViewProps {
  routeId: string;
  days: readonly Day[];
  findings: FindingIndex;
  context: FindingContext;
  /** Moves a session (drag or keyboard); the page says what happened. */
  onMove(session: Session, target: MoveTarget): void;
  /** Opens the keyboard way to move a session. */
  onMoveRequest(session: Session): void;
}

/** The session being dragged and where, in its card, it was picked up (so its top lands where it is dropped). */
interface Dragging {
  session: Session;
  grabOffset: number;
}

/**
 * The agenda as a board: one column per day on a shared time scale, sessions as cards placed by
 * their times. Editors drag a card to another day or time (snapped to the quarter hour); the
 * Move button on each card does the same from the keyboard.
 */
export function AgendaBoard({ routeId, days, findings, context, onMove, onMoveRequest }: AgendaViewProps) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath, language } = useSection();
  const [dragging, setDragging] = useState<Dragging | null>(null);
  const [hover, setHover] = useState<MoveTarget | null>(null);
  const hours = boardHours(days.flatMap((d) => d.sessions));
  const height = (hours.end - hours.start) * SCALE;
  const ticks = Array.from({ length: (hours.end - hours.start) / 60 + 1 }, (_, i) => hours.start + i * 60);

  function startOf(event: DragEvent<HTMLElement>): string {
    const grid = event.currentTarget.getBoundingClientRect();
    const top = event.clientY - grid.top - (dragging?.grabOffset ?? 0);
    return timeOf(Math.max(hours.start, snap(hours.start + top / SCALE)));
  }

  function dragStart(session: Session, event: DragEvent<HTMLElement>) {
    event.dataTransfer.setData('text/plain', session.id);
    event.dataTransfer.effectAllowed = 'move';
    setDragging({ session, grabOffset: event.clientY - event.currentTarget.getBoundingClientRect().top });
  }

  function dragOver(day: Day, event: DragEvent<HTMLElement>) {
    if (!dragging) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const startTime = startOf(event);
    if (hover?.dayId !== day.id || hover.startTime !== startTime) setHover({ dayId: day.id, startTime });
  }

  function drop(day: Day, event: DragEvent<HTMLElement>) {
    if (!dragging) return;
    event.preventDefault();
    const startTime = startOf(event);
    const { session } = dragging;
    setDragging(null);
    setHover(null);
    if (session.dayId === day.id && hhmm(session.startTime) === startTime) return;
    onMove(session, { dayId: day.id, startTime });
  }

  return (
    <div className="lr-logistics-board" role="group" aria-label={t('boardLabel')}>
      <div className="lr-logistics-board__ruler" aria-hidden="true" style={{ height }}>
        {ticks.map((m) => (
          <span key={m} style={{ top: (m - hours.start) * SCALE }}>
            {timeOf(m)}
          </span>
        ))}
      </div>
      {days.map((day) => {
        const placed = layoutDay(day.sessions, hours.start);
        const headingId = `day-${day.id}-heading`;
        return (
          <section key={day.id} className="lr-logistics-day" aria-labelledby={headingId}>
            <header className="lr-logistics-day__head">
              <h3 id={headingId}>{dayLabel(day.date, language)}</h3>
              {day.title && <p className="lr-logistics-day__title">{day.title}</p>}
              <DayFindings findings={findings.byDay.get(day.id) ?? []} context={context} />
              {canEdit && (
                <Link className="lr-action-link" to={`${basePath}/sessions/new?route=${routeId}&day=${day.id}`} aria-label={t('addSessionOn', { day: dayLabel(day.date, language, 'long') })}>
                  {t('addSession')}
                </Link>
              )}
            </header>
            <div
              className={`lr-logistics-day__grid ${hover?.dayId === day.id ? 'lr-logistics-day__grid--target' : ''}`}
              style={{ height }}
              data-day-id={day.id}
              data-day-start={hours.start}
              onDragOver={canEdit ? (e) => dragOver(day, e) : undefined}
              onDragLeave={(e) => {
                if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHover(null);
              }}
              onDrop={canEdit ? (e) => drop(day, e) : undefined}
            >
              {ticks.map((m) => (
                <span key={m} className="lr-logistics-day__hour" style={{ top: (m - hours.start) * SCALE }} aria-hidden="true" />
              ))}
              {day.sessions.length === 0 && <p className="lr-logistics-day__empty">{t('noSessionsThisDay')}</p>}
              {placed.map((p) => (
                <SessionCard
                  key={p.item.id}
                  session={p.item}
                  findings={findings.bySession.get(p.item.id) ?? []}
                  context={context}
                  onMove={onMoveRequest}
                  onDragStart={canEdit ? dragStart : undefined}
                  onDragEnd={() => (setDragging(null), setHover(null))}
                  style={{
                    position: 'absolute',
                    top: p.top,
                    ['--lr-logistics-card-height' as string]: `${p.height}px`,
                    left: `calc(${(100 / p.lanes) * p.lane}% + 2px)`,
                    width: `calc(${100 / p.lanes}% - 4px)`,
                  }}
                />
              ))}
              {hover?.dayId === day.id && dragging && (
                <div className="lr-logistics-drop" style={{ top: (minutesOf(hover.startTime) - hours.start) * SCALE }} aria-hidden="true">
                  {t('dropAt', { time: hover.startTime })}
                </div>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** The agenda on a phone: one list per day, in time order; sessions move with their Move button. */
export function AgendaList({ routeId, days, findings, context, onMoveRequest }: AgendaViewProps) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath, language } = useSection();
  return (
    <div className="lr-logistics-list">
      {days.map((day) => {
        const headingId = `day-${day.id}-heading`;
        const ordered = [...day.sessions].sort((a, b) => a.startTime.localeCompare(b.startTime));
        return (
          <section key={day.id} className="lr-logistics-list__day" aria-labelledby={headingId}>
            <h3 id={headingId}>{dayLabel(day.date, language, 'long')}</h3>
            {day.title && <p className="lr-logistics-day__title">{day.title}</p>}
            <DayFindings findings={findings.byDay.get(day.id) ?? []} context={context} />
            {ordered.length === 0 && <p className="lr-logistics-muted">{t('noSessionsThisDay')}</p>}
            {ordered.map((s) => (
              <SessionCard key={s.id} session={s} findings={findings.bySession.get(s.id) ?? []} context={context} onMove={onMoveRequest} />
            ))}
            {canEdit && (
              <Link className="lr-action-link" to={`${basePath}/sessions/new?route=${routeId}&day=${day.id}`} aria-label={t('addSessionOn', { day: dayLabel(day.date, language, 'long') })}>
                {t('addSession')}
              </Link>
            )}
          </section>
        );
      })}
    </div>
  );
}
