import { hasRole } from '@lr/portal-shell-contract';
import { Button, ToastRegion } from '@lr/portal-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguagePicker } from './LanguagePicker';
import { useShell } from './shell-state';
import type { SectionState } from './use-sections';

/** Header, navigation built from what each section declares, and the page area. */
export function Layout({ sections, children }: { sections: SectionState[]; children: ReactNode }) {
  const { user, language, signOut, toasts } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  if (!user) return null;
  return (
    <>
      <a className="lr-skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="lr-header">
        <strong className="lr-header__brand">{t('appName')}</strong>
        <span className="lr-header__user">{t('signedInAs', { name: user.displayName, role: user.role })}</span>
        <div className="lr-header__tools">
          <LanguagePicker />
          <Button onClick={signOut}>{t('common:signOut')}</Button>
        </div>
      </header>
      <div className="lr-body">
        <nav className="lr-nav" aria-label={t('mainNavigation')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('home')}
              </NavLink>
            </li>
            {sections.map((s) => (
              <li key={s.remote.section}>
                <NavLink to={`/${s.remote.section}`} end>
                  {s.status === 'ready' ? s.module.title[language] : s.remote.title[language]}
                </NavLink>
                {s.status === 'ready' && (
                  <ul>
                    {s.module.nav
                      .filter((entry) => entry.path !== '' && hasRole(user, entry.roles))
                      .map((entry) => (
                        <li key={entry.path}>
                          <NavLink to={`/${s.remote.section}/${entry.path}`}>{entry.label[language]}</NavLink>
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="lr-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <ToastRegion toasts={toasts.toasts} onDismiss={toasts.dismiss} />
    </>
  );
}
