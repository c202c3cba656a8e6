import { canEditModule, type SectionProps } from '@lr/portal-shell-contract';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslator, type Messages } from './translate';

type Catalog<K extends string> = Record<'en' | 'fr' | 'es', Messages<K>>;

export interface SectionContextValue<K extends string> extends SectionProps {
  t(key: K, values?: Record<string, string | number>): string;
  /** The module's editors (and admins) may change what the section shows. */
  canEdit: boolean;
}

/**
 * Makes a section's context: what the shell handed it, its translator, and whether the user
 * may edit its module. Each section calls this once with its own messages.
 *
 * @example export const { SectionContextProvider, useSection } = createSectionContext(messages, 'practices');
 */
export function createSectionContext<K extends string>(catalog: Catalog<K>, module: string) {
  const Context = createContext<SectionContextValue<K> | null>(null);

  function SectionContextProvider({ props, children }: { props: SectionProps; children: ReactNode }) {
    const t = useTranslator(catalog, props.language);
    return <Context.Provider value={{ ...props, t, canEdit: canEditModule(props.user, module) }}>{children}</Context.Provider>;
  }

  function useSection(): SectionContextValue<K> {
    const value = useContext(Context);
    if (!value) throw new Error(`useSection outside the ${module} section`);
    return value;
  }

  return { SectionContextProvider, useSection };
}
