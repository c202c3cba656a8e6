import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

export interface SectionEntry {
  project: string;
  federationName: string;
  section: string;
  port: number;
  title: Record<'en' | 'fr' | 'es', string>;
}

/** tools/portal/sections.json: the one list of the portal's parts, their names and ports. */
export const PORTAL = JSON.parse(readFileSync(join(__dirname, 'sections.json'), 'utf8')) as {
  shell: { project: string; port: number };
  sections: SectionEntry[];
};

export function sectionByProject(project: string): SectionEntry {
  const entry = PORTAL.sections.find((s) => s.project === project);
  if (!entry) throw new Error(`${project} is not listed in tools/portal/sections.json`);
  return entry;
}

/** The manifest the shell reads at start-up, for parts served on localhost at their ports. */
export function localManifest(apiUrl: string) {
  return {
    apiUrl,
    remotes: PORTAL.sections.map((s) => ({
      name: s.federationName,
      section: s.section,
      title: s.title,
      entry: `http://localhost:${s.port}/remoteEntry.js`,
    })),
  };
}

/**
 * Libraries the shell and every remote share as singletons, at the versions of the root
 * package.json: one React, one router, one GraphQL client, one i18next (whose default instance
 * the shell starts and each remote adds its namespace to) in the page. Never eager.
 *
 * Only libraries the portal's code imports at run time belong here: a shared library is built
 * whole (no tree shaking) into the shell, which preloads it, whether or not anything uses it.
 * `graphql` (graphql-js, 186 kB) is not one: codegen's documents are plain objects and urql
 * parses and prints with @0no-co/graphql.web, so listing it only sent it to every browser.
 */
export const SHARED_SINGLETONS = ['react', 'react-dom', 'react-router', 'urql', 'i18next', 'react-i18next'] as const;

export function sharedSingletons() {
  return Object.fromEntries(
    SHARED_SINGLETONS.map((name) => [name, { singleton: true, requiredVersion: pkg.dependencies[name] }]),
  );
}
