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

/** The session lives for the browser tab (sessionStorage) and never past the token's expiry. */
export function readSession(): StoredSession | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as StoredSession | null;
    return session && Date.parse(session.expiresAt) > Date.now() ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: StoredSession | null): void {
  if (session) sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(SESSION_KEY);
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
