import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../tools/portal/aliases';
import { PORTAL_PORTS, sharedSingletons } from '../../tools/portal/federation';

// The shell is a federation host with no remotes at build time: it reads them from
// /portal-manifest.json at run time, so a section is redeployed without rebuilding the shell.
export default defineConfig({
  root: __dirname,
  base: '/',
  resolve: { alias: workspaceAliases() },
  plugins: [react(), federation({ name: 'portal_shell', remotes: {}, shared: sharedSingletons(), dts: false })],
  server: { port: PORTAL_PORTS.shell, strictPort: true },
  preview: { port: PORTAL_PORTS.shell, strictPort: true },
  build: { outDir: '../../dist/apps/portal-shell', emptyOutDir: true, target: 'es2022' },
});
