import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The practices section's i18next namespace, added to the shell's i18next when the remote loads. */
export const PRACTICES_NAMESPACE = 'practices';
export const practicesMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    practices: typeof en;
  }
}
