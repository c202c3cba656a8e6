import type { MigrationInterface } from 'typeorm';
import { CreateDelegations1795995072085 } from './1795995072085-create-delegations';
import { StoreRouteComposition1796520000001 } from './1796520000001-store-route-composition';

// The delegations module's part of the migration timeline. Never edit a released migration: add one.
export const delegationsMigrations: (new () => MigrationInterface)[] = [CreateDelegations1795995072085, StoreRouteComposition1796520000001];
