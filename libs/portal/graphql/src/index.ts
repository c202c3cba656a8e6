export * from './client';
export * from './errors';
export * from './reference/use-countries';
export * from './people/use-person-options';
