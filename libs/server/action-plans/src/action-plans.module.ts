import { combineParts, type DomainModule } from '@lr/server-core';
import { demoPart } from './demo/demo.part';
import { exportsPart } from './exports/exports.part';
import { fundPart } from './fund/fund.part';
import { actionPlansMigrations } from './migrations';
import { plansPart } from './plans/plans.part';
import { planSearch } from './plans/plan-search';
import { reviewsPart } from './reviews/reviews.part';
import { versionsPart } from './versions/versions.part';

// Demo data seeds in this order: plans, their versions and reviews, then the vote and awards;
// the demo part, last, tells the Peru route's whole story through all of them.
const parts = combineParts([plansPart, versionsPart, reviewsPart, exportsPart, fundPart, demoPart]);

/** Action plans: what each delegation takes home, its review, and the route's action fund. */
export const actionPlansModule: DomainModule = {
  name: 'action-plans',
  description: "Take-home action plans with SMART checks, versions and reviews; the route's action fund, its vote and awards",
  ...parts,
  migrations: actionPlansMigrations,
  search: [planSearch],
};
