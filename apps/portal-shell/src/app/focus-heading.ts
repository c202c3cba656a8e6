import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its heading (sections load, queries answer). */
const WAIT_MS = 5000;

/**
 * After each navigation to another page, moves the focus to the new page's heading (its h1),
 * so screen readers announce where the user is and the next Tab starts in the page, not at the
 * top of the document. The heading may come later than the address (a section or a query still
 * loading), so it is awaited. A heading that stays the same (a tab of a practice) keeps the
 * focus where it is.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const lastHeading = useRef<Element | null>(null);
  const firstPage = useRef(true);
  useEffect(() => {
    const area = main.current;
    if (!area) return;
    const previous = lastHeading.current;
    const isNew = (heading: Element | null): heading is HTMLElement => !!heading && heading !== previous;
    // The page the tab opened on keeps the focus at the top, as browsers do; its heading is
    // only noted, so that a later tab of the same page is known as the same page.
    const moveFocus = !firstPage.current;
    firstPage.current = false;
    const focusHeading = () => {
      const heading = area.querySelector('h1');
      if (!isNew(heading)) return false;
      lastHeading.current = heading;
      if (moveFocus) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus();
      }
      return true;
    };
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    // After this render's other effects (the drawer closing gives the focus back to its button first).
    const start = setTimeout(() => {
      if (!focusHeading()) observer.observe(area, { childList: true, subtree: true });
    }, 0);
    const stop = setTimeout(() => observer.disconnect(), WAIT_MS);
    return () => {
      clearTimeout(start);
      clearTimeout(stop);
      observer.disconnect();
    };
  }, [pathname, main]);
}
