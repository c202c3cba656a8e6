export * from './client';
export * from './errors';
export * from './reference/use-countries';
