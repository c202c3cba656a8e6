import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** The route last chosen on any page of the section, remembered in this browser. */
const REMEMBERED = 'lr.delegations.route';

function remembered(): string {
  try {
    return localStorage.getItem(REMEMBERED) ?? '';
  } catch {
    return '';
  }
}

/**
 * The route the page works on, kept in the address (`?route=`, so a link opens the same route)
 * and remembered in this browser, so moving from the delegations to the team or the import keeps
 * it. Choosing another route starts its lists at their first page.
 */
export function useChosenRoute() {
  const [params, setParams] = useSearchParams();
  const routeId = params.get('route') ?? '';

  useEffect(() => {
    if (routeId) {
      localStorage.setItem(REMEMBERED, routeId);
      return;
    }
    const last = remembered();
    if (last) {
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('route', last);
          return next;
        },
        { replace: true },
      );
    }
  }, [routeId, setParams]);

  const choose = useCallback(
    (id: string) => {
      if (!id) localStorage.removeItem(REMEMBERED);
      setParams((p) => {
        const next = new URLSearchParams(p);
        next.delete('after');
        next.delete('page');
        if (id) next.set('route', id);
        else next.delete('route');
        return next;
      });
    },
    [setParams],
  );

  return { routeId, choose };
}
