import type { DomainModule } from '@lr/server-core';
import { accommodationPart } from './accommodation/accommodation.part';
import { agendaPart } from './agenda/agenda.part';
import { budgetPart } from './budget/budget.part';
import { combineParts } from './common/module-part';
import { exportsPart } from './exports/exports.part';
import { logisticsMigrations } from './migrations';
import { settingsPart } from './settings/settings.part';
import { travelPart } from './travel/travel.part';

// Budget comes last: its demo data reads the travel legs and stays seeded before it.
const parts = combineParts([settingsPart, agendaPart, exportsPart, travelPart, accommodationPart, budgetPart]);

/** Logistics: the agenda and its checks, travel and visas, rooms, and the money. */
export const logisticsModule: DomainModule = {
  name: 'logistics',
  description: 'The agenda and its checks, travel, visas and invitation letters, accommodation, and the budget',
  ...parts,
  migrations: logisticsMigrations,
};
