import type { RemoteDescriptor, SectionModule } from '@lr/portal-shell-contract';
import { useCallback, useEffect, useState } from 'react';
import { loadSection } from './federation';

export type SectionState =
  | { status: 'loading'; remote: RemoteDescriptor }
  | { status: 'ready'; remote: RemoteDescriptor; module: SectionModule }
  | { status: 'failed'; remote: RemoteDescriptor; error: Error };

/**
 * Loads every section's module (their navigation entries live in the modules), starting while
 * the sign-in page shows, once it has painted. Each section loads, fails and retries on its own.
 */
export function useSections(remotes: RemoteDescriptor[]) {
  const [sections, setSections] = useState<Record<string, SectionState>>(() =>
    Object.fromEntries(remotes.map((remote) => [remote.section, { status: 'loading', remote }])),
  );

  const load = useCallback((remote: RemoteDescriptor, retry: boolean) => {
    setSections((all) => ({ ...all, [remote.section]: { status: 'loading', remote } }));
    loadSection(remote, retry).then(
      (module) => setSections((all) => ({ ...all, [remote.section]: { status: 'ready', remote, module } })),
      (error: unknown) =>
        setSections((all) => ({
          ...all,
          [remote.section]: { status: 'failed', remote, error: error instanceof Error ? error : new Error(String(error)) },
        })),
    );
  }, []);

  useEffect(() => {
    // After the first paint: the sign-in form comes first, the sections' scripts right after.
    const timer = setTimeout(() => {
      for (const remote of remotes) load(remote, false);
    }, 0);
    return () => clearTimeout(timer);
  }, [remotes, load]);

  const retry = useCallback((section: string) => {
    const state = sections[section];
    if (state) load(state.remote, true);
  }, [sections, load]);

  return { sections, retry };
}
