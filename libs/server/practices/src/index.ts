import type { DomainModule } from '@lr/server-core';
import { practicesMigrations } from './migrations';

/** Best practices, their assessment and systematization, and matching them to routes. */
export const practicesModule: DomainModule = {
  name: 'practices',
  description: 'Best practices, assessments, systematization, materials and matching',
  entities: [],
  resolvers: [],
  migrations: practicesMigrations,
};
