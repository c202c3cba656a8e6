import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';

function remembered(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * The route a section's page works on, kept in the address (`?route=`, so a link opens the same
 * route) and remembered in this browser per section (`lr.<section>.route`), so moving between
 * the section's pages keeps it. Choosing another route starts its lists at their first page and
 * forgets `reset` (e.g. the day or night chosen on the last route); choosing none clears it.
 * @example const { routeId, choose } = useChosenRoute('logistics', ['date', 'night']);
 */
export function useChosenRoute(section: string, reset: readonly string[] = []) {
  const key = `lr.${section}.route`;
  const [params, setParams] = useSearchParams();
  const routeId = params.get('route') ?? '';

  useEffect(() => {
    if (routeId) {
      localStorage.setItem(key, routeId);
      return;
    }
    const last = remembered(key);
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
  }, [key, routeId, setParams]);

  const resetKey = reset.join(',');
  const choose = useCallback(
    (id: string) => {
      if (!id) localStorage.removeItem(key);
      setParams((p) => {
        const next = new URLSearchParams(p);
        for (const param of ['after', 'page', ...(resetKey ? resetKey.split(',') : [])]) next.delete(param);
        if (id) next.set('route', id);
        else next.delete('route');
        return next;
      });
    },
    [key, resetKey, setParams],
  );

  return { routeId, choose };
}
