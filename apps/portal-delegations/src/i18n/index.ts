import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The delegations section's i18next namespace, added to the shell's i18next when the remote loads. */
export const DELEGATIONS_NAMESPACE = 'delegations';
export const delegationsMessages: Catalogue<typeof en> = { en, fr, es };

/**
 * The words for the API's own field checks in this section (`extensions.fields[].constraint`:
 * alreadyParticipant, noEmail…), as the common namespace's `validation` group reads them: added
 * there, the kit's error helpers (`useApiForm`, `errorMessage`, `translateFieldProblem`) word
 * them like the rules they know, next to the field the API names.
 */
export const delegationsValidationMessages: Catalogue<Pick<typeof en, 'validation'>> = {
  en: { validation: en.validation },
  fr: { validation: fr.validation },
  es: { validation: es.validation },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'delegations': typeof en;
  }
}
