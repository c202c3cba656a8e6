import type { Messages } from '@lr/portal-ui';

type Key =
  | 'appName' | 'signIn' | 'signInTitle' | 'email' | 'password' | 'signOut' | 'signedInAs' | 'language'
  | 'home' | 'welcome' | 'welcomeText' | 'sections' | 'sectionLoading' | 'sectionFailed' | 'sectionFailedText'
  | 'sectionCrashed' | 'retry' | 'notFound' | 'notFoundText' | 'dismiss' | 'badCredentials' | 'serverDown'
  | 'manifestFailed' | 'skipToContent' | 'mainNavigation' | 'forbiddenSection';

const en: Messages<Key> = {
  appName: 'Learning Routes',
  signIn: 'Sign in',
  signInTitle: 'Sign in to the admin portal',
  email: 'E-mail',
  password: 'Password',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name} ({role})',
  language: 'Language',
  home: 'Home',
  welcome: 'Welcome, {name}',
  welcomeText: 'Choose a section to work in.',
  sections: 'Sections',
  sectionLoading: 'Loading {section}…',
  sectionFailed: 'The {section} section could not be loaded',
  sectionFailedText: 'Its server may be down or being redeployed. The rest of the portal keeps working.',
  sectionCrashed: 'The {section} section stopped with an error',
  retry: 'Try again',
  notFound: 'Page not found',
  notFoundText: 'There is nothing at this address.',
  dismiss: 'Dismiss',
  badCredentials: 'E-mail or password is wrong.',
  serverDown: 'The server cannot be reached. Try again in a moment.',
  manifestFailed: 'The portal configuration could not be loaded.',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main navigation',
  forbiddenSection: 'Your role does not give access to this section.',
};

const fr: Messages<Key> = {
  appName: 'Routes d’apprentissage',
  signIn: 'Se connecter',
  signInTitle: 'Connexion au portail d’administration',
  email: 'Courriel',
  password: 'Mot de passe',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté·e : {name} ({role})',
  language: 'Langue',
  home: 'Accueil',
  welcome: 'Bienvenue, {name}',
  welcomeText: 'Choisissez une section de travail.',
  sections: 'Sections',
  sectionLoading: 'Chargement de {section}…',
  sectionFailed: 'La section {section} n’a pas pu être chargée',
  sectionFailedText: 'Son serveur est peut-être arrêté ou en cours de déploiement. Le reste du portail fonctionne.',
  sectionCrashed: 'La section {section} s’est arrêtée sur une erreur',
  retry: 'Réessayer',
  notFound: 'Page introuvable',
  notFoundText: 'Il n’y a rien à cette adresse.',
  dismiss: 'Fermer',
  badCredentials: 'Courriel ou mot de passe incorrect.',
  serverDown: 'Le serveur est injoignable. Réessayez dans un instant.',
  manifestFailed: 'La configuration du portail n’a pas pu être chargée.',
  skipToContent: 'Aller au contenu',
  mainNavigation: 'Navigation principale',
  forbiddenSection: 'Votre rôle ne donne pas accès à cette section.',
};

const es: Messages<Key> = {
  appName: 'Rutas de Aprendizaje',
  signIn: 'Iniciar sesión',
  signInTitle: 'Inicie sesión en el portal de administración',
  email: 'Correo electrónico',
  password: 'Contraseña',
  signOut: 'Cerrar sesión',
  signedInAs: 'Sesión de {name} ({role})',
  language: 'Idioma',
  home: 'Inicio',
  welcome: 'Bienvenida/o, {name}',
  welcomeText: 'Elija una sección para trabajar.',
  sections: 'Secciones',
  sectionLoading: 'Cargando {section}…',
  sectionFailed: 'No se pudo cargar la sección {section}',
  sectionFailedText: 'Su servidor puede estar detenido o en despliegue. El resto del portal sigue funcionando.',
  sectionCrashed: 'La sección {section} se detuvo con un error',
  retry: 'Reintentar',
  notFound: 'Página no encontrada',
  notFoundText: 'No hay nada en esta dirección.',
  dismiss: 'Cerrar',
  badCredentials: 'Correo o contraseña incorrectos.',
  serverDown: 'No se puede contactar el servidor. Inténtelo de nuevo en un momento.',
  manifestFailed: 'No se pudo cargar la configuración del portal.',
  skipToContent: 'Ir al contenido',
  mainNavigation: 'Navegación principal',
  forbiddenSection: 'Su rol no da acceso a esta sección.',
};

export const shellMessages = { en, fr, es };
export type ShellMessageKey = Key;
