import type { DomainModule } from '@lr/server-core';
import { championsMigrations } from './migrations';

/** Champions: people who teach a practice, their training and participants' feedback. */
export const championsModule: DomainModule = {
  name: 'champions',
  description: 'Champions, their practices, training records and feedback',
  entities: [],
  resolvers: [],
  migrations: championsMigrations,
};
