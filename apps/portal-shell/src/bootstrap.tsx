import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import '@lr/portal-ui/styles.css';
import './shell.css';
import { App } from './app/App';
import { fetchManifest, registerSections } from './app/federation';
import { ShellProvider, useShell } from './app/shell-state';
import type { ReactNode } from 'react';

function ClientProvider({ children }: { children: ReactNode }) {
  return <Provider value={useShell().client}>{children}</Provider>;
}

const root = createRoot(document.getElementById('root') as HTMLElement);
fetchManifest().then(
  (manifest) => {
    registerSections(manifest.remotes);
    root.render(
      <StrictMode>
        <BrowserRouter>
          <ShellProvider apiUrl={manifest.apiUrl}>
            <ClientProvider>
              <App manifest={manifest} />
            </ClientProvider>
          </ShellProvider>
        </BrowserRouter>
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(
      <main id="main" className="lr-error-panel" role="alert">
        <h1>The portal configuration could not be loaded.</h1>
        <p>{String(error)}</p>
      </main>,
    );
  },
);
