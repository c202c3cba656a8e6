import { In } from 'typeorm';
import type { RequestContext } from '@lr/server-core';
import { agendaViewOf } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import { AgendaSession } from './agenda-session.entity';
import { findingsOfRoutesOnce } from './checks/agenda-checks';
import { FindingSeverity, type AgendaFinding } from './checks/agenda-rules';
import type { SessionType } from './session-type';

export interface AgendaSummary {
  days: number;
  /** Every session's type and the practice it is about (if any), in the agenda's order. */
  sessions: { type: SessionType; practiceId: string | null }[];
  /** Blocking findings of the agenda's checks; null for partners, who do not read the findings. */
  blockingFindings: number | null;
  warningFindings: number | null;
}

/**
 * A route's agenda as run, counted, for reports: days, sessions with their types and practices,
 * and the checks' findings (internal users only). Null when the caller may not read the
 * route's agenda (a PARTICIPANT user of another route).
 */
export async function agendaSummaryOf(ctx: RequestContext, routeId: string): Promise<AgendaSummary | null> {
  return (await agendaSummariesOf(ctx, [routeId])).get(routeId) ?? null;
}

/**
 * `agendaSummaryOf` for several routes (a programme's report): days and sessions in one
 * statement each for all of them, the findings' facts read together (`findingsOfRoutesOnce`).
 * Every route the caller may read is in the map.
 */
export async function agendaSummariesOf(ctx: RequestContext, routeIds: readonly string[]): Promise<Map<string, AgendaSummary>> {
  const ids = [...new Set(routeIds)];
  const views = new Map(await Promise.all(ids.map(async (id) => [id, await agendaViewOf(ctx, id)] as const)));
  const readable = ids.filter((id) => views.get(id) !== 'NONE');
  if (!readable.length) return new Map();
  const full = readable.filter((id) => views.get(id) === 'FULL');
  const [days, sessions, findings] = await Promise.all([
    ctx.repo(AgendaDay).find({ where: { routeId: In(readable) }, select: { id: true, routeId: true } }),
    ctx.repo(AgendaSession).find({ where: { routeId: In(readable) }, select: { id: true, routeId: true, type: true, practiceId: true }, order: { startTime: 'ASC', id: 'ASC' } }),
    full.length ? findingsOfRoutesOnce(ctx, full) : new Map<string, AgendaFinding[]>(),
  ]);
  const out = new Map<string, AgendaSummary>(
    readable.map((id) => {
      const routeFindings = findings.get(id) ?? null;
      const count = (severity: FindingSeverity) => (routeFindings ? routeFindings.filter((f) => f.severity === severity).length : null);
      return [id, { days: 0, sessions: [], blockingFindings: count(FindingSeverity.BLOCKING), warningFindings: count(FindingSeverity.WARNING) }];
    }),
  );
  for (const d of days) (out.get(d.routeId) as AgendaSummary).days += 1;
  for (const s of sessions) (out.get(s.routeId) as AgendaSummary).sessions.push({ type: s.type, practiceId: views.get(s.routeId) === 'FULL' ? s.practiceId : null });
  return out;
}
