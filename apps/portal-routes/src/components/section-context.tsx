import type { SectionProps } from '@lr/portal-shell-contract';
import { canEditModule } from '@lr/portal-shell-contract';
import { useTranslator } from '@lr/portal-ui';
import { createContext, useContext, type ReactNode } from 'react';
import { routesMessages } from '../messages';

interface SectionContextValue extends SectionProps {
  t: ReturnType<typeof useTranslator<keyof typeof routesMessages.en>>;
  /** The core module's editors (and admins) may change what this section shows. */
  canEdit: boolean;
}

const SectionContext = createContext<SectionContextValue | null>(null);

/** What the shell handed this section, plus its translator, for every page of it. */
export function SectionContextProvider({ props, children }: { props: SectionProps; children: ReactNode }) {
  const t = useTranslator(routesMessages, props.language);
  return (
    <SectionContext.Provider value={{ ...props, t, canEdit: canEditModule(props.user, 'core') }}>{children}</SectionContext.Provider>
  );
}

export function useSection(): SectionContextValue {
  const value = useContext(SectionContext);
  if (!value) throw new Error('useSection outside the routes section');
  return value;
}
