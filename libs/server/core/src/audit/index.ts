export * from './audit-entry.entity';
export * from './audit.subscriber';
export * from './redacted';
