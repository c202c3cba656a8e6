import { graphql } from '../graphql/generated';
import type { PortalLanguage, PortalUser } from '@lr/portal-shell-contract';
import { PORTAL_LANGUAGES } from '@lr/portal-shell-contract';

export const LoginMutation = graphql(`
  mutation ShellLogin($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      user { id displayName email role modules }
    }
  }
`);

/** The invitation link's password step (`/welcome?token=…`): the same answer as `login`. */
export const AcceptInvitationMutation = graphql(`
  mutation ShellAcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      token
      expiresAt
      user { id displayName email role modules }
    }
  }
`);

export const MeQuery = graphql(`
  query ShellMe {
    me { id displayName email role modules }
  }
`);

const SESSION_KEY = 'lr.session';
const LANGUAGE_KEY = 'lr.language';

export interface StoredSession {
  token: string;
  expiresAt: string;
  user: PortalUser;
}

function parseSession(text: string | null): StoredSession | null {
  try {
    const session = JSON.parse(text ?? 'null') as StoredSession | null;
    return session && typeof session.token === 'string' && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

/**
 * The session is the browser's (localStorage), shared by every tab of the portal, so a record
 * opened in a new tab needs no second sign-in; it never outlives the token's expiry.
 */
export function readSession(): StoredSession | null {
  return parseSession(localStorage.getItem(SESSION_KEY));
}

export function writeSession(session: StoredSession | null): void {
  if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else localStorage.removeItem(SESSION_KEY);
}

/**
 * Calls `onChange` when another tab signs in or out (the `storage` event fires in every other
 * tab of the origin). Returns the unsubscribe function.
 */
export function onOtherTabSession(onChange: (session: StoredSession | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === SESSION_KEY || event.key === null) onChange(parseSession(event.newValue));
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}

/** Milliseconds until the session's token expires (timers take at most about 24.8 days). */
export function msUntilExpiry(session: StoredSession): number {
  return Math.min(Math.max(0, Date.parse(session.expiresAt) - Date.now()), 2 ** 31 - 1);
}

export function readLanguage(): PortalLanguage {
  const stored = localStorage.getItem(LANGUAGE_KEY) as PortalLanguage | null;
  if (stored && PORTAL_LANGUAGES.includes(stored)) return stored;
  const browser = navigator.language.slice(0, 2) as PortalLanguage;
  return PORTAL_LANGUAGES.includes(browser) ? browser : 'en';
}

export function writeLanguage(language: PortalLanguage): void {
  localStorage.setItem(LANGUAGE_KEY, language);
}
