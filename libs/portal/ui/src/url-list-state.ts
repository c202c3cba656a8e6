import { useCallback, useMemo } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import type { SortState } from './DataTable';

/** What history keeps for a list besides its address: the cursors of the pages before this one. */
type ListHistoryState = Record<string, string[] | undefined> | null;

/**
 * A list's filters, sort and page kept in the address, so a shared link opens the same page and
 * Back (after opening a record) returns to it. The page is its starting cursor (`after`) and its
 * number; the cursors of the pages before it ride in the history entry, so "Previous" walks back
 * without a backward cursor from the API (from a shared link, "Previous" goes to the first page).
 * Changing a filter or the sort starts again at the first page.
 *
 * @example const list = useUrlListState(['q', 'phase'], { key: 'dates', direction: 'ASC' });
 *          list.get('phase'); list.set('phase', 'PLANNING'); list.pages.next(endCursor);
 * @param options.prefix keeps two lists of one page apart (`feedback.after`, `feedback.page`…)
 */
export function useUrlListState(filterKeys: readonly string[], defaultSort?: SortState, options: { prefix?: string } = {}) {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const name = (key: string) => (options.prefix ? `${options.prefix}.${key}` : key);
  const afterKey = name('after');
  const pageKey = name('page');
  const stackKey = name('cursors');
  const stack = ((location.state as ListHistoryState)?.[stackKey] ?? []).filter((c): c is string => typeof c === 'string');
  const after = params.get(afterKey);
  const page = Math.max(0, Number(params.get(pageKey) ?? 0) || 0);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, cursors: string[] = []) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          change(next);
          return next;
        },
        { state: { ...((location.state as ListHistoryState) ?? {}), [stackKey]: cursors } },
      ),
    [setParams, location.state, stackKey],
  );
  const firstPage = (next: URLSearchParams) => (next.delete(afterKey), next.delete(pageKey));

  const set = useCallback(
    (key: string, value: string) =>
      update((next) => {
        firstPage(next);
        if (value) next.set(name(key), value);
        else next.delete(name(key));
      }),
    [update, afterKey, pageKey, options.prefix],
  );

  const setSort = useCallback(
    (sort: SortState) =>
      update((next) => {
        firstPage(next);
        next.set(name('sort'), sort.key);
        next.set(name('dir'), sort.direction);
      }),
    [update, afterKey, pageKey, options.prefix],
  );

  const sortKey = params.get(name('sort'));
  const sortDir = params.get(name('dir'));
  const sort = useMemo<SortState | undefined>(
    () =>
      defaultSort && {
        key: sortKey ?? defaultSort.key,
        direction: sortDir === 'ASC' || sortDir === 'DESC' ? sortDir : defaultSort.direction,
      },
    [defaultSort?.key, defaultSort?.direction, sortKey, sortDir],
  );

  const pages = {
    after,
    page,
    next: (endCursor: string | null) =>
      update(
        (next) => {
          if (endCursor) next.set(afterKey, endCursor);
          next.set(pageKey, String(page + 1));
        },
        after ? [...stack, after] : stack,
      ),
    previous: () => {
      const before = stack.slice(0, -1);
      const cursor = stack[stack.length - 1];
      update((next) => {
        if (page <= 1 || !cursor) return firstPage(next);
        next.set(afterKey, cursor);
        next.set(pageKey, String(page - 1));
      }, page <= 1 || !cursor ? [] : before);
    },
    reset: () => update(firstPage),
  };

  return {
    params,
    pages,
    sort,
    get: (key: string) => params.get(name(key)) ?? '',
    set,
    setSort,
    /** True when any filter is set (to offer "Clear filters"). */
    filtered: filterKeys.some((k) => params.get(name(k))),
    clear: () => update((next) => [...filterKeys, 'after', 'page'].forEach((k) => next.delete(name(k)))),
    /** Replaces filters and sort at once (applying a saved view). */
    replace: (query: string) => setParams(new URLSearchParams(query)),
  };
}

export type UrlListState = ReturnType<typeof useUrlListState>;
export type ListPages = UrlListState['pages'];
