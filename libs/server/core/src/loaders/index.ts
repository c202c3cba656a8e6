export * from './loader-registry';
