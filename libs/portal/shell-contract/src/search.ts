import type { Client } from 'urql';
import type { PortalLanguage, PortalUser } from './index';

/** One thing the command palette found: a record named in the user's language, and where it lives. */
export interface SearchResult {
  id: string;
  label: string;
  /** A second line: a country, a phase, an organisation. */
  detail?: string;
  /** An absolute portal path, e.g. /routes/7b9…; other sections are reached by URL, never by import. */
  href: string;
}

export interface SearchContext {
  client: Client;
  language: PortalLanguage;
  user: PortalUser;
}

/**
 * A kind of record a section lets the header's search find, through the section's own list
 * query (its `search` filter, a few rows). Each section lists its providers in `SectionModule.search`;
 * the shell asks every loaded section's providers and groups the answers by `group`. A later
 * cross-module search can be one more provider.
 *
 * @example { id: 'routes', group: { en: 'Routes', fr: 'Routes', es: 'Rutas' }, search: (term, ctx) => … }
 */
export interface SearchProvider {
  id: string;
  /** The group's heading in each language. */
  group: Record<PortalLanguage, string>;
  /** Up to five matches for `term`; a provider that fails only empties its own group. */
  search(term: string, context: SearchContext): Promise<SearchResult[]>;
}
