import type { PortalManifest } from '@lr/portal-shell-contract';
import { ErrorPanel, usePageTitle } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useMatch } from 'react-router';
import { HomePage } from './dashboard/HomePage';
import { Layout } from './Layout';
import { SectionHost } from './SectionHost';
import { useShell } from './shell-state';
import { SignInPage } from './SignInPage';
import { SurveyAnswerPage } from './SurveyAnswerPage';
import { useSections, type SectionState } from './use-sections';
import { WelcomePage } from './WelcomePage';

function NotFoundPage() {
  const { t } = useTranslation('shell');
  usePageTitle(t('pageNotFound'));
  return <ErrorPanel title={t('pageNotFound')}>{t('pageNotFoundText')}</ErrorPanel>;
}

function SignedInPortal({ sections, retry }: { sections: SectionState[]; retry(section: string): void }) {
  return (
    <Layout sections={sections}>
      <Routes>
        <Route path="/" element={<HomePage sections={sections} />} />
        {sections.map((state) => (
          <Route key={state.remote.section} path={`/${state.remote.section}/*`} element={<SectionHost state={state} onRetry={() => retry(state.remote.section)} />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}

/**
 * The sign-in page or the portal, and the pages of personal links, which stand on their own
 * with or without a session: the invitation's (`/welcome`) and a survey's (`/survey`). Sections
 * start loading at once, while the user signs in, so the portal is ready (its navigation
 * complete) the moment they are in.
 */
export function App({ manifest }: { manifest: PortalManifest }) {
  const { user } = useShell();
  const welcome = useMatch('/welcome');
  const survey = useMatch('/survey');
  const { sections, retry } = useSections(manifest.remotes);
  const list = manifest.remotes.map((r) => sections[r.section]).filter((s) => s !== undefined);
  if (welcome) return <WelcomePage />;
  if (survey) return <SurveyAnswerPage />;
  return user ? <SignedInPortal sections={list} retry={retry} /> : <SignInPage />;
}
