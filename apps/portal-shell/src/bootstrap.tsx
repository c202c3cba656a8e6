import { initPortalI18n } from '@lr/portal-i18n/setup';
import type { PortalManifest } from '@lr/portal-shell-contract';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider, ScrollRestoration } from 'react-router';
import { Provider } from 'urql';
import '@lr/portal-ui/styles.css';
import './shell.css';
import { App } from './app/App';
import { fetchManifest, registerSections } from './app/federation';
import { readLanguage } from './app/session';
import { ShellProvider, useShell } from './app/shell-state';
import { SHELL_NAMESPACE, shellMessages } from './i18n';

function ClientProvider({ children }: { children: ReactNode }) {
  return <Provider value={useShell().client}>{children}</Provider>;
}

// The page's one i18next, before anything renders or any section loads.
const language = readLanguage();
const i18n = initPortalI18n(language, { [SHELL_NAMESPACE]: shellMessages });
document.documentElement.lang = language;

/**
 * A data router (not <BrowserRouter>): sections guard unsaved forms with `useBlocker`, which
 * only a data router offers, and it restores the scroll position on Back.
 */
function routerFor(manifest: PortalManifest) {
  return createBrowserRouter([
    {
      path: '*',
      element: (
        <>
          <ScrollRestoration />
          <App manifest={manifest} />
        </>
      ),
    },
  ]);
}

const root = createRoot(document.getElementById('root') as HTMLElement);
fetchManifest().then(
  (manifest) => {
    registerSections(manifest.remotes);
    const router = routerFor(manifest);
    root.render(
      <StrictMode>
        <ShellProvider apiUrl={manifest.apiUrl} initialLanguage={language}>
          <ClientProvider>
            <RouterProvider router={router} />
          </ClientProvider>
        </ShellProvider>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main id="main" className="lr-error-panel" role="alert">
        <h1>{i18n.t('manifestFailed', { ns: SHELL_NAMESPACE })}</h1>
        <p>{String(error)}</p>
      </main>,
    );
  },
);
