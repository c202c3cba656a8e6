import type { KeyboardEvent } from 'react';
import { NavLink } from 'react-router';

export interface TabLink {
  /** An absolute portal path: each tab has its own address. */
  to: string;
  label: string;
}

/**
 * A record's parts as links styled as tabs (each part has its own address, so Back and shared
 * links work). Arrow keys move between them as in a tab list; on a phone the row scrolls
 * sideways inside itself rather than widening the page.
 */
export function TabLinks({ label, tabs }: { label: string; tabs: TabLink[] }) {
  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    links[(index + (e.key === 'ArrowRight' ? 1 : links.length - 1)) % links.length].focus();
    e.preventDefault();
  }
  return (
    <nav className="lr-tabs" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end>
          {tab.label}
        </NavLink>
      ))}
    </nav>
  );
}
