import { COMMON_NAMESPACE } from '@lr/portal-i18n';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageContext } from './page-context';

/**
 * Names the browser tab after the page: "<page> · <section> · Learning Routes" (the page alone
 * where it is the section's name), in the user's language, so tabs, history and screen readers
 * tell pages apart.
 */
export function usePageTitle(page: string | undefined): void {
  const { t } = useTranslation(COMMON_NAMESPACE);
  const { sectionTitle } = usePageContext();
  const app = t('appName');
  useEffect(() => {
    if (!page) return;
    document.title = !sectionTitle || sectionTitle === page ? `${page} · ${app}` : t('pageTitle', { page, section: sectionTitle, app });
  }, [page, sectionTitle, app, t]);
}
