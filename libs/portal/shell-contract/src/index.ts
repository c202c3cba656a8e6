import type { ComponentType } from 'react';
import type { Client } from 'urql';
import type { DashboardTile } from './dashboard';
import type { SearchProvider } from './search';

export * from './dashboard';
export * from './search';

/** The portal's working languages: those of the routes in the source documents. */
export type PortalLanguage = 'en' | 'fr' | 'es';
export const PORTAL_LANGUAGES: readonly PortalLanguage[] = ['en', 'fr', 'es'];

export type PortalRole = 'ADMIN' | 'EDITOR' | 'REVIEWER' | 'PARTICIPANT' | 'VIEWER';

export interface PortalUser {
  id: string;
  displayName: string;
  email: string;
  role: PortalRole;
  /** Modules an EDITOR writes in. */
  modules: string[];
}

/** A link the shell shows in its navigation for a section. */
export interface NavEntry {
  /** Path relative to the section's base path ('' for its home). */
  path: string;
  /** Label per language; the shell picks the user's. */
  label: Record<PortalLanguage, string>;
  /** Hidden from users without one of these roles (admins see everything). */
  roles?: PortalRole[];
}

/** A button a toast offers, e.g. "Undo" after a change that has an inverse. */
export interface ToastAction {
  label: string;
  onAction(): void;
}

/** What the shell hands to a section when it renders it. */
export interface SectionProps {
  /** Where the shell mounted the section, e.g. /routes. The section's own routes are relative. */
  basePath: string;
  /** The section's name in the user's language, for page titles and breadcrumbs. */
  sectionTitle: string;
  language: PortalLanguage;
  user: PortalUser;
  /** The shared GraphQL client, already authenticated. */
  client: Client;
  /**
   * Shows a toast in the shell; `action` adds a button to it (a toast with one stays longer).
   * @example notify(t('unlinked'), 'success', { label: t('common:undo'), onAction: relink });
   */
  notify(message: string, kind?: 'success' | 'error' | 'info', action?: ToastAction): void;
  /**
   * Where the API's REST endpoints live (the GraphQL URL without `/graphql`), e.g.
   * http://localhost:4000; `${apiOrigin}/practices/export.csv`.
   */
  apiOrigin: string;
  /**
   * `fetch` with the session's `Authorization: Bearer` header, for the API's REST endpoints
   * (downloads, uploads). Sections never see the token itself.
   */
  authorizedFetch(input: string, init?: RequestInit): Promise<Response>;
}

/** The REST base of an API from its GraphQL URL: `http://host:4000/graphql` → `http://host:4000`. */
export function apiOriginOf(apiUrl: string): string {
  return apiUrl.replace(/\/graphql\/?$/, '').replace(/\/$/, '');
}

/** A fetch that adds `authorization: Bearer <token>` when there is a token. */
export function makeAuthorizedFetch(getToken: () => string | null): (input: string, init?: RequestInit) => Promise<Response> {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    const token = getToken();
    if (token) headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}

/**
 * The object a remote's `./Module` exposes as its default export. The shell reads `nav` to
 * build its menu and renders `Component` under `/<id>/*`.
 *
 * @example
 *   const routesSection: SectionModule = { id: 'routes', title: {...}, nav: [...], Component: RoutesSection };
 *   export default routesSection;
 */
export interface SectionModule {
  /** URL segment and key, e.g. 'routes'. */
  id: string;
  title: Record<PortalLanguage, string>;
  nav: NavEntry[];
  /** Roles that may open the section at all (admins always may). Empty: every signed-in user. */
  requiredRoles: PortalRole[];
  Component: ComponentType<SectionProps>;
  /** What the header's search (the command palette) finds in this section. */
  search?: SearchProvider[];
  /** What the section shows on the portal's home, in each route's card or the person's own area. */
  tiles?: DashboardTile[];
}

/** One remote in the run-time manifest the shell fetches at start-up. */
export interface RemoteDescriptor {
  /** The federation name the remote was built with, e.g. portal_routes. */
  name: string;
  /** URL of its remoteEntry.js. */
  entry: string;
  /** The section id it provides, used for URLs before the remote has loaded. */
  section: string;
  /** Navigation label to show before (or if) the remote loads. */
  title: Record<PortalLanguage, string>;
}

/** `GET /portal-manifest.json`: where the API and each remote live, decided at deploy time. */
export interface PortalManifest {
  apiUrl: string;
  remotes: RemoteDescriptor[];
}

/** True when the user may see something restricted to `roles`. */
export function hasRole(user: PortalUser, roles: PortalRole[] | undefined): boolean {
  return !roles || roles.length === 0 || user.role === 'ADMIN' || roles.includes(user.role);
}

/** True when the user may write in a module. */
export function canEditModule(user: PortalUser, module: string): boolean {
  return user.role === 'ADMIN' || (user.role === 'EDITOR' && user.modules.includes(module));
}
