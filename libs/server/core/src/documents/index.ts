export * from './pdf';
