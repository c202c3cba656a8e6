import type { MigrationInterface } from 'typeorm';
import { CreateActionPlans1796005984516 } from './1796005984516-create-action-plans';
import { StoreRouteFunds1796520000002 } from './1796520000002-store-route-funds';

// The action-plans module's part of the migration timeline. Never edit a released migration: add one.
export const actionPlansMigrations: (new () => MigrationInterface)[] = [CreateActionPlans1796005984516, StoreRouteFunds1796520000002];
