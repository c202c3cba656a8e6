import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The shell's namespace, given to i18next when the shell starts it. */
export const SHELL_NAMESPACE = 'shell';
export const shellMessages: Catalogue<typeof en> = { en, fr, es };

declare module 'i18next' {
  interface ResourceNamespaceMap {
    shell: typeof en;
  }
}
