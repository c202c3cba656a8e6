import ical, { ICalCalendarMethod, type ICalLocation } from 'ical-generator';
import type { Language } from '@lr/server-core';
import type { AgendaSession } from '../agenda/agenda-session.entity';
import type { AgendaLabels } from './agenda-labels';
import type { SessionDetails } from './session-details';

/** One event of an exported calendar: a session, its instants, its route's title, what it shows. */
export interface CalendarEntry {
  session: AgendaSession;
  startsAt: Date;
  endsAt: Date;
  routeTitle: string;
  details: SessionDetails;
}

/**
 * The event's UID: the session's id, so that importing the file again (or a subscription
 * refreshing) updates the event rather than adding a second one; SEQUENCE carries the version.
 */
export const sessionUid = (sessionId: string) => `${sessionId}@learningroutes`;

function location(details: SessionDetails): ICalLocation | null {
  const title = details.placeName ?? details.placeAddress;
  if (title) return { title, ...(details.placeName && details.placeAddress ? { address: details.placeAddress } : {}), ...(details.geo ? { geo: details.geo } : {}) };
  return details.geo ? { geo: details.geo } : null;
}

function description(entry: CalendarEntry, labels: AgendaLabels): string {
  const d = entry.details;
  const lines = [
    d.type,
    `${labels.route}${labels.colon}${entry.routeTitle}`,
    d.outsideCapital ? `${labels.place}${labels.colon}${labels.outsideCapital}` : null,
    d.casePractice ? `${labels.casePractice}${labels.colon}${d.casePractice}` : null,
    d.champions.length ? `${labels.champions}${labels.colon}${d.champions.join(', ')}` : null,
    d.interpretedLanguages.length ? `${labels.interpretation}${labels.colon}${d.interpretedLanguages.join(', ')}` : null,
    d.notes ? `\n${d.notes}` : null,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

/**
 * An iCalendar (RFC 5545) file of sessions, written by ical-generator (folding and escaping as
 * the RFC wants). Times are UTC instants (`DTSTART:20250512T133000Z`): every calendar shows them
 * in its user's zone, with no VTIMEZONE to get wrong.
 */
export function agendaCalendar(name: string, entries: readonly CalendarEntry[], language: Language, labels: AgendaLabels): string {
  const calendar = ical({
    name,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Learning Routes', product: 'Agenda', language: language.toUpperCase() },
  });
  for (const entry of entries) {
    const { session, details } = entry;
    calendar.createEvent({
      id: sessionUid(session.id),
      sequence: session.version,
      start: entry.startsAt,
      end: entry.endsAt,
      summary: details.title,
      description: description(entry, labels),
      location: location(details),
      categories: [{ name: details.type }],
      created: session.createdAt,
      lastModified: session.updatedAt,
    });
  }
  return calendar.toString();
}
