import type { en } from './common/en';

/** The namespace of the words the shell owns and every section shares (see ./common). */
export const COMMON_NAMESPACE = 'common';
export type CommonMessages = typeof en;

// Types `t()` for the common namespace wherever this library is imported, with each message's
// ICU arguments (so `t('common:range')` without `from`, `to` and `total` does not compile).
// Each remote adds its own namespace to ResourceNamespaceMap the same way.
declare module 'i18next' {
  interface CustomTypeOptions {
    parseInterpolation: 'icu';
  }
  interface ResourceNamespaceMap {
    common: CommonMessages;
  }
}
