import { fieldProblems } from '@lr/portal-graphql';
import { Button, FormBanner, TextField, useApiForm, usePageTitle } from '@lr/portal-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LanguagePicker } from './LanguagePicker';
import { AcceptInvitationMutation } from './session';
import { useShell } from './shell-state';

/** The rules every new password meets (the API's `IsNewPassword`). */
const PASSWORD_MIN_LENGTH = 10;
const PASSWORD_MAX_LENGTH = 200;

/** Why the API refused the link (the `constraint` of its BAD_USER_INPUT on `token`), or no token at all. */
const REFUSALS = ['invitationUnknown', 'invitationUsed', 'invitationReplaced', 'invitationExpired'] as const;
type Refusal = (typeof REFUSALS)[number] | 'invitationMissing';

const isRefusal = (constraint: string | undefined): constraint is (typeof REFUSALS)[number] => REFUSALS.includes(constraint as never);

/** A link that can no longer be used: what happened and what to do, in place of the form. */
function RefusedLink({ refusal, signedIn, reset }: { refusal: Refusal; signedIn: boolean; reset: boolean }) {
  const { t } = useTranslation(['shell', 'common']);
  const panel = useRef<HTMLDivElement>(null);
  // The form that had the focus is gone: the message takes it, and screen readers read it.
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className="lr-error-panel lr-welcome__refused" role="alert" tabIndex={-1}>
      <h2>{reset ? t('reset.refusedTitle') : t('invitationRefusedTitle')}</h2>
      <p>{reset ? t(`reset.${refusal}`) : t(refusal)}</p>
      {refusal === 'invitationUsed' && (
        <p>
          {/* Signed in already (another account in this browser): "/" is the portal's home. */}
          <Link to="/" className="lr-button lr-button--primary">
            {signedIn ? t('home') : t('goToSignIn')}
          </Link>
        </p>
      )}
    </div>
  );
}

/**
 * The invitation link's page (`/welcome?token=…`), open without a session: the invited person
 * chooses their password, which activates their account and signs them in, as the sign-in page
 * does. A link the API refuses (unknown, used, replaced, expired) is explained in the user's
 * language, with the way on. A password reset link (`…&purpose=reset`, sent by an admin) is
 * the same step worded as a reset; the API goes by the link's stored purpose, so the words are
 * all the parameter changes.
 */
export function WelcomePage() {
  const { client, signIn, user, language, setLanguage } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const reset = params.get('purpose') === 'reset';
  // The link names the invitation's language: open in it once (the picker still changes it).
  const linkLanguage = params.get('lang');
  useEffect(() => {
    if (linkLanguage && linkLanguage !== language && (PORTAL_LANGUAGES as readonly string[]).includes(linkLanguage)) setLanguage(linkLanguage as PortalLanguage);
  }, [linkLanguage]); // only the link's own language, once: the picker may change it afterwards
  const [refusal, setRefusal] = useState<Refusal | null>(token ? null : 'invitationMissing');
  const tooShort = t('passwordTooShort', { min: PASSWORD_MIN_LENGTH });
  const tooLong = t('passwordTooLong', { max: PASSWORD_MAX_LENGTH });
  const form = useApiForm({
    defaultValues: { password: '', confirm: '' },
    // The API's refusals of the password in the page's own words.
    messages: { password: { minLength: tooShort, maxLength: tooLong } },
  });
  const required = { required: t('common:required') };
  usePageTitle(reset ? t('reset.title') : t('welcomeTabTitle'));

  const submit = form.submit(async ({ password }) => {
    const result = await client.mutation(AcceptInvitationMutation, { token, password }).toPromise();
    if (result.data) {
      const { token: sessionToken, expiresAt, user: signedIn } = result.data.acceptInvitation;
      signIn({ token: sessionToken, expiresAt: String(expiresAt), user: signedIn });
      navigate('/', { replace: true });
      return;
    }
    if (!result.error) return;
    const onToken = fieldProblems(result.error).find((p) => p.path === 'token');
    if (onToken) setRefusal(isRefusal(onToken.constraint) ? onToken.constraint : 'invitationUnknown');
    else form.showApiError(result.error);
  });

  return (
    <main id="main" className="lr-signin lr-welcome">
      <div className="lr-card lr-signin__card">
        <h1>{reset ? t('reset.title') : t('welcomeTitle')}</h1>
        {refusal ? (
          <RefusedLink refusal={refusal} signedIn={!!user} reset={reset} />
        ) : (
          <>
            <p>{reset ? t('reset.intro') : t('welcomeIntro')}</p>
            {user && <p className="lr-notice">{reset ? t('reset.signedIn', { name: user.displayName }) : t('welcomeSignedIn', { name: user.displayName })}</p>}
            <form ref={form.formRef} onSubmit={submit} noValidate>
              <FormBanner form={form} />
              <TextField
                label={t('newPassword')}
                type="password"
                autoComplete="new-password"
                hint={t('passwordRules', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
                required
                {...form.field('password', {
                  ...required,
                  minLength: { value: PASSWORD_MIN_LENGTH, message: tooShort },
                  maxLength: { value: PASSWORD_MAX_LENGTH, message: tooLong },
                })}
              />
              <TextField
                label={t('confirmPassword')}
                type="password"
                autoComplete="new-password"
                required
                {...form.field('confirm', {
                  ...required,
                  validate: (confirm, values) => confirm === values.password || t('passwordMismatch'),
                })}
              />
              <Button type="submit" variant="primary" busy={form.formState.isSubmitting}>
                {reset ? t('reset.setPassword') : t('setPassword')}
              </Button>
            </form>
          </>
        )}
        <LanguagePicker />
      </div>
    </main>
  );
}
