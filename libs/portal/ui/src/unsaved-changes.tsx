import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { createContext, useContext, useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from './ConfirmDialog';

interface DirtyRegistry {
  register(id: string, isDirty: () => boolean): () => void;
  anyDirty(): boolean;
}

const DirtyFormsContext = createContext<DirtyRegistry | null>(null);

/**
 * Warns before leaving a page with unsaved changes: navigating within the portal (react-router's
 * one blocker for the section, with a dialog in the user's language) and closing or reloading
 * the tab (`beforeunload`). Forms report whether they hold unsaved changes with
 * `useUnsavedChanges`; `useApiForm` does it for every form.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const forms = useRef(new Map<string, () => boolean>());
  const registry = useMemo<DirtyRegistry>(
    () => ({
      register(id, isDirty) {
        forms.current.set(id, isDirty);
        return () => forms.current.delete(id);
      },
      anyDirty: () => [...forms.current.values()].some((isDirty) => isDirty()),
    }),
    [],
  );
  // Only leaving the page counts: filters and tabs that change the query string do not.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && registry.anyDirty());
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!registry.anyDirty()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [registry]);
  return (
    <DirtyFormsContext.Provider value={registry}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        title={t('unsavedTitle')}
        confirmLabel={t('leave')}
        cancelLabel={t('stay')}
        danger
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>{t('unsavedText')}</p>
      </ConfirmDialog>
    </DirtyFormsContext.Provider>
  );
}

/** Reports whether this component holds unsaved changes; read when someone tries to leave. */
export function useUnsavedChanges(isDirty: () => boolean): void {
  const registry = useContext(DirtyFormsContext);
  const id = useId();
  const latest = useRef(isDirty);
  latest.current = isDirty;
  useEffect(() => registry?.register(id, () => latest.current()), [registry, id]);
}
