import { labelsOf } from '@lr/portal-i18n';
import type { SearchContext, SearchProvider, SearchResult } from '@lr/portal-shell-contract';
import type { SearchKind } from '../../graphql/generated/graphql';
import { shellMessages } from '../../i18n';
import { PortalSearchQuery } from './search-query';

/** How many results of one kind the palette lists. */
const PER_KIND = 5;
/** One server search answers every kind's group: enough hits for each to show a handful. */
const HITS = 40;

/** The kinds, in the order their groups appear, with their headings in each language. */
const KINDS = [
  ['ROUTE', 'searchKindRoute'],
  ['PERSON', 'searchKindPerson'],
  ['PRACTICE', 'searchKindPractice'],
  ['CHAMPION', 'searchKindChampion'],
  ['DELEGATION', 'searchKindDelegation'],
  ['ACTION_PLAN', 'searchKindActionPlan'],
  ['INDICATOR', 'searchKindIndicator'],
  ['SCALING_STORY', 'searchKindScalingStory'],
] as const satisfies readonly (readonly [SearchKind, string])[];

/**
 * Section providers whose records the server's search already finds (with every module's
 * visibility rules): the palette leaves them out rather than list the same record twice.
 */
export const FOUND_BY_SERVER = new Set(['routes', 'people', 'practices', 'champions', 'delegations', 'action-plans']);

type Hit = { kind: SearchKind; id: string; title: string; detail?: string | null; path: string };

/**
 * One request per term and language, shared by every kind's provider: the palette asks all
 * providers at once, and they all read this answer.
 */
function sharedSearch() {
  let last: { key: string; hits: Promise<Hit[]> } | null = null;
  return (term: string, { client, language }: SearchContext): Promise<Hit[]> => {
    const key = `${language}\u0000${term}`;
    if (last?.key !== key) {
      const hits = client
        .query(PortalSearchQuery, { query: term, first: HITS }, { requestPolicy: 'network-only' })
        .toPromise()
        .then(({ data, error }) => {
          if (error) throw error;
          return (data?.search.edges ?? []).map((e) => e.node);
        });
      last = { key, hits };
    }
    return last.hits;
  };
}

/**
 * The header's search across modules, as one provider per kind of record (so the palette
 * groups them by kind under headings in the user's language), all fed by the server's `search`.
 */
export function serverSearchProviders(): SearchProvider[] {
  const search = sharedSearch();
  return KINDS.map(([kind, label]) => ({
    id: `search:${kind}`,
    group: labelsOf(shellMessages, label),
    async search(term, context): Promise<SearchResult[]> {
      const hits = await search(term, context);
      return hits
        .filter((h) => h.kind === kind)
        .slice(0, PER_KIND)
        .map((h) => ({ id: h.id, label: h.title, detail: h.detail ?? undefined, href: h.path }));
    },
  }));
}
