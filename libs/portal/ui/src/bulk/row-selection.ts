import { useCallback, useMemo, useState } from 'react';

export interface RowSelection {
  /** The ids chosen, in the order they were chosen. */
  ids: string[];
  count: number;
  has(id: string): boolean;
  toggle(id: string): void;
  /** Chooses (or, with `on` false, un-chooses) every row of the page shown. */
  setAll(ids: readonly string[], on: boolean): void;
  clear(): void;
  /** Keeps only the chosen ids among these (rows filtered out or gone after a refetch drop out). */
  retain(ids: readonly string[]): void;
}

/**
 * Which rows of a list are chosen for a bulk action. Kept by id, so a row stays chosen while
 * the list is refetched; rows on other pages stay chosen too (the bar says how many in all).
 */
export function useRowSelection(): RowSelection {
  const [ids, setIds] = useState<string[]>([]);
  const has = useCallback((id: string) => ids.includes(id), [ids]);
  const toggle = useCallback((id: string) => setIds((now) => (now.includes(id) ? now.filter((x) => x !== id) : [...now, id])), []);
  const setAll = useCallback(
    (page: readonly string[], on: boolean) => setIds((now) => (on ? [...now, ...page.filter((id) => !now.includes(id))] : now.filter((id) => !page.includes(id)))),
    [],
  );
  const clear = useCallback(() => setIds((now) => (now.length ? [] : now)), []);
  const retain = useCallback((kept: readonly string[]) => setIds((now) => (now.every((id) => kept.includes(id)) ? now : now.filter((id) => kept.includes(id)))), []);
  return useMemo(() => ({ ids, count: ids.length, has, toggle, setAll, clear, retain }), [ids, has, toggle, setAll, clear, retain]);
}
