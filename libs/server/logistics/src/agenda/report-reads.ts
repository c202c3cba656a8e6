import type { RequestContext } from '@lr/server-core';
import { agendaViewOf } from './agenda-access';
import { AgendaDay } from './agenda-day.entity';
import { AgendaSession } from './agenda-session.entity';
import { findingsOnce } from './checks/agenda-checks';
import { FindingSeverity } from './checks/agenda-rules';
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
  const view = await agendaViewOf(ctx, routeId);
  if (view === 'NONE') return null;
  const [days, sessions] = await Promise.all([
    ctx.repo(AgendaDay).count({ where: { routeId } }),
    ctx.repo(AgendaSession).find({ where: { routeId }, select: { id: true, type: true, practiceId: true }, order: { startTime: 'ASC', id: 'ASC' } }),
  ]);
  const findings = view === 'FULL' ? await findingsOnce(ctx, routeId) : null;
  return {
    days,
    sessions: sessions.map((s) => ({ type: s.type, practiceId: view === 'FULL' ? s.practiceId : null })),
    blockingFindings: findings ? findings.filter((f) => f.severity === FindingSeverity.BLOCKING).length : null,
    warningFindings: findings ? findings.filter((f) => f.severity === FindingSeverity.WARNING).length : null,
  };
}
