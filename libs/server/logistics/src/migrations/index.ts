import type { MigrationInterface } from 'typeorm';
import { CreateLogistics1796005657138 } from './1796005657138-create-logistics';

// The logistics module's part of the migration timeline. Never edit a released migration: add one.
export const logisticsMigrations: (new () => MigrationInterface)[] = [CreateLogistics1796005657138];
