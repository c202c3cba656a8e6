export * from './reference-check';
export * from './reference-guard';
export * from './reference-rule';
