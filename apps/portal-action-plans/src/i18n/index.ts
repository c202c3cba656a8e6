import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The action-plans section's i18next namespace, added to the shell's i18next when the remote loads. */
export const ACTION_PLANS_NAMESPACE = 'action-plans';
export const actionPlansMessages: Catalogue<typeof en> = { en, fr, es };

/**
 * The words for the API's own field checks in this section (`extensions.fields[].constraint`:
 * notOwnPlan, withinFund…), as the common namespace's `validation` group reads them: added
 * there, the kit's error helpers (`useApiForm`, `errorMessage`, `translateFieldProblem`) word
 * them like the rules they know, next to the field the API names.
 */
export const actionPlansValidationMessages: Catalogue<Pick<typeof en, 'validation'>> = {
  en: { validation: en.validation },
  fr: { validation: fr.validation },
  es: { validation: es.validation },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'action-plans': typeof en;
  }
}
