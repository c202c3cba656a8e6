export * from './base-record';
export * from './data-source.factory';
export * from './embedded-postgres';
export * from './records';
export * from './snake-naming.strategy';
export * from './row-lock';
