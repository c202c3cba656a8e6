export * from './language';
export * from './localized-text';
export * from './localized-fields.resolver';
