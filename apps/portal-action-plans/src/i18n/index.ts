import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The action-plans section's i18next namespace, added to the shell's i18next when the remote loads. */
export const ACTION_PLANS_NAMESPACE = 'action-plans';
export const actionPlansMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'action-plans': typeof en;
  }
}
