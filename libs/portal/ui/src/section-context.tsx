import { canEditModule, type SectionProps } from '@lr/portal-shell-contract';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { PageContext, type PageContextValue } from './page-context';
import { UnsavedChangesGuard } from './unsaved-changes';

export interface SectionContextValue extends SectionProps {
  /** The module's editors (and admins) may change what the section shows. */
  canEdit: boolean;
}

/**
 * Makes a section's context: what the shell handed it, and whether the user may edit its
 * module. Its provider also gives every page its place (for titles, breadcrumbs and
 * `RequireEdit`) and guards unsaved forms. Each section calls this once.
 *
 * @example export const { SectionContextProvider, useSection } = createSectionContext('practices');
 */
export function createSectionContext(module: string) {
  const Context = createContext<SectionContextValue | null>(null);

  function SectionContextProvider({ props, children }: { props: SectionProps; children: ReactNode }) {
    const canEdit = canEditModule(props.user, module);
    const page = useMemo<PageContextValue>(
      () => ({ sectionTitle: props.sectionTitle, basePath: props.basePath, role: props.user.role, canEdit }),
      [props.sectionTitle, props.basePath, props.user.role, canEdit],
    );
    return (
      <Context.Provider value={{ ...props, canEdit }}>
        <PageContext.Provider value={page}>
          <UnsavedChangesGuard>{children}</UnsavedChangesGuard>
        </PageContext.Provider>
      </Context.Provider>
    );
  }

  function useSection(): SectionContextValue {
    const value = useContext(Context);
    if (!value) throw new Error(`useSection outside the ${module} section`);
    return value;
  }

  return { SectionContextProvider, useSection };
}
