/**
 * The date of the day a session was listed under (`AgendaDay.sessions`), so that the session's
 * `startsAt`/`endsAt` need not read its day again: the agenda's deepest read stays within one
 * statement per level. Rows are the request's own objects, forgotten with them.
 */
const dates = new WeakMap<object, string>();

export function rememberDayDate(sessions: readonly object[], date: string | undefined): void {
  if (date) for (const s of sessions) dates.set(s, date);
}

export const dateOfListedSession = (session: object): string | undefined => dates.get(session);
