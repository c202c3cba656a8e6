import type { AgendaChecksQuery, RouteAgendaQuery } from '../../graphql/generated/graphql';

export type AgendaRoute = RouteAgendaQuery['route'];
export type Day = AgendaRoute['agenda'][number];
export type Session = Day['sessions'][number];
export type Finding = AgendaChecksQuery['agendaChecks']['findings'][number];

/** Where a session goes: a day and a start time ('HH:MM'); the end follows from its length. */
export interface MoveTarget {
  dayId: string;
  startTime: string;
}

/** The findings of the agenda checks, by the session and the day they concern. */
export interface FindingIndex {
  bySession: Map<string, Finding[]>;
  byDay: Map<string, Finding[]>;
}

export function indexFindings(findings: readonly Finding[]): FindingIndex {
  const bySession = new Map<string, Finding[]>();
  const byDay = new Map<string, Finding[]>();
  const add = (map: Map<string, Finding[]>, key: string, f: Finding) => map.set(key, [...(map.get(key) ?? []), f]);
  for (const f of findings) {
    for (const id of f.sessionIds) add(bySession, id, f);
    if (!f.sessionIds.length && f.dayId) add(byDay, f.dayId, f);
  }
  return { bySession, byDay };
}
