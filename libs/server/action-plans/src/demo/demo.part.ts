import type { ModulePart } from '@lr/server-core';
import { seedActionPlansDemo } from './action-plans-demo';

/** The module's demo data, seeded after every area is registered: it uses them all. */
export const demoPart: ModulePart = {
  seedDemo: seedActionPlansDemo,
};
