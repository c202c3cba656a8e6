import type { MigrationInterface } from 'typeorm';
import { CreateChampions1795435037888 } from './1795435037888-create-champions';
import { KitConsentOnPersonAndReferences1795984544127 } from './1795984544127-kit-consent-on-person-and-references';

// The champions module's part of the migration timeline. Never edit a released migration: add one.
export const championsMigrations: (new () => MigrationInterface)[] = [CreateChampions1795435037888, KitConsentOnPersonAndReferences1795984544127];
