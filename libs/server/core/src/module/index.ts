export * from './domain-module';
export * from './service-container';
export * from './module-part';
export * from './demo-request-context';
