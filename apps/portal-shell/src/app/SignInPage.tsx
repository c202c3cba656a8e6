import { errorCode } from '@lr/portal-graphql';
import { Button, FormBanner, TextField, useApiForm, usePageTitle } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './LanguagePicker';
import { LoginMutation } from './session';
import { useShell } from './shell-state';

export function SignInPage() {
  const { client, signIn } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  const form = useApiForm({ defaultValues: { email: '', password: '' } });
  const required = { required: t('common:required') };
  usePageTitle(t('signInTitle'));

  const submit = form.submit(async (input) => {
    const result = await client.mutation(LoginMutation, { input }).toPromise();
    if (result.data) {
      const { token, expiresAt, user } = result.data.login;
      signIn({ token, expiresAt: String(expiresAt), user });
    } else if (errorCode(result.error) === 'UNAUTHENTICATED') {
      form.setError('root.server', { message: t('badCredentials') });
    } else if (result.error) {
      form.showApiError(result.error);
    }
  });

  return (
    <main id="main" className="lr-signin">
      <div className="lr-card lr-signin__card">
        <h1>{t('signInTitle')}</h1>
        <form ref={form.formRef} onSubmit={submit} noValidate>
          <FormBanner form={form} />
          <TextField label={t('common:email')} type="email" autoComplete="username" required {...form.field('email', required)} />
          <TextField label={t('common:password')} type="password" autoComplete="current-password" required {...form.field('password', required)} />
          <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
            {t('common:signIn')}
          </Button>
        </form>
        <LanguagePicker />
      </div>
    </main>
  );
}
