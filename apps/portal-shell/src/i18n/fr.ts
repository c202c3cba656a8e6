import type { Messages } from '@lr/portal-i18n';
import type { en } from './en';

export const fr: Messages<typeof en> = {
  appName: 'Routes d’apprentissage',
  signInTitle: 'Connexion au portail d’administration',
  badCredentials: 'Courriel ou mot de passe incorrect.',
  signedInAs: 'Connecté·e : {name} ({role})',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  home: 'Accueil',
  welcome: 'Bienvenue, {name}',
  welcomeText: 'Choisissez une section de travail.',
  sections: 'Sections',
  sectionLoading: 'Chargement de {section}…',
  sectionFailed: 'La section {section} n’a pas pu être chargée',
  sectionFailedText: 'Son serveur est peut-être arrêté ou en cours de déploiement. Le reste du portail fonctionne.',
  sectionCrashed: 'La section {section} s’est arrêtée sur une erreur',
  forbiddenSection: 'Votre rôle ne donne pas accès à cette section.',
  pageNotFound: 'Page introuvable',
  pageNotFoundText: 'Il n’y a rien à cette adresse.',
  manifestFailed: 'La configuration du portail n’a pas pu être chargée.',
};
