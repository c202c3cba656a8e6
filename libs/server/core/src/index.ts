import 'reflect-metadata';

export * from './audit';
export * from './auth';
export * from './config';
export * from './context';
export * from './database';
export * from './errors';
export * from './http';
export * from './i18n';
export * from './loaders';
export * from './module';
export * from './pagination';
export * from './storage';
export { platformModule } from './platform/platform.module';
export { DEMO_ADMIN } from './platform/demo-users';
export * from './money';
export * from './validation';
