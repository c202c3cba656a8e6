import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../tools/portal/aliases';
import { sectionByProject, sharedSingletons } from '../../tools/portal/federation';
import { precompress } from '../../tools/portal/precompress';

// A section as a federation remote. It exposes one entry, ./Module (a SectionModule), builds
// to its own folder and is served from its own base URL (REMOTE_BASE_URL at build time).
const { federationName, port } = sectionByProject('portal-admin');
export default defineConfig({
  root: __dirname,
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
  build: { outDir: '../../dist/apps/portal-admin', emptyOutDir: true, target: 'es2022' },
});
