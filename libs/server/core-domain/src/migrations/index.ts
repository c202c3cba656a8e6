import type { MigrationInterface } from 'typeorm';
import { CreateCoreDomain1795431664042 } from './1795431664042-create-core-domain';
import { SeedIsoCountries1795431664043 } from './1795431664043-seed-iso-countries';
import { KitPhaseHistoryAndConsent1795984333779 } from './1795984333779-kit-phase-history-and-consent';

// The core domain's part of the migration timeline. Never edit a released migration: add one.
export const coreDomainMigrations: (new () => MigrationInterface)[] = [
  CreateCoreDomain1795431664042,
  SeedIsoCountries1795431664043,
  KitPhaseHistoryAndConsent1795984333779,
];
