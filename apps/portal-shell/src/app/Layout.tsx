import { NARROW_SCREEN, ToastRegion, useMediaQuery } from '@lr/portal-ui';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Account } from './Account';
import { useFocusHeadingOnNavigate } from './focus-heading';
import { NavDrawer } from './NavDrawer';
import { NavMenu } from './NavMenu';
import { SearchButton } from './search/SearchButton';
import { useShell } from './shell-state';
import type { SectionState } from './use-sections';

/**
 * Header, navigation built from what each section declares, and the page area. On a narrow
 * screen the navigation and the account move into a drawer behind a menu button, so the page
 * keeps the whole width.
 */
export function Layout({ sections, children }: { sections: SectionState[]; children: ReactNode }) {
  const { user, toasts } = useShell();
  const { t } = useTranslation(['shell', 'common']);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  const drawerId = useId();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigate(main);
  if (!user) return null;
  const navigation = (
    <nav className="lr-nav" aria-label={t('mainNavigation')}>
      <NavMenu sections={sections} />
    </nav>
  );
  return (
    <>
      <a className="lr-skip" href="#main">
        {t('skipToContent')}
      </a>
      <header className="lr-header">
        {narrow && (
          <button
            type="button"
            className="lr-header__menu"
            aria-haspopup="dialog"
            aria-expanded={drawerOpen}
            aria-controls={drawerId}
            onClick={() => setDrawerOpen(true)}
          >
            <span aria-hidden="true">☰</span> {t('common:menu')}
          </button>
        )}
        <strong className="lr-header__brand">{t('appName')}</strong>
        <SearchButton sections={sections} />
        {!narrow && <Account />}
      </header>
      <div className="lr-body">
        {!narrow && navigation}
        <main id="main" ref={main} className="lr-main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {narrow && (
        <NavDrawer id={drawerId} open={drawerOpen} onClose={closeDrawer}>
          {navigation}
          <Account />
        </NavDrawer>
      )}
      <ToastRegion toasts={toasts.toasts} onDismiss={toasts.dismiss} />
    </>
  );
}
