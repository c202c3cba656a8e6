import type { Messages } from '@lr/portal-ui';

const en = {
  sectionTitle: "Champions",
  loadFailed: 'The list could not be loaded',
  retry: 'Try again',
  previous: 'Previous',
  next: 'Next',
  range: '{from}–{to} of {total}',
};

type Key = keyof typeof en;

const fr: Messages<Key> = {
  sectionTitle: "Champions",
  loadFailed: 'La liste n’a pas pu être chargée',
  retry: 'Réessayer',
  previous: 'Précédent',
  next: 'Suivant',
  range: '{from}–{to} sur {total}',
};

const es: Messages<Key> = {
  sectionTitle: "Campeones",
  loadFailed: 'No se pudo cargar la lista',
  retry: 'Reintentar',
  previous: 'Anterior',
  next: 'Siguiente',
  range: '{from}–{to} de {total}',
};

export const messages = { en, fr, es };
