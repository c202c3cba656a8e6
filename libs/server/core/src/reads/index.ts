export * from './selection';
export * from './read-declarations';
export * from './read-plan';
export * from './row-reader';
export * from './assert-reads-declared';
