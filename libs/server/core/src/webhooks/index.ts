export * from './outbox-event.entity';
export * from './publish-event';
export * from './signature';
export * from './webhook-delivery.entity';
export * from './webhook-dispatcher';
export * from './webhook-endpoint.entity';
