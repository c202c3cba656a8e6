import type { PortalRole } from '@lr/portal-shell-contract';
import { createContext, useContext } from 'react';

/** What every page of a section knows about where it is and who reads it. */
export interface PageContextValue {
  /** The section's name in the user's language. */
  sectionTitle: string;
  basePath: string;
  role: PortalRole;
  /** The user may change what the section shows (admins and the module's editors). */
  canEdit: boolean;
}

export const PageContext = createContext<PageContextValue | null>(null);

/** Where the page is; outside a section (the shell's own pages) a read-only stand-in. */
export function usePageContext(): PageContextValue {
  return useContext(PageContext) ?? { sectionTitle: '', basePath: '/', role: 'VIEWER', canEdit: false };
}
