export * from './domain-module';
export * from './service-container';
