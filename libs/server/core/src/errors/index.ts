export * from './domain-error';
export * from './format-error';
export * from './public-error';
