import type { Messages } from '@lr/portal-i18n';
import type { en } from './en';

export const es: Messages<typeof en> = {
  appName: 'Rutas de Aprendizaje',
  signInTitle: 'Inicie sesión en el portal de administración',
  badCredentials: 'Correo o contraseña incorrectos.',
  signedInAs: 'Sesión de {name} ({role})',
  skipToContent: 'Ir al contenido',
  mainNavigation: 'Navegación principal',
  home: 'Inicio',
  welcome: 'Bienvenida/o, {name}',
  welcomeText: 'Elija una sección para trabajar.',
  sections: 'Secciones',
  sectionLoading: 'Cargando {section}…',
  sectionFailed: 'No se pudo cargar la sección {section}',
  sectionFailedText: 'Su servidor puede estar detenido o en despliegue. El resto del portal sigue funcionando.',
  sectionCrashed: 'La sección {section} se detuvo con un error',
  forbiddenSection: 'Su rol no da acceso a esta sección.',
  pageNotFound: 'Página no encontrada',
  pageNotFoundText: 'No hay nada en esta dirección.',
  manifestFailed: 'No se pudo cargar la configuración del portal.',
};
