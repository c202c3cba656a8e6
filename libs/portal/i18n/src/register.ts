import { PORTAL_LANGUAGES } from '@lr/portal-shell-contract';
import i18next from 'i18next';
import type { Catalogue } from './catalogue';

/**
 * Adds a section's messages to the page's i18next as `namespace`, in every language. A remote
 * calls it when its module loads; its components then read them with `useTranslation(namespace)`.
 */
export function registerSectionMessages(namespace: string, catalogue: Catalogue<unknown>): void {
  const add = () => {
    for (const language of PORTAL_LANGUAGES) i18next.addResourceBundle(language, namespace, catalogue[language], true, true);
  };
  // The shell starts i18next before it loads any remote; a dev frame might import one first.
  if (i18next.isInitialized) add();
  else i18next.once('initialized', add);
}
