import i18next from 'i18next';
import type { Finding, Session } from './agenda-types';

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key as never, { ns: 'logistics', ...options }) as string;

/** What a finding's words need from the agenda: its sessions (titles, cases, champions, interpreters) and days. */
export interface FindingContext {
  sessions: ReadonlyMap<string, Session>;
  dayName?(dayId: string): string | undefined;
}

function personName(personId: string, sessions: Iterable<Session>): string | undefined {
  for (const s of sessions) {
    const champion = s.champions.find((c) => c.person?.id === personId);
    if (champion?.person) return champion.person.fullName;
    const interpreter = s.interpreters?.find((p) => p.id === personId);
    if (interpreter) return interpreter.fullName;
  }
  return undefined;
}

/**
 * A finding of the agenda checks in the reader's language, worded from its code and naming what
 * it concerns (sessions by title, the case, the person booked twice, the day); the server's
 * English only for a code the portal does not know.
 */
export function findingText(finding: Finding, { sessions, dayName }: FindingContext): string {
  const code = finding.code === 'DOUBLE_BOOKED' && finding.otherRouteId ? 'DOUBLE_BOOKED_OTHER_ROUTE' : finding.code;
  const key = `findingCodes.${code}`;
  if (!i18next.exists(key, { ns: 'logistics' })) return finding.message;
  const concerned = finding.sessionIds.map((id) => sessions.get(id)).filter((s): s is Session => !!s);
  const practice = finding.practiceId ? concerned.find((s) => s.practice?.id === finding.practiceId)?.practice?.title : undefined;
  return t(key, {
    sessions: concerned.map((s) => t('quoted', { text: s.title })).join(', ') || '—',
    count: concerned.length,
    practice: practice ?? t('aCase'),
    person: (finding.personId && personName(finding.personId, sessions.values())) || t('someone'),
    day: (finding.dayId && dayName?.(finding.dayId)) || '—',
  });
}

/** Blocking findings stop the route from going into implementation; the others are warnings. */
export const isBlocking = (finding: Pick<Finding, 'severity'>) => finding.severity === 'BLOCKING';
