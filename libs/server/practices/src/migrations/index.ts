import type { MigrationInterface } from 'typeorm';
import { CreatePractices1795434839801 } from './1795434839801-create-practices';
import { SeedAssessmentCriteria1795434839802 } from './1795434839802-seed-assessment-criteria';
import { KitStatusHistoryAndReferences1795984362604 } from './1795984362604-kit-status-history-and-references';

// The practices module's part of the migration timeline. Never edit a released migration: add one.
export const practicesMigrations: (new () => MigrationInterface)[] = [
  CreatePractices1795434839801,
  SeedAssessmentCriteria1795434839802,
  KitStatusHistoryAndReferences1795984362604,
];
