import type { MigrationInterface } from 'typeorm';

// The champions module's part of the migration timeline. Never edit a released migration: add one.
export const championsMigrations: (new () => MigrationInterface)[] = [];
