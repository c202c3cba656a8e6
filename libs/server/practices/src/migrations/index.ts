import type { MigrationInterface } from 'typeorm';

// The practices module's part of the migration timeline. Never edit a released migration: add one.
export const practicesMigrations: (new () => MigrationInterface)[] = [];
