import { PORTAL_LANGUAGES, type PortalLanguage } from '@lr/portal-shell-contract';
import i18next, { type i18n, type Resource } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import type { Catalogue } from './catalogue';
import { en } from './common/en';
import { es } from './common/es';
import { fr } from './common/fr';
import { COMMON_NAMESPACE, type CommonMessages } from './common-namespace';

const commonMessages: Catalogue<CommonMessages> = { en, fr, es };

/** Namespaces as i18next stores them: language → namespace → messages. */
function resourcesOf(namespaces: Record<string, Catalogue<unknown>>): Resource {
  return Object.fromEntries(
    PORTAL_LANGUAGES.map((language) => [
      language,
      Object.fromEntries(Object.entries(namespaces).map(([namespace, catalogue]) => [namespace, catalogue[language]])),
    ]),
  );
}

/**
 * Starts the page's one i18next: the package's default instance, which module federation
 * shares as a singleton, so a remote's `useTranslation` and `registerSectionMessages` reach
 * this same instance. Messages are ICU MessageFormat. The shell calls this once at start-up
 * with its own namespace; the dev frame does the same for a section running alone.
 */
export function initPortalI18n(language: PortalLanguage, namespaces: Record<string, Catalogue<unknown>> = {}): i18n {
  const icu = new ICU({
    // A malformed message shows as written; say which one, rather than failing silently.
    parseErrorHandler: (error, key, message) => (console.error(`i18n: message ${key} does not parse`, error), message),
    // A remote loaded again (retry) replaces its messages: forget their parsed forms.
    bindI18nStore: 'added',
  });
  void i18next
    .use(icu)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: PORTAL_LANGUAGES,
      defaultNS: COMMON_NAMESPACE,
      ns: [COMMON_NAMESPACE, ...Object.keys(namespaces)],
      // In memory from the start, so init finishes before this returns and nothing suspends.
      resources: resourcesOf({ [COMMON_NAMESPACE]: commonMessages, ...namespaces }),
      interpolation: { escapeValue: false }, // React escapes what it renders
      react: { useSuspense: false },
    });
  return i18next;
}
