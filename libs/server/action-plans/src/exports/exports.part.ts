import type { ModulePart } from '@lr/server-core';
import { mountPlanExports } from './exports-http';

/** What the exports area adds to the action-plans module: a plan as PDF, a route's plans as CSV. */
export const exportsPart: ModulePart = {
  http: mountPlanExports,
};
