export * from './cost';
export * from './cost-limits.plugin';
export * from './query-cost';
export * from './rate-limits';
