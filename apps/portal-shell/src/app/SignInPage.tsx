import { errorCode } from '@lr/portal-graphql';
import { Button, ErrorPanel, TextField } from '@lr/portal-ui';
import { useState, type FormEvent } from 'react';
import { LoginMutation } from './session';
import { useShell } from './shell-state';
import { LanguagePicker } from './LanguagePicker';

export function SignInPage() {
  const { client, signIn, t } = useShell();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const result = await client.mutation(LoginMutation, { input: { email, password } }).toPromise();
    setBusy(false);
    if (result.data) {
      const { token, expiresAt, user } = result.data.login;
      signIn({ token, expiresAt: String(expiresAt), user });
    } else {
      setError(result.error?.networkError ? t('serverDown') : errorCode(result.error) === 'UNAUTHENTICATED' ? t('badCredentials') : result.error?.graphQLErrors[0]?.message ?? t('serverDown'));
    }
  }

  return (
    <main id="main" className="lr-signin">
      <div className="lr-card lr-signin__card">
        <h1>{t('signInTitle')}</h1>
        {error && <ErrorPanel title={error} />}
        <form onSubmit={submit} noValidate>
          <TextField label={t('email')} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          <TextField label={t('password')} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Button type="submit" variant="primary" busy={busy}>
            {t('signIn')}
          </Button>
        </form>
        <LanguagePicker />
      </div>
    </main>
  );
}
