import type { MigrationInterface } from 'typeorm';
import { CreateFollowUp1796008439959 } from './1796008439959-create-follow-up';

// The follow-up module's part of the migration timeline. Never edit a released migration: add one.
export const followUpMigrations: (new () => MigrationInterface)[] = [CreateFollowUp1796008439959];
