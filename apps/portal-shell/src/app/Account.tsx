import { Button } from '@lr/portal-ui';
import { useTranslation } from 'react-i18next';
import { LanguagePicker } from './LanguagePicker';
import { useShell } from './shell-state';

/** Who is signed in (their role in their language), the language picker and sign-out. */
export function Account() {
  const { user, signOut } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  if (!user) return null;
  return (
    <div className="lr-account" role="group" aria-label={t('accountLabel')}>
      <span className="lr-account__user">{t('signedInAs', { name: user.displayName, role: t(`common:roles.${user.role}`) })}</span>
      <LanguagePicker />
      <Button onClick={signOut}>{t('common:signOut')}</Button>
    </div>
  );
}
