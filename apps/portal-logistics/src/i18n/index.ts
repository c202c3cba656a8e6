import type { Catalogue } from '@lr/portal-i18n';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** The logistics section's i18next namespace, added to the shell's i18next when the remote loads. */
export const LOGISTICS_NAMESPACE = 'logistics';
export const logisticsMessages: Catalogue<typeof en> = { en, fr, es };

/**
 * The words for the API's own field checks in this section (`extensions.fields[].constraint`:
 * withinRouteDates, notTravelling, roomFull…), as the common namespace's `validation` group
 * reads them: added there, the kit's error helpers (`useApiForm`, `errorMessage`,
 * `translateFieldProblem`) word them like the rules they know, next to the field the API names.
 * Every section's codes share that one group, so a code names its own rule (the agenda's
 * `dayOfRoute`, not the delegations' `sameRoute`). The API sends no values beside a code, so
 * these words are general; the server's English message keeps the dates and names.
 */
export const logisticsValidationMessages: Catalogue<Pick<typeof en, 'validation'>> = {
  en: { validation: en.validation },
  fr: { validation: fr.validation },
  es: { validation: es.validation },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    'logistics': typeof en;
  }
}
