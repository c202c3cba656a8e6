import { createGraphqlClient } from '@lr/portal-graphql';
import type { PortalLanguage, PortalUser } from '@lr/portal-shell-contract';
import { StrictMode, useMemo, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes, Navigate } from 'react-router';
import '@lr/portal-ui/styles.css';
import section from '../module';

// A minimal frame so the routes team can run its section alone (`nx serve portal-routes`):
// sign in against the gateway, pick a language, and the section renders under /routes.
const API_URL = import.meta.env.VITE_API_URL ?? 'http://localhost:4000/graphql';

function DevFrame() {
  const [session, setSession] = useState<{ token: string; user: PortalUser } | null>(null);
  const [language, setLanguage] = useState<PortalLanguage>('en');
  const [email, setEmail] = useState('admin@learningroutes.org');
  const [password, setPassword] = useState('learning-routes-demo');
  const client = useMemo(() => createGraphqlClient({ url: API_URL, getToken: () => session?.token ?? null, getLanguage: () => language }), [session, language]);

  async function signIn(e: FormEvent) {
    e.preventDefault();
    const res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token user { id displayName email role modules } } }', variables: { i: { email, password } } }),
    });
    const body = await res.json();
    if (body.data) setSession(body.data.login);
    else alert(body.errors?.[0]?.message ?? 'Sign-in failed');
  }

  if (!session) {
    return (
      <form onSubmit={signIn} style={{ padding: '2rem', maxWidth: 360 }}>
        <h1>routes section — dev frame</h1>
        <label>E-mail <input className="lr-input" value={email} onChange={(e) => setEmail(e.target.value)} /></label>
        <label>Password <input className="lr-input" type="password" value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <button className="lr-button lr-button--primary" type="submit">Sign in</button>
      </form>
    );
  }
  return (
    <div style={{ padding: '1rem 1.5rem' }}>
      <label>
        Language{' '}
        <select value={language} onChange={(e) => setLanguage(e.target.value as PortalLanguage)}>
          <option value="en">English</option>
          <option value="fr">Français</option>
          <option value="es">Español</option>
        </select>
      </label>
      <Routes>
        <Route path="/" element={<Navigate to="/routes" />} />
        <Route
          path="/routes/*"
          element={<section.Component basePath="/routes" language={language} user={session.user} client={client} notify={(m) => console.info(m)} />}
        />
      </Routes>
    </div>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <BrowserRouter>
      <DevFrame />
    </BrowserRouter>
  </StrictMode>,
);
