import type { PortalManifest } from '@lr/portal-shell-contract';
import { ErrorPanel } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Layout } from './Layout';
import { SectionHost } from './SectionHost';
import { useShell } from './shell-state';
import { SignInPage } from './SignInPage';
import { useSections } from './use-sections';

function SignedInPortal({ manifest }: { manifest: PortalManifest }) {
  const { sections, retry } = useSections(manifest.remotes);
  const { user, language } = useShell();
  const { t } = useTranslation('shell');
  const list = manifest.remotes.map((r) => sections[r.section]).filter((s) => s !== undefined);
  return (
    <Layout sections={list}>
      <Routes>
        <Route
          path="/"
          element={
            <>
              <h1>{t('welcome', { name: user?.displayName ?? '' })}</h1>
              <p>{t('welcomeText')}</p>
              <h2>{t('sections')}</h2>
              <ul>
                {manifest.remotes.map((r) => (
                  <li key={r.section}>
                    <Link to={`/${r.section}`}>{r.title[language]}</Link>
                  </li>
                ))}
              </ul>
            </>
          }
        />
        {list.map((state) => (
          <Route key={state.remote.section} path={`/${state.remote.section}/*`} element={<SectionHost state={state} onRetry={() => retry(state.remote.section)} />} />
        ))}
        <Route path="*" element={<ErrorPanel title={t('pageNotFound')}>{t('pageNotFoundText')}</ErrorPanel>} />
      </Routes>
    </Layout>
  );
}

export function App({ manifest }: { manifest: PortalManifest }) {
  const { user } = useShell();
  return user ? <SignedInPortal manifest={manifest} /> : <SignInPage />;
}
