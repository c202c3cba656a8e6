import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../generated/gql';
import type { ReferenceCountriesPageQuery } from '../generated/graphql';

const CountriesPage = graphql(`
  query ReferenceCountriesPage($after: String) {
    countries(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code name learningNeeds { id } } }
    }
  }
`);

export interface CountryOption {
  code: string;
  /** In the caller's language. */
  name: string;
  /** The country has ranked learning needs (so it can be matched as a visitor). */
  hasNeeds: boolean;
}

/**
 * Every country for a select, sorted by name in the user's language. The API pages countries
 * 100 at a time (there are 249); the pages are cached, so every section shares one fetch.
 */
export function useCountries(language: string): CountryOption[] {
  const client = useClient();
  const [countries, setCountries] = useState<CountryOption[]>([]);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: CountryOption[] = [];
      let after: string | null = null;
      do {
        const result: { data?: ReferenceCountriesPageQuery } = await client
          .query(CountriesPage, { after }, { requestPolicy: 'cache-first' })
          .toPromise();
        const page = result.data?.countries;
        if (!page) break;
        all.push(...page.edges.map(({ node }) => ({ code: node.code, name: node.name, hasNeeds: node.learningNeeds.length > 0 })));
        after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
      } while (after);
      if (!cancelled) setCountries(all.sort((a, b) => a.name.localeCompare(b.name, language)));
    })();
    return () => {
      cancelled = true;
    };
  }, [client, language]);
  return countries;
}
