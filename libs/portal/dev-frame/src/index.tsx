import { createGraphqlClient } from '@lr/portal-graphql';
import { apiOriginOf, makeAuthorizedFetch, type PortalLanguage, type PortalUser, type SectionModule } from '@lr/portal-shell-contract';
import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import '@lr/portal-ui/styles.css';

// A minimal frame so a section's team can run its remote alone (`nx serve portal-<section>`):
// sign in against the gateway, pick a language, and the section renders under /<section>.

function DevFrame({ section, apiUrl }: { section: SectionModule; apiUrl: string }) {
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

  async function signIn(e: FormEvent) {
    e.preventDefault();
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
    else setError(body.errors?.[0]?.message ?? 'Sign-in failed');
  }

  if (!session) {
    return (
      <main style={{ padding: '2rem', maxWidth: 380 }}>
        <h1>{section.title.en} section — dev frame</h1>
        <form onSubmit={signIn}>
          <label className="lr-field">
            E-mail <input className="lr-input" value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label className="lr-field">
            Password <input className="lr-input" type="password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && <p role="alert">{error}</p>}
          <button className="lr-button lr-button--primary" type="submit">
            Sign in
          </button>
        </form>
      </main>
    );
  }
  const { Component } = section;
  return (
    <main style={{ padding: '1rem 1.5rem' }}>
      <label>
        Language{' '}
        <select value={language} onChange={(e) => setLanguage(e.target.value as PortalLanguage)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
          <option value="es">Español</option>
        </select>
      </label>
      <Routes>
        <Route path="/" element={<Navigate to={`/${section.id}`} />} />
        <Route
          path={`/${section.id}/*`}
          element={<Component basePath={`/${section.id}`} language={language} user={session.user} client={client} notify={(m) => console.info(m)} apiOrigin={apiOriginOf(apiUrl)} authorizedFetch={authorizedFetch} />}
        />
      </Routes>
    </main>
  );
}

/** Renders `section` alone in #root, for its team's development. */
export function mountDevFrame(section: SectionModule, apiUrl = 'http://localhost:4000/graphql'): void {
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <BrowserRouter>
        <DevFrame section={section} apiUrl={apiUrl} />
      </BrowserRouter>
    </StrictMode>,
  );
}
