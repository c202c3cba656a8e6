import { createGraphqlClient } from '@lr/portal-graphql';
import { languageName } from '@lr/portal-i18n';
import { initPortalI18n } from '@lr/portal-i18n/setup';
import { apiOriginOf, makeAuthorizedFetch, PORTAL_LANGUAGES, type PortalLanguage, type PortalUser, type SectionModule } from '@lr/portal-shell-contract';
import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, Route, RouterProvider, Routes } from 'react-router';
import '@lr/portal-ui/styles.css';

// A minimal frame so a section's team can run its remote alone (`nx serve portal-<section>`):
// i18next started as the shell starts it, a sign-in against the gateway, a language picker,
// and the section rendered under /<section>.

function DevFrame({ section, apiUrl }: { section: SectionModule; apiUrl: string }) {
  const { t, i18n } = useTranslation('common');
  const [session, setSession] = useState<{ token: string; user: PortalUser } | null>(null);
  const [language, setLanguage] = useState<PortalLanguage>('en');
  const [email, setEmail] = useState('admin@learningroutes.org');
  const [password, setPassword] = useState('learning-routes-demo');
  const [error, setError] = useState('');
  const authorizedFetch = useMemo(() => makeAuthorizedFetch(() => session?.token ?? null), [session]);
  const client = useMemo(
    () => createGraphqlClient({ url: apiUrl, getToken: () => session?.token ?? null, getLanguage: () => language }),
    [apiUrl, session, language],
  );

  function changeLanguage(next: PortalLanguage) {
    void i18n.changeLanguage(next);
    setLanguage(next);
  }

  async function signIn(e: FormEvent) {
    e.preventDefault();
    try {
      const res = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { token user { id displayName email role modules } } }',
          variables: { i: { email, password } },
        }),
      });
      const body = await res.json();
      if (body.data) setSession(body.data.login);
      else setError(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
    } catch {
      setError(t('serverUnreachable'));
    }
  }

  if (!session) {
    return (
      <main style={{ padding: '2rem', maxWidth: 380 }}>
        <h1>{section.title.en} section — dev frame</h1>
        <form onSubmit={signIn}>
          <label className="lr-field">
            {t('email')} <input className="lr-input" value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label className="lr-field">
            {t('password')} <input className="lr-input" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && <p role="alert">{error}</p>}
          <button className="lr-button lr-button--primary" type="submit">
            {t('signIn')}
          </button>
        </form>
      </main>
    );
  }
  const { Component } = section;
  return (
    <main style={{ padding: '1rem 1.5rem' }}>
      <label>
        {t('language')}{' '}
        <select value={language} onChange={(e) => changeLanguage(e.target.value as PortalLanguage)}>
          {PORTAL_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {languageName(l, l)}
            </option>
          ))}
        </select>
      </label>
      <Routes>
        <Route path="/" element={<Navigate to={`/${section.id}`} />} />
        <Route
          path={`/${section.id}/*`}
          element={<Component basePath={`/${section.id}`} sectionTitle={section.title[language]} language={language} user={session.user} client={client} notify={(m) => console.info(m)} apiOrigin={apiOriginOf(apiUrl)} authorizedFetch={authorizedFetch} />}
        />
      </Routes>
    </main>
  );
}

/**
 * Renders a section alone in #root, for its team's development. i18next starts first, as in the
 * shell, so the section's module can add its namespace when it loads.
 *
 * @example mountDevFrame(() => import('../module'), import.meta.env.VITE_API_URL);
 */
export async function mountDevFrame(loadSection: () => Promise<{ default: SectionModule }>, apiUrl = 'http://localhost:4000/graphql'): Promise<void> {
  initPortalI18n('en');
  const { default: section } = await loadSection();
  // A data router, as in the shell: sections guard unsaved forms with useBlocker.
  const router = createBrowserRouter([{ path: '*', element: <DevFrame section={section} apiUrl={apiUrl} /> }]);
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
