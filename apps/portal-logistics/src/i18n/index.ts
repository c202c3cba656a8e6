import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The logistics section's i18next namespace, added to the shell's i18next when the remote loads. */
export const LOGISTICS_NAMESPACE = 'logistics';
export const logisticsMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'logistics': typeof en;
  }
}
