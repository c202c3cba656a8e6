// What a section needs at run time. Starting i18next (with the ICU formatter and the common
// words) is in '@lr/portal-i18n/setup', which only the shell and the dev frame load.
export * from './catalogue';
export * from './common-namespace';
export * from './language-name';
export * from './register';
export * from './format';
