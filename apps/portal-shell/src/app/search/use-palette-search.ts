import type { SearchProvider, SearchResult } from '@lr/portal-shell-contract';
import { useEffect, useState } from 'react';
import { useShell } from '../shell-state';

export interface ResultGroup {
  provider: SearchProvider;
  results: SearchResult[];
}

export interface PaletteSearch {
  groups: ResultGroup[];
  searching: boolean;
  /** Some providers failed: their groups are missing. */
  partial: boolean;
}

/** Fewer letters than this find too much to be useful. */
export const MIN_TERM = 2;

/**
 * Asks every provider at once for `term` (after a short pause in typing) and keeps the groups
 * that found something, in the providers' order; a failing provider only loses its group.
 */
export function usePaletteSearch(term: string, providers: SearchProvider[]): PaletteSearch {
  const { client, language, user } = useShell();
  const [state, setState] = useState<PaletteSearch>({ groups: [], searching: false, partial: false });
  useEffect(() => {
    const trimmed = term.trim();
    if (trimmed.length < MIN_TERM || !user) {
      setState({ groups: [], searching: false, partial: false });
      return;
    }
    let cancelled = false;
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(async () => {
      const answers = await Promise.allSettled(providers.map((p) => p.search(trimmed, { client, language, user })));
      if (cancelled) return;
      setState({
        groups: answers.flatMap((answer, i) => (answer.status === 'fulfilled' && answer.value.length ? [{ provider: providers[i], results: answer.value }] : [])),
        searching: false,
        partial: answers.some((a) => a.status === 'rejected'),
      });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [term, providers, client, language, user]);
  return state;
}
