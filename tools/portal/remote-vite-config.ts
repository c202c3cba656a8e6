import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';
import { workspaceAliases } from './aliases';
import { sectionByProject, sharedSingletons } from './federation';
import { precompress } from './precompress';

/**
 * A section as a federation remote. It exposes one entry, ./Module (a SectionModule), builds
 * to its own folder and is served from its own base URL (REMOTE_BASE_URL at build time); its
 * federation name and port are those tools/portal/sections.json gives the project.
 *
 * @example export default remoteViteConfig({ project: 'portal-routes', root: __dirname });
 */
export function remoteViteConfig({ project, root }: { project: string; root: string }): UserConfig {
  const { federationName, port } = sectionByProject(project);
  return defineConfig({
    root,
    base: process.env.REMOTE_BASE_URL ?? `http://localhost:${port}/`,
    resolve: { alias: workspaceAliases() },
    plugins: [
      react(),
      federation({
        name: federationName,
        filename: 'remoteEntry.js',
        exposes: { './Module': './src/module.tsx' },
        shared: sharedSingletons(),
        dts: false,
      }),
      precompress(),
    ],
    server: { port, strictPort: true, origin: `http://localhost:${port}`, cors: true },
    preview: { port, strictPort: true, cors: true },
    build: { outDir: `../../dist/apps/${project}`, emptyOutDir: true, target: 'es2022' },
  });
}
