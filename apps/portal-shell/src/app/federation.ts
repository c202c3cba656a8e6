import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import type { PortalManifest, RemoteDescriptor, SectionModule } from '@lr/portal-shell-contract';

/** Reads the deploy-time manifest: where the API and each section's remote live. */
export async function fetchManifest(): Promise<PortalManifest> {
  const res = await fetch('/portal-manifest.json', { cache: 'no-store' });
  if (!res.ok) throw new Error(`portal-manifest.json: HTTP ${res.status}`);
  return (await res.json()) as PortalManifest;
}

export function registerSections(remotes: RemoteDescriptor[]): void {
  registerRemotes(remotes.map((r) => ({ name: r.name, entry: r.entry, type: 'module' })));
}

function isSectionModule(value: unknown): value is SectionModule {
  const m = value as SectionModule | null;
  return !!m && typeof m.id === 'string' && typeof m.Component === 'function' && Array.isArray(m.nav);
}

/**
 * Loads a section's `./Module`. On a retry the remote is registered again with `force`, so
 * the runtime forgets the failed attempt and fetches its entry anew.
 */
export async function loadSection(remote: RemoteDescriptor, retry = false): Promise<SectionModule> {
  if (retry) registerRemotes([{ name: remote.name, entry: remote.entry, type: 'module' }], { force: true });
  const loaded = await loadRemote<{ default: SectionModule } | SectionModule>(`${remote.name}/Module`);
  const module = loaded && 'default' in loaded ? loaded.default : loaded;
  if (!isSectionModule(module)) throw new Error(`${remote.name}/Module does not export a section module`);
  return module;
}
