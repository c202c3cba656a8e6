import { useCallback, useEffect, useState } from 'react';

export interface SavedView {
  name: string;
  /** The list's query string, e.g. `status=SELECTED&country=PE`. */
  query: string;
}

const keyFor = (userId: string) => `lr.practices.views.${userId}`;

function read(userId: string): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(userId)) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter((v): v is SavedView => typeof v?.name === 'string' && typeof v?.query === 'string')
      : [];
  } catch {
    return [];
  }
}

/** Named filter sets of the practices list, kept in this browser per user. */
export function useSavedViews(userId: string) {
  const [views, setViews] = useState<SavedView[]>(() => read(userId));
  useEffect(() => setViews(read(userId)), [userId]);
  const write = useCallback(
    (next: SavedView[]) => {
      localStorage.setItem(keyFor(userId), JSON.stringify(next));
      setViews(next);
    },
    [userId],
  );
  const save = useCallback(
    (view: SavedView) => write([...read(userId).filter((v) => v.name !== view.name), view]),
    [userId, write],
  );
  const remove = useCallback(
    (name: string) => write(read(userId).filter((v) => v.name !== name)),
    [userId, write],
  );
  return { views, save, remove };
}
