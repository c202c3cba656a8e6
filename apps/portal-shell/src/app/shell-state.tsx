import { createGraphqlClient } from '@lr/portal-graphql';
import { apiOriginOf, makeAuthorizedFetch, type PortalLanguage, type PortalUser, type SectionProps } from '@lr/portal-shell-contract';
import { useToasts } from '@lr/portal-ui';
import i18next from 'i18next';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Client } from 'urql';
import { msUntilExpiry, onOtherTabSession, readSession, writeLanguage, writeSession, type StoredSession } from './session';

interface ShellState {
  client: Client;
  user: PortalUser | null;
  language: PortalLanguage;
  setLanguage(language: PortalLanguage): void;
  signIn(session: StoredSession): void;
  signOut(): void;
  toasts: ReturnType<typeof useToasts>;
  /** The API's REST base, handed to sections. */
  apiOrigin: string;
  /** fetch with the session's token, handed to sections for REST calls. */
  authorizedFetch: SectionProps['authorizedFetch'];
}

const ShellContext = createContext<ShellState | null>(null);

export function useShell(): ShellState {
  const state = useContext(ShellContext);
  if (!state) throw new Error('useShell outside ShellProvider');
  return state;
}

/** Session, language, GraphQL client and toasts: what the shell shares with every section. */
export function ShellProvider({ apiUrl, initialLanguage, children }: { apiUrl: string; initialLanguage: PortalLanguage; children: ReactNode }) {
  const [session, setSession] = useState<StoredSession | null>(readSession);
  const [language, setLanguageState] = useState<PortalLanguage>(initialLanguage);
  // The client reads token and language on every request, so it is made once.
  const current = useRef({ token: session?.token ?? null, language });
  current.current = { token: session?.token ?? null, language };
  // A new client (and so an empty cache) for each user: nothing read by one is shown to the next.
  const userId = session?.user.id;
  const client = useMemo(
    () => createGraphqlClient({ url: apiUrl, getToken: () => current.current.token, getLanguage: () => current.current.language }),
    [apiUrl, userId],
  );
  const authorizedFetch = useMemo(() => makeAuthorizedFetch(() => current.current.token), []);
  const apiOrigin = useMemo(() => apiOriginOf(apiUrl), [apiUrl]);
  const toasts = useToasts();

  const signIn = useCallback((next: StoredSession) => {
    writeSession(next);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    writeSession(null);
    setSession(null);
  }, []);
  // Every tab follows the others: a sign-in shows there too, a sign-out ends them all.
  useEffect(() => onOtherTabSession(setSession), []);
  // The token stops working at its expiry: sign out then rather than on the next refused request.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(signOut, msUntilExpiry(session));
    return () => clearTimeout(timer);
  }, [session, signOut]);
  // i18next's language is the page's: the shell and every section's `useTranslation` follow it.
  const setLanguage = useCallback((next: PortalLanguage) => {
    writeLanguage(next);
    document.documentElement.lang = next;
    void i18next.changeLanguage(next);
    setLanguageState(next);
  }, []);

  const value: ShellState = { client, user: session?.user ?? null, language, setLanguage, signIn, signOut, toasts, apiOrigin, authorizedFetch };
  return <ShellContext.Provider value={value}>{children}</ShellContext.Provider>;
}
