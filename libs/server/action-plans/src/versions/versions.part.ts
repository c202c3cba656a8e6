import type { ModulePart } from '@lr/server-core';
import { PlanVersion } from './plan-version.entity';

/** What the versions area adds to the action-plans module. */
export const versionsPart: ModulePart = {
  entities: [PlanVersion],
};
