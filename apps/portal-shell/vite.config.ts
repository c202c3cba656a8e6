import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { workspaceAliases } from '../../tools/portal/aliases';
import { PORTAL, localManifest, sharedSingletons } from '../../tools/portal/federation';
import { precompress } from '../../tools/portal/precompress';
import { preloadChunks } from '../../tools/portal/preload-chunks';

/** In development, /portal-manifest.json lists the sections of tools/portal/sections.json on localhost. */
function devManifest(): Plugin {
  const serve: Plugin['configureServer'] = (server) => {
    server.middlewares.use('/portal-manifest.json', (_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(localManifest(process.env.PORTAL_API_URL ?? 'http://localhost:4000/graphql')));
    });
  };
  return { name: 'lr-dev-manifest', configureServer: serve, configurePreviewServer: serve as Plugin['configurePreviewServer'] };
}

// The shell is a federation host with no remotes at build time: it reads them from
// /portal-manifest.json at run time, so a section is redeployed without rebuilding the shell.
export default defineConfig({
  root: __dirname,
  base: '/',
  resolve: { alias: workspaceAliases() },
  plugins: [react(), devManifest(), federation({ name: 'portal_shell', remotes: {}, shared: sharedSingletons(), dts: false }), preloadChunks(), precompress()],
  server: { port: PORTAL.shell.port, strictPort: true },
  preview: { port: PORTAL.shell.port, strictPort: true },
  build: { outDir: '../../dist/apps/portal-shell', emptyOutDir: true, target: 'es2022' },
});
