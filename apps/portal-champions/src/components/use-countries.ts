import type { ChampionsCountriesPageQuery as CountriesPage } from '@lr/portal-graphql';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { ChampionsCountriesPageQuery } from '../graphql/operations';

export interface CountryOption {
  code: string;
  name: string;
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
        const result: { data?: CountriesPage } = await client
          .query(ChampionsCountriesPageQuery, { after }, { requestPolicy: 'cache-first' })
          .toPromise();
        const page = result.data?.countries;
        if (!page) break;
        all.push(...page.edges.map((e) => e.node));
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
