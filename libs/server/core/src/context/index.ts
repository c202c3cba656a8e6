export * from './request-context';
export * from './transaction.middleware';
