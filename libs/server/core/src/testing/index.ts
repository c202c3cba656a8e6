export * from './test-database';
export * from './test-gateway';
export * from './real-postgres';
export * from './responses';
export * from './smtp-server';
export * from './pdf-text';
