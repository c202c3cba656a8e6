export * from './mail-message.entity';
export * from './queue-mail';
export * from './mail-dispatcher';
