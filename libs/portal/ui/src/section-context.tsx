import { canEditModule, type SectionProps } from '@lr/portal-shell-contract';
import { createContext, useContext, type ReactNode } from 'react';

export interface SectionContextValue extends SectionProps {
  /** The module's editors (and admins) may change what the section shows. */
  canEdit: boolean;
}

/**
 * Makes a section's context: what the shell handed it, and whether the user may edit its
 * module. Each section calls this once; its words come from its i18next namespace.
 *
 * @example export const { SectionContextProvider, useSection } = createSectionContext('practices');
 */
export function createSectionContext(module: string) {
  const Context = createContext<SectionContextValue | null>(null);

  function SectionContextProvider({ props, children }: { props: SectionProps; children: ReactNode }) {
    return <Context.Provider value={{ ...props, canEdit: canEditModule(props.user, module) }}>{children}</Context.Provider>;
  }

  function useSection(): SectionContextValue {
    const value = useContext(Context);
    if (!value) throw new Error(`useSection outside the ${module} section`);
    return value;
  }

  return { SectionContextProvider, useSection };
}
