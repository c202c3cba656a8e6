export * from './idempotency-key.entity';
export * from './idempotency.plugin';
