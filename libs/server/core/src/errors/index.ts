export * from './domain-error';
export * from './format-error';
