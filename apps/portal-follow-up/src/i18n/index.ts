import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The follow-up section's i18next namespace, added to the shell's i18next when the remote loads. */
export const FOLLOW_UP_NAMESPACE = 'follow-up';
export const followUpMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'follow-up': typeof en;
  }
}
