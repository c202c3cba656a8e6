import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The admin section's i18next namespace, added to the shell's i18next when the remote loads. */
export const ADMIN_NAMESPACE = 'admin';
export const adminMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    admin: typeof en;
  }
}
