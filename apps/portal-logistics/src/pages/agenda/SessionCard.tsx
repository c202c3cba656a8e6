import { Button } from '@lr/portal-ui';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSection } from '../../components/section-context';
import { hhmm } from '../../components/times';
import type { Finding, Session } from './agenda-types';
import { findingText, isBlocking, type FindingContext } from './findings';
import { ActionName } from '../../components/ActionName';

export interface SessionCardProps {
  session: Session;
  findings: readonly Finding[];
  /** The agenda, to name what a finding concerns (other sessions, the case, a person, a day). */
  context: FindingContext;
  /** Opens the keyboard way to move the card (a day and a start time). */
  onMove?(session: Session): void;
  /** Drag to move: given only where the board lays days out as columns. */
  onDragStart?(session: Session, event: DragEvent<HTMLElement>): void;
  onDragEnd?(): void;
  style?: React.CSSProperties;
}

/**
 * A session as a card: its time, type, title, place, case and champions, what the checks found
 * about it, and for editors a way to move it (drag on the board, or the Move button).
 */
export function SessionCard({ session: s, findings, context, onMove, onDragStart, onDragEnd, style }: SessionCardProps) {
  const { t } = useTranslation(['logistics', 'common']);
  const { canEdit, basePath } = useSection();
  const titleId = `session-${s.id}-title`;
  const blocking = findings.some(isBlocking);
  const champions = s.champions.map((c) => c.person?.fullName).filter(Boolean);
  return (
    <article
      id={`session-${s.id}`}
      tabIndex={-1}
      className={`lr-logistics-card lr-logistics-type--${s.type.toLowerCase()} ${findings.length ? (blocking ? 'lr-logistics-card--blocking' : 'lr-logistics-card--warning') : ''}`}
      aria-labelledby={titleId}
      draggable={!!onDragStart}
      onDragStart={onDragStart && ((e) => onDragStart(s, e))}
      onDragEnd={onDragEnd}
      style={style}
      data-session-id={s.id}
    >
      <p className="lr-logistics-card__time">
        <span>{t('timeRange', { start: hhmm(s.startTime), end: hhmm(s.endTime) })}</span>
        <span className="lr-badge lr-logistics-type">{t(`sessionTypes.${s.type}`)}</span>
      </p>
      <h4 id={titleId} className="lr-logistics-card__title">
        {canEdit ? <Link to={`${basePath}/sessions/${s.id}`}>{s.title}</Link> : s.title}
      </h4>
      {(s.placeName || s.outsideCapital) && (
        <p className="lr-logistics-card__line">
          {s.placeName ?? t('placeUnknown')}
          {s.outsideCapital && <span className="lr-logistics-muted"> · {t('outsideCapitalShort')}</span>}
        </p>
      )}
      {s.practice && <p className="lr-logistics-card__line">{t('caseNamed', { title: s.practice.title })}</p>}
      {champions.length > 0 && <p className="lr-logistics-card__line">{t('championsNamed', { names: champions.join(', ') })}</p>}
      {s.interpretedLanguages.length > 0 && (
        <p className="lr-logistics-card__line">{t('interpretedInto', { languages: s.interpretedLanguages.map((l) => l.toUpperCase()).join(', ') })}</p>
      )}
      {findings.length > 0 && (
        <ul className="lr-logistics-card__findings" aria-label={t('findingsOfSession')}>
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={isBlocking(f) ? 'lr-logistics-finding--blocking' : 'lr-logistics-finding--warning'}>
              <span className="lr-logistics-finding__mark" aria-hidden="true">
                {isBlocking(f) ? '■' : '▲'}
              </span>{' '}
              <span className="lr-visually-hidden">{t(`severities.${isBlocking(f) ? 'BLOCKING' : 'WARNING'}`)}: </span>
              {findingText(f, context)}
            </li>
          ))}
        </ul>
      )}
      {canEdit && onMove && (
        <Button className="lr-logistics-card__move" onClick={() => onMove(s)}>
          <ActionName action={t('move')} target={t('quoted', { text: s.title })} />
        </Button>
      )}
    </article>
  );
}
