import type { ModulePart } from '@lr/server-core';
import { seedFollowUpDemo } from './follow-up-demo';

/** The module's demo data, seeded after every area's part: it builds on them all. */
export const demoPart: ModulePart = {
  seedDemo: seedFollowUpDemo,
};
