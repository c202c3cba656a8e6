import type { PracticeCountriesPageQuery as PageResult } from '@lr/portal-graphql';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { PracticeCountriesPageQuery } from '../graphql/operations';

export interface CountryOption {
  code: string;
  name: string;
  /** The country has ranked learning needs (so it can be matched as a visitor). */
  hasNeeds: boolean;
}

/** Every country for a select (the API pages them 100 at a time). */
export function useCountries(language: string): CountryOption[] {
  const client = useClient();
  const [countries, setCountries] = useState<CountryOption[]>([]);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: CountryOption[] = [];
      let after: string | null = null;
      do {
        const result: { data?: PageResult } = await client
          .query(PracticeCountriesPageQuery, { after }, { requestPolicy: 'cache-first' })
          .toPromise();
        const page = result.data?.countries;
        if (!page) break;
        all.push(
          ...page.edges.map((e) => ({
            code: e.node.code,
            name: e.node.name,
            hasNeeds: e.node.learningNeeds.length > 0,
          })),
        );
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
