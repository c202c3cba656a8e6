export * from './state-change.entity';
export * from './state-change.type';
export * from './state-machine';
export * from './state-machine-registry';
export * from './transition';
