import { useEffect, useState } from 'react';

/** Where the portal switches to its phone layout (navigation in a drawer, tables as cards). */
export const NARROW_SCREEN = '(max-width: 899.98px)';

/** True while the media query matches; right from the first render, so nothing jumps. */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof matchMedia === 'function' && matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
