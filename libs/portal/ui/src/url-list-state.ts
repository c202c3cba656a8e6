import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SortState } from './DataTable';
import { useCursorPages } from './Pagination';

/**
 * A list's filters and sort kept in the address (shareable, the back button works), with the
 * page cursor reset whenever they change.
 *
 * @example const list = useUrlListState(['q', 'phase'], { key: 'dates', direction: 'ASC' });
 *          list.get('phase'); list.set('phase', 'PLANNING'); list.clear();
 */
export function useUrlListState(filterKeys: readonly string[], defaultSort?: SortState) {
  const [params, setParams] = useSearchParams();
  const pages = useCursorPages();
  const { reset } = pages;

  const set = useCallback(
    (key: string, value: string) => {
      reset();
      setParams((p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      });
    },
    [reset, setParams],
  );

  const setSort = useCallback(
    (sort: SortState) => {
      reset();
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.set('sort', sort.key);
        next.set('dir', sort.direction);
        return next;
      });
    },
    [reset, setParams],
  );

  const sortKey = params.get('sort');
  const sortDir = params.get('dir');
  const sort = useMemo<SortState | undefined>(
    () =>
      defaultSort && {
        key: sortKey ?? defaultSort.key,
        direction: sortDir === 'ASC' || sortDir === 'DESC' ? sortDir : defaultSort.direction,
      },
    [defaultSort?.key, defaultSort?.direction, sortKey, sortDir],
  );

  return {
    params,
    pages,
    sort,
    get: (key: string) => params.get(key) ?? '',
    set,
    setSort,
    /** True when any filter is set (to offer "Clear filters"). */
    filtered: filterKeys.some((k) => params.get(k)),
    clear: () => {
      reset();
      setParams({});
    },
    /** Replaces filters and sort at once (applying a saved view). */
    replace: (query: string) => {
      reset();
      setParams(new URLSearchParams(query));
    },
  };
}
