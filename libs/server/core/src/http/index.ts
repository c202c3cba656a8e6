export * from './build-schema';
export * from './create-gateway-app';
export * from './start-gateway';
export * from './module-http';
export * from './input-hygiene';
export * from './downloads';
